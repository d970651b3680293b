import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { problems } from "./problem.js";
import { isRecordId } from "./query.js";

export const defaultPageSize = 20;
export const maxPageSize = 100;

/** The contract's bound on a cursor (`maxLength` of the `cursor` parameter). */
export const maxCursorLength = 512;

/** Signs the cursors of this server process: a client can only hand back a cursor it was given. */
const cursorKey = randomBytes(32);

function signature(payload: string): string {
  // 128 bits of an HMAC-SHA256: enough to make guessing hopeless, short enough to keep cursors small.
  return createHmac("sha256", cursorKey).update(payload).digest("base64url").slice(0, 22);
}

/** An opaque cursor: the id of the last item of the previous page with a version tag, base64url, then its signature. At most 199 characters. */
export function encodeCursor(lastId: string): string {
  const payload = Buffer.from(`v1:${lastId}`, "utf8").toString("base64url");
  return `${payload}.${signature(payload)}`;
}

/** The last id of a cursor this server issued; anything else (forged, altered, too long) is a located 400. */
export function decodeCursor(cursor: string): string {
  const refuse = (detail: string) => problems.badRequest(detail, [{ ruleId: "api.cursor", pointer: "/cursor" }]);
  if (cursor.length > maxCursorLength) throw refuse(`the cursor is over ${maxCursorLength} characters`);
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{22})$/.exec(cursor);
  const payload = match?.[1];
  const given = match?.[2];
  if (payload === undefined || given === undefined || !timingSafeEqual(Buffer.from(given), Buffer.from(signature(payload)))) {
    throw refuse("the cursor is not one this server issued (cursors are valid while the server that issued them runs)");
  }
  const text = Buffer.from(payload, "base64url").toString("utf8");
  if (!text.startsWith("v1:") || !isRecordId(text.slice(3))) throw refuse("the cursor is not one this server issued");
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
