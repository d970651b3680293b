import type { CityCode } from "../agency.js";
import { type CheckContext, expectStatus, get, post, type TokenAgency } from "../check.js";
import type { Exchange } from "../exchange.js";
import { type EnrolmentDraft, enrolmentOf } from "../generators.js";

type Body = Record<string, unknown>;

/** Creates a person (201 expected) and returns it with its id. */
export async function createPerson(context: CheckContext, draft: Body, city: CityCode = context.main.city): Promise<Body & { id: string }> {
  const person = context.nextPerson(draft, city);
  expectStatus(await post(context, "createPerson", "/v1/persons", person), [201], "creating a valid person");
  return person;
}

export async function createEnrolment(context: CheckContext, draft: EnrolmentDraft, personId: string, by: TokenAgency = context.main): Promise<Body & { id: string }> {
  const enrolment = { ...enrolmentOf(draft, personId, by.agency, by.city), id: context.nextId("E", by.city) };
  expectStatus(await post(context, "createEnrolment", "/v1/enrolments", enrolment, { token: by.token }), [201], "creating a valid enrolment");
  return enrolment;
}

export function etagOf(exchange: Exchange): string {
  const etag = exchange.response.headers["etag"];
  if (etag === undefined) throw new Error(`${exchange.operationId} answered without an ETag`);
  return etag;
}

export async function readTransfer(context: CheckContext, id: string): Promise<{ body: Body; etag: string; exchange: Exchange }> {
  const exchange = expectStatus(await get(context, "getTransfer", `/v1/transfers/${encodeURIComponent(id)}`), [200], "reading a transfer");
  return { body: exchange.response.body as Body, etag: etagOf(exchange), exchange };
}

/** Strips what a server may normalise (the case of the identity number's X) before comparing. */
export function comparable(record: Body): string {
  const copy = { ...record };
  if (typeof copy["idNumber"] === "string") copy["idNumber"] = copy["idNumber"].toUpperCase();
  return canonical(copy);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Body)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}
