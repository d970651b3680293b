import { problems } from "./problem.js";

export const defaultPageSize = 20;
export const maxPageSize = 100;

/** An opaque cursor: the id of the last item of the previous page, base64url-encoded with a version tag. */
export function encodeCursor(lastId: string): string {
  return Buffer.from(`v1:${lastId}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  if (!text.startsWith("v1:") || text.length === 3) throw problems.badRequest("the cursor is not one this server issued", [{ ruleId: "api.cursor", pointer: "/cursor" }]);
  return text.slice(3);
}

/** Reads `limit` and `cursor` from a query string; a bad value is a located 400. */
export function readPage(query: Record<string, unknown>): { limit: number; after?: string } {
  const rawLimit = query["limit"];
  let limit = defaultPageSize;
  if (rawLimit !== undefined) {
    if (typeof rawLimit !== "string" || !/^[0-9]{1,4}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > maxPageSize) {
      throw problems.badRequest(`limit must be an integer from 1 to ${maxPageSize}`, [{ ruleId: "api.query-parameter", pointer: "/limit" }]);
    }
    limit = Number(rawLimit);
  }
  const cursor = query["cursor"];
  if (cursor === undefined) return { limit };
  if (typeof cursor !== "string") throw problems.badRequest("cursor must be given once", [{ ruleId: "api.cursor", pointer: "/cursor" }]);
  return { limit, after: decodeCursor(cursor) };
}

/** The page body of the contract: `{ items, nextCursor? }`. */
export function pageBody<T extends { id: string }>(items: T[], hasMore: boolean, toBody: (item: T) => unknown): { items: unknown[]; nextCursor?: string } {
  const last = items.at(-1);
  return hasMore && last !== undefined ? { items: items.map(toBody), nextCursor: encodeCursor(last.id) } : { items: items.map(toBody) };
}
