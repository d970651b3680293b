import fc from "fast-check";
import { type Check, enc, expectStatus, fail, post } from "../check.js";
import { dibaoCaseOf, dibaoDraftArbitrary, personArbitrary } from "../generators.js";
import { createPerson, etagOf } from "./support.js";

type Body = Record<string, unknown>;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A review moves the review dates under If-Match; a terminated case cannot be reviewed again (409). */
export const assistanceReview: Check = {
  name: "assistance_review",
  description: "reviewing a case sets its review dates under If-Match; a terminated case refuses further reviews with 409",
  runs: 4,
  property: (context) =>
    fc.asyncProperty(personArbitrary, dibaoDraftArbitrary, async (draft, dibao) => {
      const person = await createPerson(context, draft);
      const body = { ...dibaoCaseOf(dibao, person.id, context.main.agency, context.main.city, context.today), id: context.nextId("A") };
      const created = expectStatus(await post(context, "createAssistanceCase", "/v1/assistance-cases", body), [201], "creating a 低保 case");
      const path = `/v1/assistance-cases/${enc(body.id)}/reviews`;
      const reviewDate = context.today;
      const reviewed = expectStatus(
        await post(context, "reviewAssistanceCase", path, { reviewDate, outcome: "continued", nextReviewDate: addDays(reviewDate, 180) }, { ifMatch: etagOf(created) }),
        [200],
        "reviewing the case",
      );
      const after = reviewed.response.body as Body;
      if (after["lastReviewDate"] !== reviewDate || after["nextReviewDate"] !== addDays(reviewDate, 180)) fail("the review did not set the review dates", reviewed);
      expectStatus(await post(context, "reviewAssistanceCase", path, { reviewDate, outcome: "terminated" }, { ifMatch: etagOf(created) }), [412], "reviewing with a stale ETag");
      const terminated = expectStatus(await post(context, "reviewAssistanceCase", path, { reviewDate, outcome: "terminated" }, { ifMatch: etagOf(reviewed) }), [200], "terminating the case");
      expectStatus(
        await post(context, "reviewAssistanceCase", path, { reviewDate, outcome: "continued", nextReviewDate: addDays(reviewDate, 90) }, { ifMatch: etagOf(terminated) }),
        [409],
        "reviewing a terminated case",
      );
    }),
};
