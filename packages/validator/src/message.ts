import { ruleById } from "./catalogue.js";
import { fillTemplate } from "./fill-template.js";
import type { Finding, Lang } from "./rule.js";

/**
 * The message of a finding in a language, rendered from its rule's template. A finding
 * of another tool (czt map's `map.*` problems) carries its own words in `message.zh` /
 * `message.en`, so every report format shows it as it shows the validator's.
 */
export function renderMessage(finding: Pick<Finding, "ruleId" | "params">, lang: Lang): string {
  const rule = ruleById(finding.ruleId);
  if (!rule && typeof finding.params[`message.${lang}`] === "string") return String(finding.params[`message.${lang}`]);
  if (!rule) return `${finding.ruleId} ${JSON.stringify(finding.params)}`;
  return fillTemplate(rule.message[lang], finding.params, lang);
}
