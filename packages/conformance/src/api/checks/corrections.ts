import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { bearer, type Check, type CheckContext, enc, expectStatus, fail, get } from "../check.js";
import type { Exchange } from "../exchange.js";
import { personArbitrary } from "../generators.js";
import { eventsOf, feedEnd, readFeed } from "./feed-reading.js";
import { comparable, createPerson, etagOf } from "./support.js";

type Body = Record<string, unknown>;

/** The version number an ETag names (`"3"` → 3), as the contract's versions paths take it. */
export function versionOf(etag: string): string {
  return etag.replace(/^W\//, "").replace(/"/g, "");
}

export function correct(context: CheckContext, operationId: string, path: string, body: Body, ifMatch: string | undefined, token = context.main.token): Promise<Exchange> {
  const headers: Record<string, string> = { ...bearer(token), "idempotency-key": randomUUID() };
  if (ifMatch !== undefined) headers["if-match"] = ifMatch;
  return context.http.send({ operationId, method: "PUT", path, headers, body });
}

/**
 * A correction is a new version under If-Match (428 without, 412 stale), by the owner only;
 * the old version stays readable with its own ETag, and the feed has a `corrected` event.
 */
export const correctionsKeepVersions: Check = {
  name: "corrections_keep_versions",
  description: "a correction needs If-Match (428/412), only the owner may make it, the old version stays readable with its ETag, and the feed has a corrected event",
  runs: 3,
  property: (context) =>
    fc.asyncProperty(personArbitrary, personArbitrary, async (draft, other) => {
      fc.pre(draft["name"] !== other["name"]);
      const start = await feedEnd(context);
      const person = await createPerson(context, draft);
      const path = `/v1/persons/${enc(person.id)}`;
      const first = expectStatus(await get(context, "getPerson", path), [200], "reading the new person");
      const firstEtag = etagOf(first);
      const corrected = { ...person, name: other["name"] };
      expectStatus(await correct(context, "correctPerson", path, corrected, undefined), [428], "correcting without If-Match");
      expectStatus(await correct(context, "correctPerson", path, corrected, '"stale-etag"'), [412], "correcting with a stale ETag");
      if (context.other.city !== context.main.city) {
        expectStatus(await correct(context, "correctPerson", path, corrected, firstEtag, context.other.token), [403], "another city's agency correcting the person");
      }
      const done = expectStatus(await correct(context, "correctPerson", path, corrected, firstEtag), [200], "correcting the person under If-Match");
      const secondEtag = etagOf(done);
      if (secondEtag === firstEtag) fail("the correction kept the ETag of the version it replaced", done);
      const now = expectStatus(await get(context, "getPerson", path), [200], "reading the corrected person");
      if ((now.response.body as Body)["name"] !== other["name"]) fail("the read after the correction does not show it", now);
      const old = expectStatus(await get(context, "getPersonVersion", `${path}/versions/${enc(versionOf(firstEtag))}`), [200], "reading the version before the correction");
      if (comparable(old.response.body as Body) !== comparable(first.response.body as Body)) fail("the old version is not the record as it was read before the correction", old);
      if (old.response.headers["etag"] !== firstEtag) fail(`the old version's ETag is ${old.response.headers["etag"]}, not ${firstEtag}`, old);
      const list = expectStatus(await get(context, "listPersonVersions", `${path}/versions`), [200], "listing the versions");
      const versions = ((list.response.body as { items?: { etag?: string }[] }).items ?? []).map((item) => item.etag);
      if (!versions.includes(firstEtag) || !versions.includes(secondEtag)) fail(`the version list holds ${versions.join(", ")}, not both ${firstEtag} and ${secondEtag}`, list);
      const feed = await readFeed(context, start);
      const types = eventsOf(feed.events, person.id).map((event) => event.type);
      if (types.join(",") !== "created,corrected") fail(`the feed holds ${types.join(",") || "nothing"} for ${person.id}, expected created,corrected`, feed.pages.at(-1));
    }),
};
