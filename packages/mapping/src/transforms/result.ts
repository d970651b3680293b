import type { Bilingual } from "@czt/schemas";

/** A transform's outcome: the value, or why the input cannot be converted (in both languages). */
export type Converted<T> = { ok: true; value: T } | { ok: false; reason: Bilingual };

export const converted = <T>(value: T): Converted<T> => ({ ok: true, value });
export const refused = (zh: string, en: string): Converted<never> => ({ ok: false, reason: { zh, en } });
