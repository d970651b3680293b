import { ruleById } from "./catalogue.js";
import type { Finding, Lang, Params } from "./rule.js";

const placeholder = /\{([A-Za-z0-9_.]+)\}/g;

/**
 * Fills a `{name}` template from params. A language-specific param wins over the
 * plain one: in zh, `{field}` reads `field.zh` if present, else `field` — this is how
 * bilingual field titles travel in params, which are plain values.
 */
export function fillTemplate(template: string, params: Params, lang: Lang): string {
  return template.replace(placeholder, (whole, name: string) => {
    const value = params[`${name}.${lang}`] ?? params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The message of a finding in a language, rendered from its rule's template. */
export function renderMessage(finding: Pick<Finding, "ruleId" | "params">, lang: Lang): string {
  const rule = ruleById(finding.ruleId);
  if (!rule) return `${finding.ruleId} ${JSON.stringify(finding.params)}`;
  return fillTemplate(rule.message[lang], finding.params, lang);
}
