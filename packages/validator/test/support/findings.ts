import { createReportWriter, type Finding, type ReportOptions, type Summary } from "../../src/index.js";

/** The whole text a report writer puts out for these findings and summary, as the CLI streams it. */
export function writeReport(options: ReportOptions, findings: Finding[], end: Summary): string {
  const chunks: string[] = [];
  const writer = createReportWriter(options, (chunk) => chunks.push(chunk));
  for (const finding of findings) writer.finding(finding);
  writer.end(end);
  return chunks.join("");
}

/** A finding on line 3, column 2 of `exports/a.jsonl`, as the validator hands it to a report writer. */
export function malformedJson(overrides: Partial<Finding> = {}): Finding {
  return {
    file: "exports/a.jsonl",
    line: 3,
    column: 2,
    recordIndex: 2,
    ruleId: "input.malformed-json",
    severity: "error",
    pointer: "",
    message: "",
    params: { expected: "value", "expected.zh": "一个值", "expected.en": "a value" },
    ...overrides,
  };
}

/** A finding of a rule the catalogue does not know (a plug-in's): its message is its id and params. */
export function unknownRule(overrides: Partial<Finding> = {}): Finding {
  return {
    file: "b.jsonl",
    line: 7,
    recordIndex: 6,
    recordId: "430100-P-7",
    ruleId: "x.custom",
    severity: "warning",
    pointer: "/name",
    message: "",
    params: { n: 1 },
    ...overrides,
  };
}

/** The finding without these optional members (a record without an id, a location without a column). */
export function without(finding: Finding, ...keys: ("column" | "recordId")[]): Finding {
  const copy = { ...finding };
  for (const key of keys) delete copy[key];
  return copy;
}

export function summary(overrides: Partial<Summary> = {}): Summary {
  return { records: 0, valid: 0, invalid: 0, errors: 0, warnings: 0, infos: 0, byRule: {}, ...overrides };
}
