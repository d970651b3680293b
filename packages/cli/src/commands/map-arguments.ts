import type { Lang, ReportFormat } from "@czt/validator";
import { UsageError } from "../io.js";
import { oneOf, parseOptions } from "../parse-options.js";
import { langFromEnv } from "./validate-arguments.js";

export interface MapArguments {
  mapping: string;
  inputs: string[];
  output?: string;
  /** Where the report goes: a file, else standard output when the export goes to a file, else standard error. */
  report?: string;
  validate: boolean;
  /** Print what the mapping would do (fill rates, coded values, failing rows) and write nothing. */
  profile: boolean;
  format: ReportFormat;
  lang: Lang;
  reveal: boolean;
  help: boolean;
}

export const mapHelp = `Usage: czt map --mapping FILE [options] <inputs…>

Maps legacy exports — XLSX workbooks, CSV (UTF-8 or GBK/GB18030, detected) with Chinese
headers or indicator codes, JSON Lines — to a CZT-SS JSON Lines export (with its header
line) through a declarative mapping file (YAML or JSON; see docs/mapping.md).

Options:
  --mapping FILE             the mapping file (required)
  --output FILE              write the export to FILE (default: standard output)
  --validate                 validate the mapped records in the same pass; the findings join the report
  --profile                  write nothing: print per column the fill rate, the distinct values of
                             coded columns with what they map to, and the rows that fail to map
  --report FILE              write the report to FILE (default: standard output with --output,
                             standard error without)
  --format text|json|sarif|junit|github   report format (default text)
  --lang zh|en               message language (default from LC_ALL/LC_MESSAGES/LANG)
  --reveal                   show personal data in the report instead of masking it
  -h, --help                 this help

Every problem is located by file, sheet, row and column (A1 cell for XLSX) with the
source value; a row with a problem loses only the values that could not be mapped, or
itself when its id or its household cannot be found, never another row.

Exit codes: 0 every row mapped (and, with --validate, no error finding), 1 problems or
findings, 2 usage error, an invalid mapping file or an unreadable input.
`;

export function parseMapArguments(argv: string[], env: NodeJS.ProcessEnv): MapArguments {
  const { values: v, positionals } = parseOptions({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      mapping: { type: "string", short: "m" },
      output: { type: "string", short: "o" },
      report: { type: "string" },
      validate: { type: "boolean" },
      profile: { type: "boolean" },
      format: { type: "string" },
      lang: { type: "string" },
      reveal: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const help = v.help ?? false;
  if (!help && v.mapping === undefined) throw new UsageError("--mapping FILE is required (see --help)");
  if (!help && positionals.length === 0) throw new UsageError("no input: give the files to map (see --help)");
  const result: MapArguments = {
    mapping: v.mapping ?? "",
    inputs: positionals,
    validate: v.validate ?? false,
    profile: v.profile ?? false,
    format: oneOf("format", v.format, ["text", "json", "sarif", "junit", "github"], "text"),
    lang: oneOf("lang", v.lang, ["zh", "en"], langFromEnv(env)),
    reveal: v.reveal ?? false,
    help,
  };
  if (v.output !== undefined) result.output = v.output;
  if (v.report !== undefined) result.report = v.report;
  return result;
}
