import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  defaultVectorsDirectory,
  formatRunJson,
  formatRunJunit,
  formatRunText,
  loadVectors,
  runHarness,
  runPassed,
  splitCommand,
  VectorFormatError,
  validatorAdapterScript,
} from "@czt/conformance/harness";
import type { Command } from "../io.js";
import { ExitCode, UsageError } from "../io.js";
import { integerOption, oneOf, parseOptions } from "../parse-options.js";

export const conformanceVectorsHelp = `Usage: czt conformance vectors [options]

Runs the CZT-SS conformance vectors against an implementation through its adapter
(line-delimited JSON on stdin/stdout, see docs/conformance.md) and prints an agreement
table per rule. Exit 0 when every supported vector agrees; 1 on any disagreement or
error (vectors the adapter declares unsupported are skipped and do not fail the run);
2 when the adapter cannot start (the reason is said once) or on a usage error.

Options:
  --implementation "CMD"    the adapter command line, e.g. "python3 czt_adapter.py"
                            (default: the adapter of this project's validator)
  --format text|json|junit  report format (default text)
  --vectors DIR             vector directory (default: the kit's conformance/vectors)
  --output FILE             write the report to FILE instead of standard output
  --timeout MS              deadline for one vector's answer (default 10000)
  -h, --help                this help
`;

type Format = "text" | "json" | "junit";

interface VectorsArguments {
  help: boolean;
  implementation: string | undefined;
  format: Format;
  vectors: string | undefined;
  output: string | undefined;
  timeoutMs: number;
}

export function parseVectorsArguments(argv: string[]): VectorsArguments {
  const { values } = parseOptions({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      implementation: { type: "string" },
      format: { type: "string" },
      vectors: { type: "string" },
      output: { type: "string", short: "o" },
      timeout: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const format = oneOf("format", values["format"] as string | undefined, ["text", "json", "junit"] as const, "text");
  const timeout = integerOption("--timeout", values["timeout"] as string | undefined, { min: 1, expected: "a positive number of milliseconds" }) ?? 10_000;
  const implementation = values["implementation"] as string | undefined;
  if (implementation !== undefined && implementation.trim() === "") throw new UsageError("--implementation needs a command line");
  return {
    help: values["help"] === true,
    implementation,
    format,
    vectors: values["vectors"] as string | undefined,
    output: values["output"] as string | undefined,
    timeoutMs: timeout,
  };
}

/** Why the adapter did not start, in words: `spawn ./x ENOENT` → `./x not found`. */
export function whyNotStarted(run: { results: readonly { context?: Record<string, unknown> }[] }, command: readonly string[]): string {
  const context = run.results[0]?.context ?? {};
  const spawnError = typeof context["spawnError"] === "string" ? context["spawnError"] : undefined;
  const program = command[0] ?? "";
  if (spawnError?.endsWith("ENOENT")) return `${program} not found`;
  if (spawnError?.endsWith("EACCES")) return `${program} is not executable (permission denied)`;
  if (spawnError) return spawnError;
  const message = typeof context["message"] === "string" ? context["message"] : "the adapter did not start";
  const stderr = typeof context["stderr"] === "string" ? context["stderr"].trim().split("\n").slice(-3).join("\n  ") : "";
  return stderr ? `${message}; its last error output:\n  ${stderr}` : message;
}

export const conformanceVectors: Command = async (argv, io) => {
  const args = parseVectorsArguments(argv);
  if (args.help) {
    io.stdout.write(conformanceVectorsHelp);
    return ExitCode.ok;
  }
  let command: string[];
  try {
    command = args.implementation === undefined ? [process.execPath, validatorAdapterScript] : splitCommand(args.implementation);
  } catch (error) {
    throw new UsageError(`--implementation: ${(error as Error).message}`);
  }
  let vectors: ReturnType<typeof loadVectors>;
  try {
    vectors = loadVectors(args.vectors === undefined ? defaultVectorsDirectory() : resolve(io.cwd, args.vectors));
  } catch (error) {
    if (error instanceof VectorFormatError) throw new UsageError(error.message);
    throw error;
  }
  const run = await runHarness({ command, vectors, cwd: io.cwd, env: io.env, timeoutMs: args.timeoutMs });
  // An adapter that never started errs every vector for one reason: say it once, not per vector.
  if (run.implementation === undefined) throw new UsageError(`cannot start the implementation: ${whyNotStarted(run, command)}`);
  const report = args.format === "json" ? formatRunJson(run) : args.format === "junit" ? formatRunJunit(run) : formatRunText(run);
  if (args.output === undefined) io.stdout.write(report);
  else {
    try {
      await writeFile(resolve(io.cwd, args.output), report, "utf8");
    } catch (error) {
      throw new UsageError(`cannot write ${args.output}: ${(error as Error).message}`);
    }
    if (args.format !== "text") io.stdout.write(formatRunText(run).split("\n").slice(-2).join("\n"));
  }
  return runPassed(run) ? ExitCode.ok : ExitCode.findings;
};
