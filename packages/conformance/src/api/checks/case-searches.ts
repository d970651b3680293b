import fc from "fast-check";
import { type Check, enc, expectStatus, fail, get, post } from "../check.js";
import { dibaoCaseOf, dibaoDraftArbitrary, personArbitrary } from "../generators.js";
import { createPerson } from "./support.js";

const ids = (body: unknown) => ((body as { items?: { id?: unknown }[] } | undefined)?.items ?? []).map((item) => item.id);

/** A household member who is not the head finds the case; so does a search of the division's active cases of the programme. */
export const caseSearches: Check = {
  name: "case_searches",
  description: "GET /v1/assistance-cases?memberPersonId= finds a case by a household member who is not its head, and ?division=&programme=&caseStatus=active lists it",
  runs: 3,
  property: (context) =>
    fc.asyncProperty(personArbitrary, personArbitrary, dibaoDraftArbitrary, async (headDraft, memberDraft, draft) => {
      const head = await createPerson(context, headDraft);
      const member = await createPerson(context, memberDraft);
      const base = dibaoCaseOf({ ...draft, size: 2, covered: 2 }, head.id, context.main.agency, context.main.city, context.today);
      const household = {
        householdId: `H-${head.id}`,
        headPersonId: head.id,
        size: 2,
        members: [
          { personId: head.id, relationToHead: "02", covered: true },
          { personId: member.id, relationToHead: "10", covered: true },
        ],
      };
      const body = { ...base, household, id: context.nextId("A") };
      expectStatus(await post(context, "createAssistanceCase", "/v1/assistance-cases", body), [201], "creating a 低保 case of a household of two");
      const byMember = expectStatus(await get(context, "listAssistanceCases", `/v1/assistance-cases?memberPersonId=${enc(member.id)}`), [200], "listing the cases of a household member");
      if (!ids(byMember.response.body).includes(body.id)) fail(`the case ${body.id} is not found by its member ${member.id}, who is not the head`, byMember);
      // The case names no division of its own: it is its agency's.
      const division = context.main.agency.division;
      let cursor: string | undefined;
      let found = false;
      do {
        const page = expectStatus(
          await get(context, "listAssistanceCases", `/v1/assistance-cases?division=${division}&programme=dibao.urban&caseStatus=active&limit=100${cursor === undefined ? "" : `&cursor=${enc(cursor)}`}`),
          [200],
          "listing a division's active 低保 cases",
        );
        found ||= ids(page.response.body).includes(body.id);
        cursor = (page.response.body as { nextCursor?: string }).nextCursor;
        if (!found && cursor === undefined) fail(`the active case ${body.id} is not listed for division ${division} and programme dibao.urban`, page);
      } while (!found && cursor !== undefined);
    }),
};
