import fc from "fast-check";
import { codeEntry } from "@czt/schemas";
import { type Check, expectStatus, fail, post } from "../check.js";
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
