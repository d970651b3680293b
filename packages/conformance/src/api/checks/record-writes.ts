import fc from "fast-check";
import { creditCode } from "../../arbitraries/places.js";
import { type Check, type CheckContext, enc, expectStatus, fail, get, post } from "../check.js";
import { consecutiveEnrolments, dibaoCaseOf, dibaoDraftArbitrary, enrolmentDraftArbitrary, enrolmentOf, personArbitrary } from "../generators.js";
import { comparable, createPerson } from "./support.js";

type Body = Record<string, unknown>;

const kinds = {
  person: { create: "createPerson", get: "getPerson", path: "/v1/persons", letter: "P" },
  enrolment: { create: "createEnrolment", get: "getEnrolment", path: "/v1/enrolments", letter: "E" },
  assistance: { create: "createAssistanceCase", get: "getAssistanceCase", path: "/v1/assistance-cases", letter: "A" },
} as const;
type Kind = keyof typeof kinds;

const scenario = fc.record({
  kind: fc.constantFrom<Kind>("person", "enrolment", "assistance"),
  person: personArbitrary,
  enrolment: enrolmentDraftArbitrary,
  dibao: dibaoDraftArbitrary,
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** Builds the record of a scenario (creating the person it refers to first). */
async function recordOf(context: CheckContext, s: Scenario): Promise<{ kind: Kind; body: Body }> {
  const { main } = context;
  if (s.kind === "person") return { kind: "person", body: context.nextPerson(s.person) };
  const person = await createPerson(context, s.person);
  if (s.kind === "enrolment") return { kind: "enrolment", body: { ...enrolmentOf(s.enrolment, person.id, main.agency, main.city), id: context.nextId("E") } };
  return { kind: "assistance", body: { ...dibaoCaseOf(s.dibao, person.id, main.agency, main.city, context.today), id: context.nextId("A") } };
}

/** Valid records are accepted with 201, a Location and an ETag. */
export const positiveDataAcceptance: Check = {
  name: "positive_data_acceptance",
  description: "records valid under the standard are accepted (201 with Location and ETag)",
  property: (context) =>
    fc.asyncProperty(scenario, async (s) => {
      const { kind, body } = await recordOf(context, s);
      const created = expectStatus(await post(context, kinds[kind].create, kinds[kind].path, body), [201], `creating a valid ${kind}`);
      if (created.response.headers["etag"] === undefined) fail(`${kinds[kind].create} answered 201 without an ETag`, created);
      if (created.response.headers["location"] === undefined) fail(`${kinds[kind].create} answered 201 without a Location`, created);
    }),
};

/** What was created can be read back, unchanged. */
export const useAfterCreate: Check = {
  name: "use_after_create",
  description: "a created record is readable at its Location, with the body that was sent",
  property: (context) =>
    fc.asyncProperty(scenario, async (s) => {
      const { kind, body } = await recordOf(context, s);
      expectStatus(await post(context, kinds[kind].create, kinds[kind].path, body), [201], `creating a valid ${kind}`);
      const read = expectStatus(await get(context, kinds[kind].get, `${kinds[kind].path}/${enc(String(body["id"]))}`), [200], `reading the ${kind} just created`);
      if (comparable(read.response.body as Body) !== comparable(body)) fail(`${kinds[kind].get} returned a body different from the one created`, read);
    }),
};

type Mutation = { label: string; apply(record: Body): Body };

const mutations: Mutation[] = [
  { label: "without name", apply: ({ name: _name, ...rest }) => rest },
  { label: "without meta", apply: ({ meta: _meta, ...rest }) => rest },
  { label: "with sex as a number", apply: (record) => ({ ...record, sex: 1 }) },
  { label: "with an unknown property", apply: (record) => ({ ...record, favouriteColour: "red" }) },
  { label: "with an unknown sex code", apply: (record) => ({ ...record, sex: "7" }) },
  { label: "with a birth date that does not exist", apply: (record) => ({ ...record, birthDate: "1990-02-30" }) },
  {
    label: "with a wrong identity-number check character",
    apply: (record) => {
      const idNumber = String(record["idNumber"]).toUpperCase();
      const wrong = idNumber.endsWith("0") ? "1" : "0";
      return { ...record, idNumber: idNumber.slice(0, 17) + wrong };
    },
  },
  { label: "as a JSON array", apply: (record) => [record] as unknown as Body },
  { label: "with recordType enrolment", apply: (record) => ({ ...record, recordType: "enrolment" }) },
];

/** Invalid records are refused with a documented 4xx and not stored. */
export const negativeDataRejection: Check = {
  name: "negative_data_rejection",
  description: "records that break the standard are refused (400 or 422 with rule ids) and not stored",
  property: (context) =>
    fc.asyncProperty(personArbitrary, fc.constantFrom(...mutations), async (draft, mutation) => {
      const person = context.nextPerson(draft);
      const id = person.id;
      const invalid = mutation.apply(person);
      const refused = expectStatus(await post(context, "createPerson", "/v1/persons", invalid), [400, 422], `creating a person ${mutation.label}`);
      const problem = refused.response.body as { errors?: { ruleId?: unknown; pointer?: unknown }[] } | undefined;
      if (refused.response.status === 422 && !(problem?.errors ?? []).some((error) => typeof error.ruleId === "string" && typeof error.pointer === "string")) {
        fail(`a 422 for a person ${mutation.label} carries no rule id and pointer`, refused);
      }
      expectStatus(await get(context, "getPerson", `/v1/persons/${enc(id)}`), [404], `reading a person refused ${mutation.label}`);
    }),
};

/** An agency writes only its own city's and department's records. */
export const ownershipEnforced: Check = {
  name: "ownership_enforced",
  description: "writing another city's or department's record is refused with 403 and nothing is stored",
  property: (context) =>
    fc.asyncProperty(personArbitrary, enrolmentDraftArbitrary, fc.constantFrom("city", "department"), async (draft, enrolmentDraft, foreign) => {
      const person = await createPerson(context, draft);
      const { main } = context;
      const otherCity = (["430100", "430200", "430300"] as const).find((city) => city !== main.city)!;
      const agency = foreign === "city" ? { ...main.agency, division: otherCity } : { ...main.agency, department: main.agency.department === "civilAffairs" ? "hrss" : "civilAffairs" };
      const city = foreign === "city" ? otherCity : main.city;
      const enrolment = { ...enrolmentOf(enrolmentDraft, person.id, agency, city), id: context.nextId("E", city) };
      expectStatus(await post(context, "createEnrolment", "/v1/enrolments", enrolment), [403], `creating an enrolment of another ${foreign}`);
      expectStatus(await get(context, "getEnrolment", `/v1/enrolments/${enc(enrolment.id)}`), [404], `reading an enrolment refused for another ${foreign}`);
    }),
};

/** Cursor pagination visits every item once. */
export const cursorPagination: Check = {
  name: "cursor_pagination",
  description: "following nextCursor visits every matching item exactly once",
  runs: 5,
  property: (context) =>
    fc.asyncProperty(personArbitrary, fc.array(enrolmentDraftArbitrary, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 3 }), async (draft, drafts, limit) => {
      const person = await createPerson(context, draft);
      const created: string[] = [];
      for (const enrolmentDraft of consecutiveEnrolments(drafts)) {
        const enrolment = { ...enrolmentOf(enrolmentDraft, person.id, context.main.agency, context.main.city), id: context.nextId("E") };
        expectStatus(await post(context, "createEnrolment", "/v1/enrolments", enrolment), [201], "creating an enrolment");
        created.push(enrolment.id);
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page <= drafts.length; page++) {
        const query = `personId=${enc(person.id)}&limit=${limit}${cursor === undefined ? "" : `&cursor=${enc(cursor)}`}`;
        const listed = expectStatus(await get(context, "listEnrolments", `/v1/enrolments?${query}`), [200], "listing enrolments");
        const body = listed.response.body as { items: Body[]; nextCursor?: string };
        if (body.items.length > limit) fail(`a page of limit ${limit} has ${body.items.length} items`, listed);
        seen.push(...body.items.map((item) => String(item["id"])));
        cursor = body.nextCursor;
        if (cursor === undefined) break;
      }
      if ([...seen].sort().join() !== [...created].sort().join()) fail(`pages listed ${seen.join(", ")}; created ${created.join(", ")}`);
    }),
};

const cities = ["430100", "430200", "430300"] as const;

/** Ids of the token's own city, records under the token's own agency (issue 11, item 17). */
export const ownIdsAndAgency: Check = {
  name: "own_ids_and_agency",
  description: "a record under another city's id, or naming another agency (credit code or name) as its own, is refused with 403 and not stored",
  property: (context) =>
    fc.asyncProperty(personArbitrary, enrolmentDraftArbitrary, fc.constantFrom("id", "creditCode", "name"), async (draft, enrolmentDraft, forged) => {
      const { main } = context;
      if (forged === "id") {
        const otherCity = cities.find((city) => city !== main.city)!;
        const squatter = { ...context.nextPerson(draft), id: context.nextId("P", otherCity) };
        expectStatus(await post(context, "createPerson", "/v1/persons", squatter), [403], "creating a person under another city's id");
        expectStatus(await get(context, "getPerson", `/v1/persons/${enc(squatter.id)}`), [404], "reading a person refused for its id");
        return;
      }
      const person = await createPerson(context, draft);
      const otherCode = [creditCode("11", main.city, "MB999999"), creditCode("11", main.city, "MB999998")].find((code) => code !== main.agency.creditCode)!;
      // A token without an agency name cannot be impersonated by name: its credit code is forged instead.
      const agency = forged === "name" && main.agency.name !== undefined ? { ...main.agency, name: `${main.agency.name}驻外办事处` } : { ...main.agency, creditCode: otherCode };
      const enrolment = { ...enrolmentOf(enrolmentDraft, person.id, agency, main.city), id: context.nextId("E") };
      expectStatus(await post(context, "createEnrolment", "/v1/enrolments", enrolment), [403], `creating an enrolment under another agency's ${forged}`);
      expectStatus(await get(context, "getEnrolment", `/v1/enrolments/${enc(enrolment.id)}`), [404], `reading an enrolment refused for its agency's ${forged}`);
    }),
};
