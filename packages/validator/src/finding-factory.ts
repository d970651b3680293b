import { fillTemplate } from "./fill-template.js";
import { maskParams, maskValue } from "./mask.js";
import type { Finding, Lang, Params, RawFinding, RecordLocation, Rule, Sensitivity, Severity } from "./rule.js";

export interface FindingOptions {
  lang: Lang;
  reveal: boolean;
  severityOverrides: Readonly<Record<string, Severity>>;
}

/**
 * Turns what a rule reported into a finding: the severity after overrides, the params
 * with personal data masked (unless revealing), and the message in the report language.
 */
export function makeFinding(
  rule: Rule,
  raw: Pick<RawFinding, "pointer" | "params" | "severity">,
  location: RecordLocation,
  options: FindingOptions,
  valueSensitivity?: Sensitivity,
): Finding {
  const severity = options.severityOverrides[rule.id] ?? raw.severity ?? rule.severity;
  let params: Params = raw.params;
  if (!options.reveal) {
    if (rule.sensitiveParams) params = maskParams(params, rule.sensitiveParams);
    if (valueSensitivity && params["value"] !== undefined && params["value"] !== null) {
      params = { ...params, value: maskValue(params["value"], valueSensitivity) };
    }
  }
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
