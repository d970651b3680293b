import { maskIdentifier, maskName } from "@czt/domain";
import type { Params, Sensitivity } from "./rule.js";

/**
 * Masking of the personal data findings carry, with the standard's rules from
 * @czt/domain: identifiers keep region and last digits (`430102********1234`), names
 * and other personal or special values keep their first character (`张*`).
 */
export function maskValue(value: string | number | boolean | null, sensitivity: Sensitivity): string | number | boolean | null {
  if (value === null || typeof value === "boolean") return value;
  const text = String(value);
  return sensitivity === "identifier" ? maskIdentifier(text) : maskName(text);
}

/** A copy of params with the named sensitive ones masked. */
export function maskParams(params: Params, sensitive: Readonly<Record<string, Sensitivity>>): Params {
  let masked: Record<string, string | number | boolean | null> | undefined;
  for (const [name, sensitivity] of Object.entries(sensitive)) {
    const value = params[name];
    if (value === undefined) continue;
    masked ??= { ...params };
    masked[name] = maskValue(value, sensitivity);
  }
  return masked ?? params;
}
