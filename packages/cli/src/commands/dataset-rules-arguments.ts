import { type Lang, type ReportFormat, rules, type Severity } from "@czt/validator";
import { UsageError } from "../io.js";
import { integerOption, oneOf, parseOptions } from "../parse-options.js";
import { langFromEnv } from "./validate-arguments.js";

export interface DatasetRulesArguments {
  paths: string[];
  engine: "duckdb";
  format: ReportFormat;
  lang: Lang;
  output?: string;
  failOn: Severity;
  quiet: boolean;
  disable: string[];
  memoryLimit: string;
  tempDirectory?: string;
  threads?: number;
  help: boolean;
}

export const datasetRulesHelp = `Usage: czt dataset-rules --engine duckdb [options] <DIR|FILE.parquet…>

Runs the dataset rules (across records: duplicates, overlaps, references) as SQL over a
dataset index written by czt validate --emit-index, in an embedded DuckDB that spills to
disk past its memory limit. Give every folder or file of the dataset (all cities) at once.
Findings have the rule ids, severities, messages, pointers and locations of czt validate.
Identity numbers are shown masked: the index holds no other form. The as-of date and
parameters are those of the czt validate run that wrote the index (docs/scale.md).

Options:
  --engine duckdb            the engine (only duckdb, embedded)
  --format text|json|sarif|junit|github|csv   report format (default text)
  --lang zh|en               message language (default from LC_ALL/LC_MESSAGES/LANG)
  --output FILE              write the report to FILE instead of standard output
  --fail-on error|warning    lowest severity that fails the run (default error)
  --quiet                    text format prints the summary only
  --disable RULE             leave out a rule id, or a prefix ending in "." (repeatable)
  --memory-limit SIZE        DuckDB's memory limit before it spills (default 1GB)
  --temp-directory DIR       where DuckDB spills (default a new folder in the system's temporary one)
  --threads N                DuckDB's threads (default one per core)
  -h, --help                 this help

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it,
2 usage error or unreadable index.
`;

/** A DuckDB size: a number and a unit (`512MB`, `4GB`, `1.5GiB`). */
const sizePattern = /^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

export function parseDatasetRulesArguments(argv: string[], env: NodeJS.ProcessEnv): DatasetRulesArguments {
  const { values: v, positionals } = parseOptions({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      engine: { type: "string" },
      format: { type: "string" },
      lang: { type: "string" },
      output: { type: "string", short: "o" },
      "fail-on": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      disable: { type: "string", multiple: true },
      "memory-limit": { type: "string" },
      "temp-directory": { type: "string" },
      threads: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const help = v.help ?? false;
  const memoryLimit = v["memory-limit"] ?? "1GB";
  if (!sizePattern.test(memoryLimit)) throw new UsageError(`--memory-limit must be a size such as 512MB or 4GB, not '${memoryLimit}'`);
  for (const id of v.disable ?? []) {
    const known = id.endsWith(".") ? rules.some((rule) => rule.id.startsWith(id)) : rules.some((rule) => rule.id === id);
    if (!known) throw new UsageError(`--disable: no rule ${id.endsWith(".") ? "id starts with" : "has the id"} '${id}' (the rule ids are listed in docs/rules.md)`);
  }
  if (!help && v.engine === undefined) throw new UsageError("--engine is required: --engine duckdb (the only engine so far)");
  const result: DatasetRulesArguments = {
    paths: positionals,
    engine: oneOf("engine", v.engine, ["duckdb"], "duckdb"),
    format: oneOf("format", v.format, ["text", "json", "sarif", "junit", "github", "csv"], "text"),
    lang: oneOf("lang", v.lang, ["zh", "en"], langFromEnv(env)),
    failOn: oneOf("fail-on", v["fail-on"], ["error", "warning"], "error"),
    quiet: v.quiet ?? false,
    disable: v.disable ?? [],
    memoryLimit,
    help,
  };
  const threads = integerOption("--threads", v.threads, { min: 1, max: 256 });
  if (threads !== undefined) result.threads = threads;
  if (v.output !== undefined) result.output = v.output;
  if (v["temp-directory"] !== undefined) result.tempDirectory = v["temp-directory"];
  if (!help && positionals.length === 0) throw new UsageError("no index: give the folders or Parquet files czt validate --emit-index wrote (see --help)");
  return result;
}
