import { withCodeTitles } from "./code-titles.js";
import { fillTemplate } from "./fill-template.js";
import { maskParams } from "./mask.js";
import { masksAtPointer, paramTreatment } from "./param-sources.js";
import type { Finding, Lang, Params, RawFinding, RecordLocation, Rule, Sensitivity, Severity } from "./rule.js";

export interface FindingOptions {
  lang: Lang;
  reveal: boolean;
  severityOverrides: Readonly<Record<string, Severity>>;
}

/**
 * Turns what a rule reported into a finding: the severity after overrides, the params
 * with personal data masked (unless revealing) by the sensitivity of the fields they come
 * from (`paramSources`), code params titled, and the message in the report language.
 * `valueSensitivity` is that of the field a schema finding's `value` param is the value of.
 */
export function makeFinding(
  rule: Rule,
  raw: Pick<RawFinding, "pointer" | "params" | "severity">,
  location: RecordLocation,
  options: FindingOptions,
  valueSensitivity?: Sensitivity,
): Finding {
  const severity = options.severityOverrides[rule.id] ?? raw.severity ?? rule.severity;
  const treatment = paramTreatment(rule);
  let params: Params = raw.params;
  if (!options.reveal) {
    params = maskParams(params, valueSensitivity ? { ...treatment.masks, value: valueSensitivity } : treatment.masks);
    const atPointer = masksAtPointer(rule, treatment.atPointer, raw.pointer);
    if (atPointer) params = maskParams(params, atPointer);
  }
  params = withCodeTitles(params, options.reveal ? treatment.codeLists : treatment.unmaskedCodeLists);
  const finding: Finding = {
    ruleId: rule.id,
    severity,
    file: location.file,
    line: location.line,
    recordIndex: location.recordIndex,
    pointer: raw.pointer,
    message: fillTemplate(rule.message[options.lang], params, options.lang),
    params,
  };
  if (location.column !== undefined) finding.column = location.column;
  if (location.recordId !== undefined) finding.recordId = location.recordId;
  return finding;
}
