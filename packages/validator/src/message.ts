import { ruleById } from "./catalogue.js";
import { fillTemplate } from "./fill-template.js";
import type { Finding, Lang } from "./rule.js";

/** The message of a finding in a language, rendered from its rule's template. */
export function renderMessage(finding: Pick<Finding, "ruleId" | "params">, lang: Lang): string {
  const rule = ruleById(finding.ruleId);
  if (!rule) return `${finding.ruleId} ${JSON.stringify(finding.params)}`;
  return fillTemplate(rule.message[lang], finding.params, lang);
}
