import type { Params, Sensitivity } from "./rule.js";

/** `430102199003071234` → `430102********1234`: keeps what identifies the region, hides the person. */
export function maskIdentifier(value: string): string {
  if (value.length >= 12) return value.slice(0, 6) + "*".repeat(value.length - 10) + value.slice(-4);
  if (value.length > 4) return "*".repeat(value.length - 4) + value.slice(-4);
  return "*".repeat(value.length);
}

/** Names, addresses, phones, dates: the first character only (`张**`), enough to tell two findings apart. */
export function maskPersonal(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 1) return "*";
  return chars[0] + "*".repeat(chars.length - 1);
}

export function maskValue(value: string | number | boolean | null, sensitivity: Sensitivity): string | number | boolean | null {
  if (value === null || typeof value === "boolean") return value;
  const text = String(value);
  return sensitivity === "identifier" ? maskIdentifier(text) : maskPersonal(text);
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
