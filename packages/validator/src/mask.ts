import { maskIdentifier, maskName } from "@czt/domain";
import type { ParamMask } from "./param-sources.js";
import type { Params } from "./rule.js";

/** What a value masked whole reads as: neither its digits nor its length are shown. */
export const maskedWhole = "***";

/**
 * Masking of the personal data findings carry, with the standard's rules from
 * @czt/domain: identifiers keep region and last digits (`430102********1234`), names
 * and other personal values keep their first character (`张*`). Special data (income,
 * benefits, balances, contribution bases, health) and figures derived from sensitive
 * fields are masked whole: a first digit and a length would give the amount's magnitude.
 */
export function maskValue(value: string | number | boolean | null, mask: ParamMask): string | number | boolean | null {
  if (value === null) return value;
  if (mask === "special" || mask === "derived") return maskedWhole;
  if (typeof value === "boolean") return value;
  const text = String(value);
  return mask === "identifier" ? maskIdentifier(text) : maskName(text);
}

/**
 * A copy of params with the named ones masked. Their language variants (`name.zh`,
 * `name.en`) are dropped: a message prefers them, and they would show the value in clear.
 */
export function maskParams(params: Params, masks: Readonly<Record<string, ParamMask>>): Params {
  let masked: Record<string, string | number | boolean | null> | undefined;
  for (const [name, mask] of Object.entries(masks)) {
    const value = params[name];
    if (value === undefined) continue;
    masked ??= { ...params };
    masked[name] = maskValue(value, mask);
    delete masked[`${name}.zh`];
    delete masked[`${name}.en`];
  }
  return masked ?? params;
}
