import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "../io.js";
import { ExitCode, UsageError } from "../io.js";
import { integerOption, parseOptions } from "../parse-options.js";

export const conformanceApiHelp = `Usage: czt conformance api --base-url URL --token TOKEN [--token TOKEN2] [options]

Checks a server against the CZT-SS exchange contract, Schemathesis-style: seeded
property-based requests (fast-check), every response checked for status code,
content type and body, plus authentication, ownership, idempotency, ETags and the
transfer state machine. Writes records: point it at a test instance.

  --base-url URL      the server, e.g. http://127.0.0.1:8080
  --token TOKEN       bearer token of an agency with every scope (or env CZT_API_TOKENS,
                      comma-separated). A second --token, of another city, lets the
                      runner check the two-agency transfer workflow.
  --seed N            fast-check seed, to replay a run (default: random, printed)
  --runs N            generated cases per check (default 10, or env CZT_FC_RUNS)
  --check NAME        run only this check (repeatable)
  --format F          text (default), json or junit
  --output FILE       write the report to FILE instead of stdout

Exit code 0 when every check passes, 1 when one fails, 2 when the server cannot be reached.
`;

export const conformanceApi: Command = async (argv, io) => {
  const { values } = parse(argv);
  if (values.help) {
    io.stdout.write(conformanceApiHelp);
    return ExitCode.ok;
  }
  const baseUrl = values["base-url"];
  if (baseUrl === undefined) throw new UsageError("--base-url is required (e.g. --base-url http://127.0.0.1:8080)");
  if (!/^https?:\/\/[^/]+/.test(baseUrl)) throw new UsageError(`--base-url must be an http(s) URL, not '${baseUrl}'`);
  const tokens = values.token ?? (io.env["CZT_API_TOKENS"] ?? "").split(",").filter((token) => token !== "");
  if (tokens.length === 0) throw new UsageError("--token is required (or set CZT_API_TOKENS)");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json" && format !== "junit") throw new UsageError(`--format must be text, json or junit, not '${format}'`);
  const seed = integerOption("--seed", values.seed);
  const runs = integerOption("--runs", values.runs) ?? integerOption("CZT_FC_RUNS", io.env["CZT_FC_RUNS"]);

  const { conformanceChecks, formatConformanceReport, runConformance } = await import("@czt/conformance/api");
  const known = new Set([...conformanceChecks.map((check) => check.name)]);
  for (const name of values.check ?? []) if (!known.has(name)) throw new UsageError(`unknown check '${name}'; checks: ${[...known].join(", ")}`);

  let report: Awaited<ReturnType<typeof runConformance>>;
  try {
    report = await runConformance({
      baseUrl,
      tokens,
      ...(seed === undefined ? {} : { seed }),
      ...(runs === undefined ? {} : { runs }),
      ...(values.check === undefined ? {} : { only: values.check }),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    const reason = cause?.code ?? (error as Error).message;
    throw new UsageError(`cannot run against ${baseUrl}: ${reason}`);
  }
  const text = formatConformanceReport(report, format);
  if (values.output !== undefined) {
    await writeFile(resolve(io.cwd, values.output), text);
    io.stderr.write(`${report.passed ? "passed" : "FAILED"}: report written to ${values.output} (seed ${report.seed})\n`);
  } else io.stdout.write(text);
  return report.passed ? ExitCode.ok : ExitCode.findings;
};

function parse(argv: string[]) {
  return parseOptions({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      "base-url": { type: "string" },
      token: { type: "string", multiple: true },
      seed: { type: "string" },
      runs: { type: "string" },
      check: { type: "string", multiple: true },
      format: { type: "string" },
      output: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
