import { createWriteStream } from "node:fs";
import { resolve } from "node:path";
import { once } from "node:events";
import { csvChunks, exportHeader, generateRecords, type GeneratedType, jsonLinesChunks, jsonPackageChunks } from "@czt/conformance";
import type { Command } from "../io.js";
import { ExitCode, UsageError } from "../io.js";
import { integerOption, oneOf, parseOptions } from "../parse-options.js";
import { batchedChunks } from "../batched-chunks.js";
import { drained } from "../stream-drained.js";

export const generateHelp = `Usage: czt generate [options]

Writes realistic synthetic CZT-SS records (valid by construction) for load tests and
benchmarks. Output is streamed: a million records never sit in memory.

Options:
  --type record|dataset     dataset (default): one consistent dataset across the three
                            cities (movers with transfers, 低保 households, …);
                            record: independent records, each valid on its own
  --count N                 number of records (default 1000)
  --seed S                  integer seed; the same seed gives the same output (default 1)
  --format json|jsonl|csv   JSON package, JSON Lines with a header line, or CSV (default jsonl)
  --output FILE             write to FILE instead of standard output
  -h, --help                this help

Generated data is valid as of 2025-06-30 with the synthetic parameter tables of
@czt/conformance (generatedParameters); validate it with --as-of 2025-06-30.
`;

type Format = "json" | "jsonl" | "csv";

interface GenerateArguments {
  help: boolean;
  type: GeneratedType;
  count: number;
  seed: number;
  format: Format;
  output: string | undefined;
}

export function parseGenerateArguments(argv: string[]): GenerateArguments {
  const { values } = parseOptions({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      type: { type: "string" },
      count: { type: "string" },
      seed: { type: "string" },
      format: { type: "string" },
      output: { type: "string", short: "o" },
      help: { type: "boolean", short: "h" },
    },
  });
  const count = integerOption("--count", values["count"] as string | undefined) ?? 1000;
  const seed = integerOption("--seed", values["seed"] as string | undefined, { min: Number.MIN_SAFE_INTEGER }) ?? 1;
  return {
    help: values["help"] === true,
    type: oneOf("type", values["type"] as string | undefined, ["record", "dataset"] as const, "dataset"),
    count,
    seed: seed | 0,
    format: oneOf("format", values["format"] as string | undefined, ["json", "jsonl", "csv"] as const, "jsonl"),
    output: values["output"] as string | undefined,
  };
}

/**
 * Writes chunks, waiting for the stream to drain so memory stays flat on large outputs.
 * A reader that goes away (`czt generate | head`) ends the output quietly: the EPIPE
 * listener stays attached because the error can arrive after the last write.
 */
async function writeAll(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") closed = true;
  });
  for (const chunk of chunks) {
    if (closed) return;
    if (!stream.write(chunk)) await drained(stream);
  }
}

export const generate: Command = async (argv, io) => {
  const args = parseGenerateArguments(argv);
  if (args.help) {
    io.stdout.write(generateHelp);
    return ExitCode.ok;
  }
  const records = generateRecords(args.count, args.seed, { type: args.type });
  // A fixed timestamp keeps the output a pure function of the seed.
  const header = exportHeader("2025-06-30T12:00:00+08:00");
  const chunks = batchedChunks(args.format === "json" ? jsonPackageChunks(records, header) : args.format === "csv" ? csvChunks(records) : jsonLinesChunks(records, header));
  if (args.output === undefined) {
    await writeAll(io.stdout, chunks);
    return ExitCode.ok;
  }
  const path = resolve(io.cwd, args.output);
  const file = createWriteStream(path, { highWaterMark: 1 << 20 });
  const failed = once(file, "error").then(([error]) => {
    throw new UsageError(`cannot write ${args.output}: ${(error as Error).message}`);
  });
  await Promise.race([
    (async () => {
      await once(file, "open");
      await writeAll(file, chunks);
      file.end();
      await once(file, "finish");
    })(),
    failed,
  ]);
  return ExitCode.ok;
};
