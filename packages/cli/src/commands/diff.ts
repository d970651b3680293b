import type { Command } from "../io.js";
import { ExitCode, UsageError } from "../io.js";
import { oneOf, parseOptions } from "../parse-options.js";
import { readOperand, workingTreeWord } from "./diff-operand.js";

export const diffHelp = `Usage: czt diff [options] <old> <new>

Compares two versions of the CZT-SS standard (JSON Schemas, code lists, the OpenAPI
contract) and classifies every change: breaking for producers (data that was valid
becomes invalid), breaking for consumers (readers may meet data they did not expect),
or compatible. See docs/cli.md for every class of change.

Operands:
  DIR                a directory laid out like schemas/ (or a checkout that has one)
  1.0                a version: schemas/releases/1.0/, or the working tree when it is 1.0
  ${workingTreeWord}            the working tree of the standard: schemas/ of this repository
  git:REV[:PATH]     the files under PATH (default schemas) at git revision REV
  REV                a git revision (HEAD~3, a tag): its schemas/

Options:
  --format text|json|markdown     report format (default text; markdown is for a changelog)
  --fail-on any|producer|consumer|none
                                  which breaking changes make the exit code 1 (default any;
                                  producer is the rule for a minor version)
  -h, --help                      this help

Exit codes: 0 no breaking change (of the --fail-on side), 1 breaking changes,
2 usage error or an operand that cannot be read.
`;

export const diff: Command = async (argv, io) => {
  const { values, positionals } = parseOptions({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      "fail-on": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(diffHelp);
    return ExitCode.ok;
  }
  const format = oneOf("format", values.format, ["text", "json", "markdown"] as const, "text");
  const failOn = oneOf("fail-on", values["fail-on"], ["any", "producer", "consumer", "none"] as const, "any");
  if (positionals.length !== 2) throw new UsageError(`give two operands, <old> and <new> (got ${positionals.length}; see --help)`);
  const [oldOperand, newOperand] = positionals as [string, string];
  const { diffStandards, hasBreaking, renderJson, renderMarkdown, renderText } = await import("@czt/standard-diff");
  const load = (operand: string) => readOperand(operand, io.cwd);
  const result = diffStandards(load(oldOperand), load(newOperand));
  const render = format === "json" ? renderJson : format === "markdown" ? renderMarkdown : renderText;
  io.stdout.write(render(result));
  return failOn !== "none" && hasBreaking(result, failOn) ? ExitCode.findings : ExitCode.ok;
};
