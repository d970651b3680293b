import { formatPatterns } from "@czt/schemas";

/**
 * A copy of `schema` without the `pattern`s that back `format: date` and `date-time`
 * (`formatPatterns` of @czt/schemas). They are there for validators that treat `format`
 * as an annotation; this validator asserts the formats, whose functions accept a subset
 * of what the patterns accept (test/format-backed-patterns.test.ts). Leaving the pattern
 * out keeps one check per date on the hot path and one finding worded for the format.
 * A pattern other than the standard's (a profile's own) is kept.
 */
export function withoutFormatBackedPatterns<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withoutFormatBackedPatterns) as T;
  if (typeof schema !== "object" || schema === null) return schema;
  const node = schema as Record<string, unknown>;
  const format = node["format"];
  const backed = (format === "date" || format === "date-time") && node["pattern"] === formatPatterns[format];
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (backed && key === "pattern") continue;
    // Data keywords hold instances, not subschemas: copied as they are.
    copy[key] = key === "enum" || key === "const" || key === "examples" || key === "default" ? value : withoutFormatBackedPatterns(value);
  }
  return copy as T;
}
