import { constants } from "node:buffer";
import { type Checks, type Encoding, type Lang, type ReportFormat, rules, type Severity } from "@czt/validator";
import { currentVersion, isStandardVersion, standardVersions } from "@czt/schemas";
import { UsageError } from "../io.js";
import { integerOption, oneOf, parseOptions } from "../parse-options.js";

export interface ValidateArguments {
  paths: string[];
  format: ReportFormat;
  lang: Lang;
  output?: string;
  /** Findings listed in the report (all are counted in the summary); Infinity for `all`. */
  maxFindings: number;
  failOn: Severity;
  quiet: boolean;
  reveal: boolean;
  encoding: Encoding;
  asOf?: string;
  /** Version of the standard every input is checked against, whatever it declares. */
  schemaVersion?: string;
  params?: string;
  lenientReferences: boolean;
  /** Threads that check large JSON Lines inputs (the main one and N − 1 workers), or "auto": one per core the process may use. */
  jobs: number | "auto";
  maxLineBytes?: number;
  checks: Checks;
  disable: string[];
  /** Write the dataset index as Parquet into this folder (one file per input file). */
  emitIndex?: string;
  /** A delta export (czt export-changes) applied on top of the inputs before the dataset rules run. */
  delta?: string;
  help: boolean;
}

/** A record is read into one string: no line may be longer than the engine's longest string (UTF-8 bytes ≥ UTF-16 units). */
export const maxLineBytesLimit = constants.MAX_STRING_LENGTH;

export const validateHelp = `Usage: czt validate [options] <paths…|->

Validates CZT-SS exports (JSON packages or arrays, JSON Lines, CSV, XLSX) from files,
directories, globs or standard input (-) against the standard's schemas and rules.

Options:
  --format text|json|sarif|junit|github|csv   report format (default text; csv: one row per finding, for spreadsheets)
  --lang zh|en               message language (default from LC_ALL/LC_MESSAGES/LANG)
  --output FILE              write the report to FILE instead of standard output
  --max-findings N|all       list at most N findings (default 10000; 0: none, all: every one);
                             the summary counts every finding, by rule, either way
  --fail-on error|warning    lowest severity that fails the run (default error)
  --quiet                    no progress bar; text format prints the summary only
  --reveal                   show personal data instead of masking it
  --encoding auto|utf-8|gb18030   input encoding (default auto: UTF-8, else GB18030 with a warning)
  --as-of YYYY-MM-DD         reference date for date rules (default: the export's asOf, else today)
  --schema-version ${standardVersions.join("|")}   check every input against this version of the standard
                             (default: the version each export declares; the current one,
                             ${currentVersion}, for inputs that declare none)
  --params FILE              parameter tables (contribution bases, 低保 standards)
  --lenient-references       references to records not in the input become info findings
  --checks schema|record|all which layers run (default all)
  --disable RULE             leave out a rule id, or a prefix ending in "." (repeatable)
  --emit-index DIR           also write the dataset index as Parquet into DIR, one file per input
                             file, for czt dataset-rules or a SQL engine (docs/scale.md); with
                             --disable dataset. the dataset rules are left to those
  --delta FILE               a delta export (czt export-changes) applied on top of the inputs (a full
                             export): its records replace those with the same id, its retraction
                             lines remove them, then every rule runs; with no inputs, the delta
                             alone is checked record by record (docs/delta-export.md)
  --jobs N|auto              threads that check large JSON Lines inputs (default 1; auto: one per core)
  --max-line-bytes N         longest line or record read (default 67108864, at most ${maxLineBytesLimit});
                             longer ones are skipped
  -h, --help                 this help

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it,
2 usage error, unreadable input or internal error.
`;


/**
 * Findings listed by default: enough to work through, a report that opens in an editor or a
 * CI page (GitHub code scanning takes 25 000 results per run), and bounded however broken
 * an export is. The summary still counts every finding.
 */
export const defaultMaxFindings = 10_000;

function maxFindingsOption(value: string | undefined): number {
  if (value === "all") return Number.POSITIVE_INFINITY;
  return integerOption("--max-findings", value, { expected: "a whole number or all" }) ?? defaultMaxFindings;
}

