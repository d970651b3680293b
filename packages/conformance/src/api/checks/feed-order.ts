import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { bearer, type Check, fail } from "../check.js";
import { personArbitrary } from "../generators.js";
import { checkFeedOrder, eventsOf, feedEnd, readFeed } from "./feed-reading.js";

/**
 * Concurrent writes, then the feed after the position taken before them: every acknowledged
 * write appears exactly once as a `created` event, positions increase strictly, and a consumer
 * reading one event per page sees the same sequence as one reading a thousand.
 */
export const feedOrderAndCompleteness: Check = {
  name: "feed_order_and_completeness",
  description: "concurrent writes each appear once in the change feed, positions strictly increasing, the same sequence whatever the page size",
  runs: 2,
  property: (context) =>
    fc.asyncProperty(fc.array(personArbitrary, { minLength: 4, maxLength: 10 }), async (drafts) => {
      const start = await feedEnd(context);
      const persons = drafts.map((draft) => context.nextPerson(draft));
      const writes = await Promise.all(
        persons.map((person) =>
          context.http.send({
            operationId: "createPerson",
            method: "POST",
            path: "/v1/persons",
            headers: { ...bearer(context.main.token), "idempotency-key": randomUUID() },
            body: person,
          }),
        ),
      );
      const acknowledged = persons.filter((_, index) => writes[index]!.response.status === 201);
      if (acknowledged.length === 0) fail("none of the concurrent writes was acknowledged", writes[0]);
      const whole = await readFeed(context, start);
      checkFeedOrder(whole.events, whole.pages);
      for (const person of acknowledged) {
        const mine = eventsOf(whole.events, person.id);
        if (mine.length !== 1 || mine[0]!.type !== "created") {
          fail(`acknowledged write ${person.id} appears ${mine.length} times in the feed (expected one created event)`, whole.pages.at(-1));
        }
      }
      const byOne = await readFeed(context, start, 1);
      checkFeedOrder(byOne.events, byOne.pages);
      const positions = (events: readonly { position: number }[]) => events.map((event) => event.position).join(",");
      // The page-by-page read started later, so it may hold more events at its end: compare the common part.
      if (!positions(byOne.events).startsWith(positions(whole.events))) {
        fail("reading the feed one event per page gives another sequence than reading it whole", byOne.pages.at(-1));
      }
    }),
};
