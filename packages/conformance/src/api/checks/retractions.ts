import fc from "fast-check";
import { type Check, enc, expectStatus, fail, get, post } from "../check.js";
import { enrolmentDraftArbitrary, personArbitrary } from "../generators.js";
import { eventsOf, feedEnd, readFeed } from "./feed-reading.js";
import { createEnrolment, createPerson, etagOf } from "./support.js";

const reasons = ["entered-in-error", "duplicate", "wrong-person"] as const;

/**
 * A retraction by the owner under If-Match leaves a tombstone: the read is 410 problem+json
 * naming the reason and time, the list leaves the record out, the feed has a `retracted` event.
 */
export const retractionTombstone: Check = {
  name: "retraction_tombstone",
  description: "a retracted record reads 410 with its reason and time, is left out of lists, and the feed has a retracted event with the reason",
  runs: 3,
  property: (context) =>
    fc.asyncProperty(personArbitrary, enrolmentDraftArbitrary, fc.constantFrom(...reasons), async (draft, enrolmentDraft, reason) => {
      const start = await feedEnd(context);
      const person = await createPerson(context, draft);
      const enrolment = await createEnrolment(context, enrolmentDraft, person.id);
      const path = `/v1/enrolments/${enc(enrolment.id)}`;
      const read = expectStatus(await get(context, "getEnrolment", path), [200], "reading the enrolment");
      expectStatus(await post(context, "retractEnrolment", `${path}/retract`, { reason }), [428], "retracting without If-Match");
      if (context.other.city !== context.main.city) {
        expectStatus(await post(context, "retractEnrolment", `${path}/retract`, { reason }, { token: context.other.token, ifMatch: etagOf(read) }), [403], "another city's agency retracting");
      }
      expectStatus(await post(context, "retractEnrolment", `${path}/retract`, { reason }, { ifMatch: etagOf(read) }), [200], "retracting the enrolment");
      const gone = expectStatus(await get(context, "getEnrolment", path), [410], "reading the retracted enrolment");
      const problem = gone.response.body as { reason?: unknown; retractedAt?: unknown };
      if (problem.reason !== reason || typeof problem.retractedAt !== "string") fail(`the 410 does not name the reason ${reason} and the time of the retraction`, gone);
      const list = expectStatus(await get(context, "listEnrolments", `/v1/enrolments?personId=${enc(person.id)}`), [200], "listing the person's enrolments");
      const ids = ((list.response.body as { items?: { id?: string }[] }).items ?? []).map((item) => item.id);
      if (ids.includes(enrolment.id)) fail("the list still holds the retracted enrolment", list);
      const feed = await readFeed(context, start);
      const events = eventsOf(feed.events, enrolment.id);
      const retracted = events.find((event) => event.type === "retracted");
      if (retracted === undefined || retracted.reason !== reason || retracted.record !== undefined) {
        fail(`the feed has no retracted event with reason ${reason} and without a record for ${enrolment.id}`, feed.pages.at(-1));
      }
    }),
};
