import fc from "fast-check";
import { type Check, enc, expectStatus, fail, get, post } from "../check.js";
import { personArbitrary } from "../generators.js";
import { eventsOf, feedEnd, readFeed } from "./feed-reading.js";
import { createPerson, etagOf } from "./support.js";

type Body = Record<string, unknown>;

/** Linking a duplicate person: replacedBy on it, replaces on the survivor, both still readable, a linked event each. */
export const personLinks: Check = {
  name: "person_links",
  description: "a duplicate person is linked, never deleted: replacedBy on it, replaces on the survivor, both readable, a linked event for each",
  runs: 2,
  property: (context) =>
    fc.asyncProperty(personArbitrary, personArbitrary, async (first, second) => {
      const start = await feedEnd(context);
      const survivor = await createPerson(context, first);
      const duplicate = await createPerson(context, second);
      const path = (id: string) => `/v1/persons/${enc(id)}`;
      const read = expectStatus(await get(context, "getPerson", path(duplicate.id)), [200], "reading the duplicate");
      const linked = expectStatus(
        await post(context, "linkPerson", `${path(duplicate.id)}/link`, { replacedBy: survivor.id }, { ifMatch: etagOf(read) }),
        [200],
        "linking the duplicate to its survivor",
      );
      if ((linked.response.body as Body)["replacedBy"] !== survivor.id) fail(`the linked duplicate does not name ${survivor.id} in replacedBy`, linked);
      const kept = expectStatus(await get(context, "getPerson", path(duplicate.id)), [200], "reading the duplicate after the link (never deleted)");
      if ((kept.response.body as Body)["replacedBy"] !== survivor.id) fail("the duplicate as read does not name its survivor", kept);
      const after = expectStatus(await get(context, "getPerson", path(survivor.id)), [200], "reading the survivor");
      const replaces = (after.response.body as Body)["replaces"];
      if (!Array.isArray(replaces) || !replaces.includes(duplicate.id)) fail(`the survivor does not list ${duplicate.id} in replaces`, after);
      const feed = await readFeed(context, start);
      for (const id of [survivor.id, duplicate.id]) {
        if (!eventsOf(feed.events, id).some((event) => event.type === "linked")) fail(`the feed has no linked event for ${id}`, feed.pages.at(-1));
      }
    }),
};
