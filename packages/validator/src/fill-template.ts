import type { Lang, Params } from "./rule.js";

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
