import { ruleById } from "../catalogue.js";
import { renderMessage } from "../message.js";
import type { Finding, Lang, Severity } from "../rule.js";
import type { ValidationReport } from "../session.js";

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

/** SARIF 2.1.0 for code-scanning tools: the rules that fired with their guidance, and one result per finding. */
export function formatSarifReport(report: ValidationReport, lang: Lang, toolVersion = "0.1.0"): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const rule = ruleById(id);
    return {
      id,
      name: id.replace(/[.-](\w)/g, (_m, c: string) => c.toUpperCase()),
      shortDescription: { text: rule?.title[lang] ?? id },
      fullDescription: { text: rule?.guidance[lang] ?? id },
      help: { text: rule?.guidance[lang] ?? id },
      defaultConfiguration: { level: level[rule?.severity ?? "error"] },
      properties: { category: rule?.category ?? "input", tags: [rule?.category ?? "input"] },
    };
  });
  const results = report.findings.map((finding) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
    level: level[finding.severity],
    message: { text: renderMessage(finding, lang) },
    locations: [location(finding)],
    partialFingerprints: {
      "cztFinding/v1": fnv1a(`${finding.ruleId}|${finding.file}|${finding.recordId ?? finding.recordIndex}|${finding.pointer}`),
    },
    properties: { pointer: finding.pointer, recordIndex: finding.recordIndex, ...(finding.recordId ? { recordId: finding.recordId } : {}), params: finding.params },
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "czt validate", version: toolVersion, informationUri: "https://czt-ss.org/", rules } },
        results,
        properties: { summary: report.summary },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