/** A real day of the calendar (`2025-02-30` and `2099-13-45` are not). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A `--disable` value must name a rule, or a prefix ending in "." of at least one: a typo would silently disable nothing. */
function checkRuleSelector(id: string): void {
  const known = id.endsWith(".") ? rules.some((rule) => rule.id.startsWith(id)) : rules.some((rule) => rule.id === id);
  if (!known) throw new UsageError(`--disable: no rule ${id.endsWith(".") ? "id starts with" : "has the id"} '${id}' (the rule ids are listed in docs/rules.md)`);
}

/** More threads than this is a typo, not a machine: each worker costs tens of MB. */
const maxJobs = 256;

/** zh when the locale says Chinese, en otherwise (the POSIX precedence LC_ALL > LC_MESSAGES > LANG). */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"] || "";
  return locale.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function parseValidateArguments(argv: string[], env: NodeJS.ProcessEnv): ValidateArguments {
  const parsed = parse(argv);
  const v = parsed.values;
  const asOf = v["as-of"];
  if (asOf !== undefined && !isCalendarDate(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, not '${asOf}'`);
  for (const id of v.disable ?? []) checkRuleSelector(id);
  const schemaVersion = v["schema-version"];
  if (schemaVersion !== undefined && !isStandardVersion(schemaVersion)) {
    throw new UsageError(`--schema-version must be a version of the standard this czt knows (${standardVersions.join(", ")}), not '${schemaVersion}'`);
  }
  const result: ValidateArguments = {
    paths: parsed.positionals,
    format: oneOf("format", v.format, ["text", "json", "sarif", "junit", "github", "csv"], "text"),
    lang: oneOf("lang", v.lang, ["zh", "en"], langFromEnv(env)),
    failOn: oneOf("fail-on", v["fail-on"], ["error", "warning"], "error"),
    quiet: v.quiet ?? false,
    reveal: v.reveal ?? false,
    encoding: oneOf("encoding", v.encoding === "utf8" ? "utf-8" : v.encoding === "gbk" ? "gb18030" : v.encoding, ["auto", "utf-8", "gb18030"], "auto"),
    lenientReferences: v["lenient-references"] ?? false,
    jobs: v.jobs === "auto" ? "auto" : (integerOption("--jobs", v.jobs, { min: 1, max: maxJobs, expected: `a number of threads from 1 to ${maxJobs}, or auto` }) ?? 1),
    checks: oneOf("checks", v.checks, ["schema", "record", "all"], "all"),
    maxFindings: maxFindingsOption(v["max-findings"]),
    disable: v.disable ?? [],
    help: v.help ?? false,
    ...(v.delta === undefined ? {} : { delta: v.delta }),
  };
  const maxLineBytes = integerOption("--max-line-bytes", v["max-line-bytes"], { min: 1, max: maxLineBytesLimit });
  if (maxLineBytes !== undefined) result.maxLineBytes = maxLineBytes;
  if (v.output !== undefined) result.output = v.output;
  if (asOf !== undefined) result.asOf = asOf;
  if (schemaVersion !== undefined) result.schemaVersion = schemaVersion;
  if (v.params !== undefined) result.params = v.params;
  if (v["emit-index"] !== undefined) {
    if (result.checks !== "all") throw new UsageError("--emit-index needs --checks all: the dataset index is built from the records that pass the schemas and record rules");
    result.emitIndex = v["emit-index"];
  }
  if (!result.help && result.paths.length === 0 && result.delta === undefined) throw new UsageError("no input: give files, directories, globs or - for standard input (see --help)");
  return result;
}

function parse(argv: string[]) {
  return parseOptions({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string" },
      lang: { type: "string" },
      output: { type: "string", short: "o" },
      "max-findings": { type: "string" },
      "max-line-bytes": { type: "string" },
      "fail-on": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      reveal: { type: "boolean" },
      encoding: { type: "string" },
      "as-of": { type: "string" },
      "schema-version": { type: "string" },
      params: { type: "string" },
      "lenient-references": { type: "boolean" },
      jobs: { type: "string", short: "j" },
      checks: { type: "string" },
      disable: { type: "string", multiple: true },
      "emit-index": { type: "string" },
      delta: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
