import fc from "fast-check";
import { codeEntry } from "@czt/schemas";
import { type Check, enc, expectStatus, fail, get, post } from "../check.js";
import { enrolmentDraftArbitrary, personArbitrary } from "../generators.js";
import { createEnrolment, createPerson } from "./support.js";

type Body = Record<string, unknown>;

const families = ["pension", "medical", "unemployment", "workInjury", "maternity"] as const;

/** The cross-city duplicate check finds an enrolment by identity number, in its family only. */
export const duplicateCheck: Check = {
  name: "duplicate_check",
  description: "the duplicate check finds a person's enrolment by identity number in its insurance family, with city, agency and period",
  runs: 6,
  property: (context) =>
    fc.asyncProperty(personArbitrary, enrolmentDraftArbitrary, async (draft, enrolmentDraft) => {
      const person = await createPerson(context, draft);
      const enrolment = await createEnrolment(context, enrolmentDraft, person.id);
      const family = codeEntry("insuranceScheme", enrolmentDraft.scheme)?.family ?? "pension";
      const found = expectStatus(
        await post(context, "checkDuplicateEnrolment", "/v1/duplicate-checks", { idNumber: String(person["idNumber"]).toUpperCase(), family }),
        [200],
        "checking for duplicates",
      );
      const result = found.response.body as { enrolled: boolean; matches: Body[] };
      const match = result.matches.find((item) => item["enrolmentId"] === enrolment.id);
      if (!result.enrolled || match === undefined) fail(`the duplicate check does not find enrolment ${enrolment.id} in family ${family}`, found);
      if (match["city"] !== enrolment["city"] || JSON.stringify(match["period"]) !== JSON.stringify(enrolment["period"])) fail("the duplicate check reports another city or period", found);
      const otherFamily = families.find((candidate) => candidate !== family)!;
      const none = expectStatus(await post(context, "checkDuplicateEnrolment", "/v1/duplicate-checks", { personId: person.id, family: otherFamily }), [200], "checking another family");
      if ((none.response.body as { matches: Body[] }).matches.some((item) => item["enrolmentId"] === enrolment.id)) fail(`a ${family} enrolment is reported in family ${otherFamily}`, none);
    }),
};

/** The server holds the validator's duplicate rules (issue 11, item 18). */
export const duplicatesRefused: Check = {
  name: "duplicates_refused",
  description: "a second person with one identity number in a city, and a second enrolment of a person in one insurance family over an overlapping period, are refused with 409 naming the stored record (existingId) and not stored",
  runs: 5,
  property: (context) =>
    fc.asyncProperty(personArbitrary, enrolmentDraftArbitrary, async (draft, enrolmentDraft) => {
      const person = await createPerson(context, draft);
      const twin = { ...person, id: context.nextId("P") };
      const refused = expectStatus(await post(context, "createPerson", "/v1/persons", twin), [409], "creating a second person with the same identity number in the same city");
      const existing = (refused.response.body as { existingId?: unknown } | undefined)?.existingId;
      if (existing !== person.id) fail(`the 409 for a duplicate person names ${String(existing)} as existingId, not ${person.id}`, refused);
      expectStatus(await get(context, "getPerson", `/v1/persons/${enc(twin.id)}`), [404], "reading a duplicate person that was refused");
      const enrolment = await createEnrolment(context, enrolmentDraft, person.id);
      // The same scheme over the same period overlaps, whatever the period.
      const again = { ...enrolment, id: context.nextId("E") };
      const overlap = expectStatus(await post(context, "createEnrolment", "/v1/enrolments", again), [409], "creating an enrolment overlapping one of the same family for the same person");
      const stored = (overlap.response.body as { existingId?: unknown } | undefined)?.existingId;
      if (stored !== enrolment.id) fail(`the 409 for an overlapping enrolment names ${String(stored)} as existingId, not ${enrolment.id}`, overlap);
      expectStatus(await get(context, "getEnrolment", `/v1/enrolments/${enc(again.id)}`), [404], "reading an overlapping enrolment that was refused");
    }),
};
