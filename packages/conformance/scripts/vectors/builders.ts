/** Small helpers for writing vectors: deep copies with overrides, removals, test and group shapes. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Finding {
  ruleId: string;
  pointer: string;
  record?: number;
}

export interface Test {
  id: string;
  description: string;
  data?: Json;
  records?: { file: string; record: Json }[];
  raw?: string;
  format?: "json" | "jsonl" | "csv";
  rawEncoding?: "utf-8" | "base64";
  asOf?: string;
  parameters?: JsonObject;
  valid: boolean;
  findings: Finding[];
}

export interface Group {
  description: string;
  rules: string[];
  asOf?: string;
  parameters?: JsonObject;
  tests: Test[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A deep copy of `base` with `patch` merged in; `undefined` in the patch removes a key. */
export function merge<T extends JsonObject>(base: T, patch: Record<string, unknown>): T {
  const copy = structuredClone(base) as JsonObject;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete copy[key];
    else if (isObject(value) && isObject(copy[key])) copy[key] = merge(copy[key] as JsonObject, value);
    else copy[key] = structuredClone(value) as Json;
  }
  return copy as T;
}

/** A deep copy of `base` without the property at a slash path (`hukou/division`). */
export function without<T extends JsonObject>(base: T, path: string): T {
  const copy = structuredClone(base) as JsonObject;
  const segments = path.split("/");
  let node: JsonObject = copy;
  for (const segment of segments.slice(0, -1)) node = node[segment] as JsonObject;
  delete node[segments[segments.length - 1]!];
  return copy as T;
}

export const valid = (id: string, description: string, input: Partial<Test>): Test => ({ id, description, ...input, valid: true, findings: [] });

export const invalid = (id: string, description: string, input: Partial<Test>, findings: Finding[]): Test => ({ id, description, ...input, valid: false, findings });

/** A test that stays valid but carries warnings. */
export const warns = (id: string, description: string, input: Partial<Test>, findings: Finding[]): Test => ({ id, description, ...input, valid: true, findings });

export const at = (ruleId: string, pointer: string, record?: number): Finding => (record === undefined ? { ruleId, pointer } : { ruleId, pointer, record });
