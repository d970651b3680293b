import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { CztRecord } from "@czt/conformance";
import { sensitivePointers } from "@czt/schemas";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { XMLValidator } from "fast-xml-parser";

export type ReportFormat = "text" | "json" | "sarif" | "junit" | "github";

const require = createRequire(import.meta.url);

const reportSchema = JSON.parse(readFileSync(join(import.meta.dirname, "../../../../schemas/report.schema.json"), "utf8"));
const validateReport = new Ajv2020({ strict: false, allowUnionTypes: true }).compile(reportSchema);

const sarifSchemaFile = join(require.resolve("@microsoft/jest-sarif/package.json"), "..", "lib/schemas/sarif-2.1.0-rtm.5.json");
const { $schema: _draft04, id: sarifId, ...sarifRest } = JSON.parse(readFileSync(sarifSchemaFile, "utf8"));
const validateSarif = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false }).compile({ $id: sarifId, ...sarifRest });

/**
 * Characters a human-readable report must never print raw: C0 controls but tab and
 * newline (ESC starts terminal sequences, CR overwrites a line), DEL, C1 controls,
 * bidi embeddings, overrides and isolates, and lone surrogates.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the check looks for
const unsafeForTerminal = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Characters XML 1.0 forbids in a document, even escaped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the check looks for
const forbiddenInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The workflow commands the github format writes; any other `::` line was forged by data. */
const ownWorkflowCommand = /^::(error|warning|notice)( [^:]*)?::/;

/** Says what is wrong with a report in `format`, or undefined when it is well-formed. */
export function reportProblem(format: ReportFormat, output: string): string | undefined {
  switch (format) {
    case "json": {
      const report = parseJson(output);
      if (report === undefined) return "the JSON report does not parse";
      return validateReport(report) ? undefined : `the JSON report breaks report.schema.json: ${JSON.stringify(validateReport.errors?.slice(0, 3))}`;
    }
    case "sarif": {
      const sarif = parseJson(output);
      if (sarif === undefined) return "the SARIF log does not parse";
      return validateSarif(sarif) ? undefined : `the SARIF log breaks the SARIF 2.1.0 schema: ${JSON.stringify(validateSarif.errors?.slice(0, 3))}`;
    }
    case "junit": {
      const forbidden = forbiddenInXml.exec(output);
      if (forbidden) return `the JUnit XML holds U+${forbidden[0].charCodeAt(0).toString(16).padStart(4, "0")}, which XML 1.0 forbids`;
      const valid = XMLValidator.validate(output);
      return valid === true ? undefined : `the JUnit XML is not well-formed: ${valid.err.msg} (line ${valid.err.line})`;
    }
    case "text":
    case "github": {
      const unsafe = unsafeForTerminal.exec(output);
      if (unsafe) return `the ${format} report prints U+${unsafe[0].charCodeAt(0).toString(16).padStart(4, "0")} raw`;
      if (format === "github") {
        const forged = output.split("\n").find((line) => line.startsWith("::") && !ownWorkflowCommand.test(line));
        if (forged !== undefined) return `the github report holds a workflow command it did not write: ${forged.slice(0, 60)}`;
      }
      return undefined;
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** True when stderr shows a JavaScript stack trace or a native abort. */
export function showsStackTrace(stderr: string): boolean {
  return /^\s+at .+(:\d+:\d+\)?|\(native\))$/m.test(stderr) || stderr.includes("node:internal") || /FATAL ERROR|Native stack trace/.test(stderr);
}

/** Values found at a pointer template (`*` for any array item) of a record. */
function valuesAt(node: unknown, steps: readonly string[]): unknown[] {
  if (steps.length === 0) return [node];
  if (typeof node !== "object" || node === null) return [];
  const [step, ...rest] = steps as [string, ...string[]];
  if (step === "*") return Array.isArray(node) ? node.flatMap((item) => valuesAt(item, rest)) : [];
  return valuesAt((node as Record<string, unknown>)[step], rest);
}

/** The scalar values of a record, as text, at the positions that match none of `templates`. */
function valuesOutside(node: unknown, steps: string[], templates: readonly string[][], into: string[]): string[] {
  const matches = (template: string[]) => template.length === steps.length && template.every((step, i) => step === steps[i] || (step === "*" && /^\d+$/.test(steps[i]!)));
  if (typeof node === "string" || typeof node === "number") {
    if (!templates.some(matches)) into.push(String(node));
  } else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) valuesOutside(value, [...steps, key], templates, into);
  }
  return into;
}

/**
 * The personal values of the records that no report may print unmasked: the values
 * the schemas mark sensitive that are long enough to be recognised (identity numbers,
 * names of two or more Han characters, amounts of five or more digits) and that do not
 * also stand inside a non-sensitive value of the same input (a name inside an employer's
 * name, say), which a report may print.
 */
export function sensitiveValues(records: readonly CztRecord[]): string[] {
  const sensitive = new Set<string>();
  const others: string[] = [];
  for (const record of records) {
    const templates = Object.keys(sensitivePointers[record.recordType as keyof typeof sensitivePointers] ?? {}).map((pointer) => pointer.split("/").slice(1));
    for (const template of templates) {
      for (const value of valuesAt(record, template)) {
        const text = typeof value === "string" || typeof value === "number" ? String(value) : "";
        if (/^\p{Script=Han}{2,}$/u.test(text) || text.length >= 5) sensitive.add(text);
      }
    }
    valuesOutside(record, [], templates, others);
  }
  return [...sensitive].filter((value) => !others.some((other) => other.includes(value)));
}
