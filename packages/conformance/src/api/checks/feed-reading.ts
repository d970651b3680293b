import { type CheckContext, expectStatus, fail, get } from "../check.js";
import type { Exchange } from "../exchange.js";

/** An item of `GET /v1/events`, as far as the checks read it. */
export interface FeedEvent {
  position: number;
  type: string;
  recordType: string;
  recordId: string;
  version: number;
  record?: Record<string, unknown>;
  reason?: string;
}

/** Reads the feed after `after` to its current end, page by page; fails on a malformed page. */
export async function readFeed(context: CheckContext, after: number, limit = 1000): Promise<{ events: FeedEvent[]; next: number; pages: Exchange[] }> {
  const events: FeedEvent[] = [];
  const pages: Exchange[] = [];
  let cursor = after;
  for (let page = 0; page < 10_000; page++) {
    const exchange = expectStatus(await get(context, "listEvents", `/v1/events?after=${cursor}&limit=${limit}`), [200], "reading the change feed");
    pages.push(exchange);
    const body = exchange.response.body as { items?: FeedEvent[]; next?: number };
    const items = body.items ?? fail("the feed page has no items", exchange);
    if (typeof body.next !== "number") fail("the feed page has no numeric next", exchange);
    if (items.length === 0) {
      if (body.next !== cursor) fail(`an empty feed page must keep next at ${cursor}, it says ${body.next}`, exchange);
      return { events, next: cursor, pages };
    }
    if (body.next !== items.at(-1)!.position) fail(`next (${body.next}) is not the last item's position (${items.at(-1)!.position})`, exchange);
    events.push(...items);
    cursor = body.next;
  }
  return fail("the feed did not end after 10 000 pages");
}

/** The feed's current end: where events written from now on will follow. */
export async function feedEnd(context: CheckContext): Promise<number> {
  return (await readFeed(context, 0)).next;
}

/** Strictly increasing positions, each event once; fails naming the first page where it breaks. */
export function checkFeedOrder(events: readonly FeedEvent[], pages: readonly Exchange[]): void {
  for (let index = 1; index < events.length; index++) {
    if (events[index]!.position <= events[index - 1]!.position) {
      const page = pages.find((exchange) => ((exchange.response.body as { items?: FeedEvent[] }).items ?? []).includes(events[index]!));
      fail(`the feed is out of order: position ${events[index]!.position} follows ${events[index - 1]!.position}`, page);
    }
  }
}

/** The events about one record, in feed order. */
export const eventsOf = (events: readonly FeedEvent[], recordId: string) => events.filter((event) => event.recordId === recordId);
