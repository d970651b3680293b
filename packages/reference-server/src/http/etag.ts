import { problems } from "./problem.js";

/** A record's ETag: its version, as a strong entity tag. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * Checks `If-Match` (RFC 9110 §13.1.1) before a state change: missing → 428,
 * no listed tag matching the current version → 412. `*` matches any version.
 */
export function checkIfMatch(header: string | string[] | undefined, version: number): void {
  if (header === undefined || header === "") throw problems.preconditionRequired("this operation needs If-Match with the record's ETag (read it first)");
  const tags = (Array.isArray(header) ? header.join(",") : header).split(",").map((tag) => tag.trim());
  if (tags.includes("*") || tags.includes(etagOf(version))) return;
  throw problems.preconditionFailed(`the record has changed since it was read: its ETag is now ${etagOf(version)}`);
}
