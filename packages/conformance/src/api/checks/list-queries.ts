import fc from "fast-check";
import { type Check, enc, expectStatus, get } from "../check.js";
import { dateArbitrary, personArbitrary } from "../generators.js";

type Query = Record<string, string | number>;

const recordId = fc.constantFrom("430100-P-000123", "430200-E-1", "430300-x.y:z");
/** Page sizes, with the boundaries of the schema (1 and 100) weighted in, where off-by-one faults live. */
const limit = fc.oneof(fc.constantFrom(1, 100), fc.integer({ min: 1, max: 100 }));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Valid query strings of each list operation, from the parameter schemas of the contract. */
const validQueries: fc.Arbitrary<{ operationId: string; path: string; query: Query }> = fc.oneof(
  fc.record({ idNumber: personArbitrary.map((person) => String(person["idNumber"])), limit: optional(limit) }).map((query) => ({ operationId: "searchPersons", path: "/v1/persons", query: strip(query) })),
  fc
    .record({ personId: optional(recordId), scheme: optional(fc.constantFrom("medical.resident", "pension.employee", "unemployment")), activeOn: optional(dateArbitrary(1990, 2030)), limit: optional(limit) })
    .map((query) => ({ operationId: "listEnrolments", path: "/v1/enrolments", query: strip(query) })),
  fc
    .record({ personId: optional(recordId), status: optional(fc.constantFrom("requested", "letterIssued", "fundsTransferred", "completed", "rejected", "cancelled")), limit: optional(limit) })
    .map((query) => ({ operationId: "listTransfers", path: "/v1/transfers", query: strip(query) })),
  fc
    .record({ personId: optional(recordId), programme: optional(fc.constantFrom("dibao.urban", "tekun.dispersed")), caseStatus: optional(fc.constantFrom("active", "terminated")), limit: optional(limit) })
    .map((query) => ({ operationId: "listAssistanceCases", path: "/v1/assistance-cases", query: strip(query) })),
);

/** Query strings that break the parameter schemas. */
const invalidQueries: fc.Arbitrary<{ operationId: string; path: string; query: Query }> = fc.oneof(
  fc.constantFrom<Query>({ limit: 0 }, { limit: 101 }, { limit: "ten" }, { limit: -1 }, { activeOn: "2024-02-30" }, { activeOn: "yesterday" }, { personId: "-bad id" }, { cursor: "not a cursor!" }, { status: "done" }).map((query) => ({
    operationId: query["status"] !== undefined ? "listTransfers" : "listEnrolments",
    path: query["status"] !== undefined ? "/v1/transfers" : "/v1/enrolments",
    query,
  })),
  fc.constantFrom<Query>({ idNumber: "12345" }, { idNumber: "43010219900307123Y" }, { limit: 5 }).map((query) => ({ operationId: "searchPersons", path: "/v1/persons", query })),
);

function strip(query: Record<string, string | number | undefined>): Query {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as Query;
}

function render(query: Query): string {
  return Object.entries(query)
    .map(([name, value]) => `${name}=${enc(String(value))}`)
    .join("&");
}

/** Every list operation answers 200 to any query its parameters allow. */
export const validQueriesAccepted: Check = {
  name: "valid_queries_accepted",
  description: "list and search operations answer 200 to every query string their parameter schemas allow",
  runs: 30,
  property: (context) =>
    fc.asyncProperty(validQueries, async ({ operationId, path, query }) => {
      expectStatus(await get(context, operationId, `${path}?${render(query)}`), [200], `${operationId} with a valid query`);
    }),
};

/** A query that breaks a parameter schema is a 400, never a 500 nor silently accepted. */
export const invalidQueriesRejected: Check = {
  name: "invalid_queries_rejected",
  description: "query strings that break the parameter schemas are refused with 400",
  runs: 20,
  property: (context) =>
    fc.asyncProperty(invalidQueries, async ({ operationId, path, query }) => {
      expectStatus(await get(context, operationId, `${path}?${render(query)}`), [400], `${operationId} with ${render(query)}`);
    }),
};
