import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { type Check, enc, expectStatus, fail, get, post } from "../check.js";
import { contributionsArbitrary, enrolmentDraftArbitrary, personArbitrary } from "../generators.js";
import { comparable } from "./support.js";
import { requestTransfer, transition } from "./transfers.js";

type Body = Record<string, unknown>;

/** A repeated Idempotency-Key replays the first response and creates nothing twice; reused for another body it is a 422. */
export const idempotentReplay: Check = {
  name: "idempotent_replay",
  description: "a repeated Idempotency-Key returns the first result and creates nothing twice; with another body it is refused (422)",
  runs: 6,
  property: (context) =>
    fc.asyncProperty(personArbitrary, fc.integer({ min: 2, max: 4 }), async (draft, repeats) => {
      const key = randomUUID();
      const person = context.nextPerson(draft);
      const first = expectStatus(await post(context, "createPerson", "/v1/persons", person, { idempotencyKey: key }), [201], "creating a person");
      for (let i = 1; i < repeats; i++) {
        const again = await post(context, "createPerson", "/v1/persons", person, { idempotencyKey: key });
        if (again.response.status !== first.response.status || comparable(again.response.body as Body) !== comparable(first.response.body as Body)) {
          fail(`repeat ${i} of an idempotent create answered ${again.response.status} with another body, not the first response (${first.response.status})`, again);
        }
      }
      const listed = expectStatus(await get(context, "searchPersons", `/v1/persons?idNumber=${enc(String(person["idNumber"]))}`), [200], "searching the person");
      const copies = (listed.response.body as { items: Body[] }).items.filter((item) => item["id"] === person.id).length;
      if (copies !== 1) fail(`after ${repeats} idempotent creates the person is stored ${copies} times`, listed);
      const other = { ...person, id: context.nextId("P") };
      expectStatus(await post(context, "createPerson", "/v1/persons", other, { idempotencyKey: key }), [422], "reusing an Idempotency-Key for another body");
      expectStatus(await get(context, "getPerson", `/v1/persons/${enc(other.id)}`), [404], "reading the person of a refused key reuse");
    }),
};

/** A retried transition (same key, same If-Match) is answered with its first result, not with a 409 or 412. */
export const idempotentTransition: Check = {
  name: "idempotent_transition",
  description: "a retried transition with the same Idempotency-Key replays its first result instead of failing as stale",
  runs: 3,
  property: (context) =>
    fc.asyncProperty(personArbitrary, enrolmentDraftArbitrary, contributionsArbitrary, async (person, enrolment, contributions) => {
      const requested = await requestTransfer(context, person, enrolment, contributions);
      const key = randomUUID();
      const first = expectStatus(await transition(context, requested.id, "issue-contact-letter", requested.etag, requested.toEnrolmentId, key), [200], "issuing the letter");
      const retry = await transition(context, requested.id, "issue-contact-letter", requested.etag, requested.toEnrolmentId, key);
      expectStatus(retry, [200], "retrying the same transition with the same key");
      if (comparable(retry.response.body as Body) !== comparable(first.response.body as Body)) fail("the retried transition answered another body", retry);
      const steps = ((await get(context, "getTransfer", `/v1/transfers/${enc(requested.id)}`)).response.body as { steps: unknown[] }).steps.length;
      if (steps !== 2) fail(`after a retried transition the transfer has ${steps} steps, not 2`, retry);
    }),
};
