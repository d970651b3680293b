export type InputFormat = "jsonl" | "json" | "csv";

/**
 * The format from a file name, when the extension says it; undefined when the content
 * must tell. A `.json` file is a JSON document whatever its first line looks like (a
 * minified package is one line that is also a valid JSON Lines line).
 */
export function formatFromName(name: string): InputFormat | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".csv")) return "csv";
  return undefined;
}

/**
 * Guesses the format from the first bytes: `[` or a multi-line object is a JSON
 * document, a first line that is a whole JSON object is JSON Lines — unless it is a
 * whole package (a `records` array and no `recordType`: a minified export) — anything
 * else CSV.
 */
export function sniffFormat(head: Uint8Array): InputFormat {
  const text = new TextDecoder("utf-8").decode(head.subarray(0, 65536));
  const start = text.search(/\S/);
  if (start === -1) return "jsonl";
  const first = text[start];
  if (first === "[") return "json";
  if (first !== "{") return "csv";
  const end = text.indexOf("\n", start);
  if (end === -1) return "json";
  try {
    return isPackage(JSON.parse(text.slice(start, end))) ? "json" : "jsonl";
  } catch {
    return "json";
  }
}

function isPackage(value: unknown): boolean {
  return typeof value === "object" && value !== null && Array.isArray((value as Record<string, unknown>)["records"]) && !("recordType" in value);
}
