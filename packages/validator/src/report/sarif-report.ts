import { ruleById, rules as catalogue } from "../catalogue.js";
import { renderMessage } from "../message.js";
import type { Finding, Lang, Severity } from "../rule.js";
import { indentedJson, reportSummary } from "./json-report.js";
import type { ReportSink, ReportWriter } from "./report-writer.js";

const level: Readonly<Record<Severity, "error" | "warning" | "note">> = { error: "error", warning: "warning", info: "note" };

/** FNV-1a, 32 bits, hex: a stable fingerprint that does not move when lines are added above. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

function artifactUri(file: string): string {
  return encodeURI(file.replace(/\\/g, "/"));
}

function location(finding: Finding): Record<string, unknown> {
  const physical: Record<string, unknown> = { artifactLocation: { uri: artifactUri(finding.file) } };
  if (finding.line >= 1) {
    physical["region"] = finding.column ? { startLine: finding.line, startColumn: finding.column } : { startLine: finding.line };
  }
  const result: Record<string, unknown> = { physicalLocation: physical };
  if (finding.pointer) result["logicalLocations"] = [{ fullyQualifiedName: `${finding.recordId ?? `#${finding.recordIndex}`}${finding.pointer}`, kind: "member" }];
  return result;
}

/** The whole catalogue, by id: known before the first result, so results stream and `ruleIndex` is the same in every run. */
const sortedRuleIds = catalogue.map((rule) => rule.id).sort();
const ruleIndex = new Map(sortedRuleIds.map((id, i) => [id, i]));

function driverRules(lang: Lang) {
  return sortedRuleIds.map((id) => {
    const rule = ruleById(id)!;
    return {
      id,
      name: id.replace(/[.-](\w)/g, (_m, c: string) => c.toUpperCase()),
      shortDescription: { text: rule.title[lang] },
      fullDescription: { text: rule.guidance[lang] },
      help: { text: rule.guidance[lang] },
      defaultConfiguration: { level: level[rule.severity] },
      properties: { category: rule.category, tags: [rule.category] },
    };
  });
}

function result(finding: Finding, lang: Lang) {
  return {
    ruleId: finding.ruleId,
    // undefined for a rule outside the catalogue: JSON leaves the member out.
    ruleIndex: ruleIndex.get(finding.ruleId),
    level: level[finding.severity],
    message: { text: renderMessage(finding, lang) },
    locations: [location(finding)],
    partialFingerprints: {
      "cztFinding/v1": fnv1a(`${finding.ruleId}|${finding.file}|${finding.recordId ?? finding.recordIndex}|${finding.pointer}`),
    },
    properties: { pointer: finding.pointer, recordIndex: finding.recordIndex, ...(finding.recordId ? { recordId: finding.recordId } : {}), params: finding.params },
  };
}

/**
 * SARIF 2.1.0 for code-scanning tools, written as findings come: the tool with every rule
 * of the catalogue and its guidance, one result per finding, then the run's summary.
 */
export function createSarifReportWriter(lang: Lang, toolVersion: string, write: ReportSink): ReportWriter {
  const tool = { driver: { name: "czt validate", version: toolVersion, informationUri: "https://czt-ss.org/", rules: driverRules(lang) } };
  write(`{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": ${indentedJson(tool, "      ")},\n      "results": [`);
  let count = 0;
  return {
    finding(finding) {
      // Stryker disable next-line UpdateOperator: only whether a result was written matters, and count-- is as non-zero as count++
      write(`${count++ === 0 ? "\n        " : ",\n        "}${indentedJson(result(finding, lang), "        ")}`);
    },
    end(summary) {
      const properties = { summary: reportSummary(summary) };
      write(`${count === 0 ? "]" : "\n      ]"},\n      "properties": ${indentedJson(properties, "      ")}\n    }\n  ]\n}\n`);
    },
  };
}
