import { ruleById } from "../catalogue.js";
import { renderMessage } from "../message.js";
import type { Finding, Lang } from "../rule.js";
import type { ValidationReport } from "../session.js";
import { escapeXml } from "./xml-text.js";

/**
 * JUnit XML for CI dashboards: one test suite per file, one test case per rule that
 * fired in it, failed with one line per finding; a file without findings is one passing case.
 */
export function formatJunitReport(report: ValidationReport, lang: Lang): string {
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const s = report.summary;
  const seconds = ((s.elapsedMs ?? 0) / 1000).toFixed(3);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, findings] of byFile) {
    const byRule = new Map<string, Finding[]>();
    for (const finding of findings) {
      const list = byRule.get(finding.ruleId) ?? [];
      list.push(finding);
      byRule.set(finding.ruleId, list);
    }
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const [ruleId, list] of byRule) {
      const failing = list.some((f) => f.severity === "error" || f.severity === "warning");
      const title = ruleById(ruleId)?.title[lang] ?? ruleId;
      const body = list.map((f) => `${f.file}:${f.line}${f.column ? `:${f.column}` : ""} ${f.pointer} ${renderMessage(f, lang)}`).join("\n");
      if (failing) {
        suiteFailures++;
        cases.push(
          `    <testcase classname="${escapeXml(file)}" name="${escapeXml(`${ruleId}: ${title}`)}"><failure type="${escapeXml(ruleId)}" message="${escapeXml(`${list.length} × ${title}`)}">${escapeXml(body)}</failure></testcase>`,
        );
      } else {
        cases.push(`    <testcase classname="${escapeXml(file)}" name="${escapeXml(`${ruleId}: ${title}`)}"><system-out>${escapeXml(body)}</system-out></testcase>`);
      }
    }
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${suiteFailures}" errors="0">\n${cases.join("\n")}\n  </testsuite>`);
  }
  if (suites.length === 0) {
    tests = 1;
    suites.push(`  <testsuite name="czt validate" tests="1" failures="0" errors="0">\n    <testcase classname="czt validate" name="${s.records} records valid"/>\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="czt validate" tests="${tests}" failures="${failures}" errors="0" time="${seconds}">\n${suites.join("\n")}\n</testsuites>\n`;
}
