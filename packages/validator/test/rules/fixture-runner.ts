import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DatasetIndex } from "../../src/dataset/dataset-index.js";
import { withDefaultParameters } from "../../src/parameter-defaults/index.js";
import { noParameters, type Parameters } from "../../src/parameters.js";
import type { Params, RuleContext, Severity } from "../../src/rule.js";
import { datasetRules, recordRules } from "../../src/rules/index.js";

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/rules");

/** The as-of date every fixture is checked on, unless its context.json says otherwise. */
export const fixtureAsOf = "2025-07-01";

export interface RuleFinding {
  ruleId: string;
  /** Index of the record in the fixture file. */
  record: number;
  pointer: string;
  params: Params;
  severity?: Severity;
}

export function fixtureDirs(): string[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function readRecords(ruleId: string, name: "pass" | "fail"): Record<string, unknown>[] {
  const text = readFileSync(join(fixturesDir, ruleId, `${name}.jsonl`), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** context.json of a fixture: `{ asOf?, parameters?, lenientReferences? }`. */
export function fixtureContext(ruleId: string): RuleContext {
  const path = join(fixturesDir, ruleId, "context.json");
  const given = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Partial<RuleContext>) : {};
  return {
    asOf: given.asOf ?? fixtureAsOf,
    schemaVersion: "1.0",
    // As the validator does: the standard's default tables, unless the fixture supplies its own.
    parameters: withDefaultParameters((given.parameters ?? noParameters) as Parameters),
    lenientReferences: given.lenientReferences ?? false,
  };
}

/**
 * The dataset rule judged by its own fixtures only: rule fixtures name agencies with
 * placeholder credit codes shared across divisions, which it would report everywhere.
 */
const ownFixturesOnly = "dataset.shared-credit-code";

/**
 * Runs every record rule on each record, and with `dataset`, every dataset rule over all of
 * them; given the rule under test, `dataset.shared-credit-code` runs only on its own fixtures.
 */
export function runRules(records: readonly Record<string, unknown>[], context: RuleContext, dataset: boolean, underTest?: string): RuleFinding[] {
  const findings: RuleFinding[] = [];
  records.forEach((record, index) => {
    for (const rule of recordRules) {
      if (!rule.appliesTo.includes(record["recordType"] as never)) continue;
      rule.check(record, context, (pointer, params, severity) => {
        findings.push({ ruleId: rule.id, record: index, pointer, params, ...(severity ? { severity } : {}) });
      });
    }
  });
  if (!dataset) return findings;
  const datasetIndex = new DatasetIndex();
  records.forEach((record, handle) => {
    datasetIndex.add(record, handle);
  });
  for (const rule of datasetRules) {
    if (underTest !== undefined && rule.id === ownFixturesOnly && underTest !== ownFixturesOnly) continue;
    rule.check(datasetIndex, context, (handle, pointer, params, severity) => {
      findings.push({ ruleId: rule.id, record: handle, pointer, params, ...(severity ? { severity } : {}) });
    });
  }
  return findings;
}

/** A finding as `expected.json` states it: the record by its line in fail.jsonl and its id. */
export interface ExpectedFinding {
  ruleId: string;
  /** 1-based line of the record in fail.jsonl (blank lines are not counted). */
  line: number;
  recordId: string | null;
  pointer: string;
  params: Params;
  severity?: Severity;
}

export function expectedPath(ruleId: string): string {
  return join(fixturesDir, ruleId, "expected.json");
}

/** Findings in a stable order (line, pointer, rule) so a reordering of emits is not a change of behaviour. */
export function asExpected(records: readonly Record<string, unknown>[], findings: readonly RuleFinding[]): ExpectedFinding[] {
  return findings
    .map((finding) => {
      const id = records[finding.record]?.["id"];
      return {
        ruleId: finding.ruleId,
        line: finding.record + 1,
        recordId: typeof id === "string" ? id : null,
        pointer: finding.pointer,
        params: finding.params,
        ...(finding.severity ? { severity: finding.severity } : {}),
      };
    })
    .sort((a, b) => a.line - b.line || a.pointer.localeCompare(b.pointer) || a.ruleId.localeCompare(b.ruleId) || JSON.stringify(a.params).localeCompare(JSON.stringify(b.params)));
}

export function readExpected(ruleId: string): ExpectedFinding[] {
  return JSON.parse(readFileSync(expectedPath(ruleId), "utf8")) as ExpectedFinding[];
}
