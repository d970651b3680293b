import { ruleById } from "../catalogue.js";
import { renderMessage } from "../message.js";
import type { Lang } from "../rule.js";
import { displayText } from "./display-text.js";
import type { ReportSink, ReportWriter } from "./report-writer.js";
import { escapeXml } from "./xml-text.js";

/** Data as XML text: made displayable (no control or bidi character), then XML-escaped. */
const xml = (text: string) => escapeXml(displayText(text));

/**
 * JUnit XML for CI dashboards, written as findings come: one test suite per file (per run
 * of consecutive findings of that file), one test case per finding (failed for errors and
 * warnings, passing with its text for infos), and a last suite `czt validate` whose one
 * case carries the run's summary (failed when any record is invalid), with the run's counts
 * as properties. Counts are only known at the end, so the earlier elements carry none
 * (JUnit readers count the test cases themselves).
 */
export function createJunitReportWriter(lang: Lang, write: ReportSink): ReportWriter {
  write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="czt validate">\n`);
  let openFile: string | undefined;
  let cases = 0;
  let failures = 0;
  return {
    finding(f) {
      if (f.file !== openFile) {
        if (openFile !== undefined) write("  </testsuite>\n");
        openFile = f.file;
        write(`  <testsuite name="${xml(f.file)}">\n`);
      }
      cases++;
      const title = ruleById(f.ruleId)?.title[lang] ?? f.ruleId;
      const where = `${f.file}:${f.line}${f.column ? `:${f.column}` : ""}${f.recordId ? ` [${f.recordId}]` : ""}${f.pointer ? ` ${f.pointer}` : ""}`;
      const message = renderMessage(f, lang);
      const open = `    <testcase classname="${xml(f.file)}" name="${xml(`${f.ruleId}: ${title}`)}" file="${xml(f.file)}" line="${f.line}">`;
      if (f.severity === "info") write(`${open}<system-out>${xml(`${where} ${message}`)}</system-out></testcase>\n`);
      else {
        failures++;
        write(`${open}<failure type="${xml(f.ruleId)}" message="${xml(message)}">${xml(`${where} ${message}`)}</failure></testcase>\n`);
      }
    },
    end(s) {
      if (openFile !== undefined) write("  </testsuite>\n");
      const line = `${s.records} records, ${s.valid} valid, ${s.invalid} invalid, ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`;
      const failed = s.invalid > 0 ? 1 : 0;
      const seconds = ((s.elapsedMs ?? 0) / 1000).toFixed(3);
      const counts = { records: s.records, valid: s.valid, invalid: s.invalid, errors: s.errors, warnings: s.warnings, infos: s.infos, tests: cases + 1, failures: failures + failed };
      write(`  <testsuite name="czt validate" tests="1" failures="${failed}" errors="0" time="${seconds}">\n`);
      write(`    <properties>${Object.entries(counts).map(([key, value]) => `<property name="${key}" value="${value}"/>`).join("")}</properties>\n`);
      write(`    <testcase classname="czt validate" name="summary">${failed ? `<failure message="${xml(line)}">${xml(line)}</failure>` : `<system-out>${xml(line)}</system-out>`}</testcase>\n`);
      write("  </testsuite>\n</testsuites>\n");
    },
  };
}
