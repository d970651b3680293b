import fc from "fast-check";
import { bearer, type Check, type CheckContext, enc, expectStatus, fail, post } from "../check.js";
import type { Exchange } from "../exchange.js";
import { personArbitrary } from "../generators.js";
import { createPerson } from "./support.js";

type Body = Record<string, unknown>;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** GET with exactly the purpose and consent given (none when undefined). */
export function readWith(context: CheckContext, operationId: string, path: string, purpose: string | null, consentId?: string): Promise<Exchange> {
  return context.http.send({ operationId, method: "GET", path, purpose, headers: { ...bearer(context.main.token), ...(consentId === undefined ? {} : { "czt-consent": consentId }) } });
}

/** The 403 names what is missing: its type (…/purpose-required, …/consent-required) and the header its first error points at. */
function expectRefusal(exchange: Exchange, type: "purpose-required" | "consent-required", header: "CZT-Purpose" | "CZT-Consent", what: string): void {
  expectStatus(exchange, [403], what);
  const problem = exchange.response.body as { type?: unknown; errors?: { pointer?: unknown }[] } | undefined;
  if (typeof problem?.type !== "string" || !problem.type.endsWith(`/${type}`)) fail(`${what}: the 403's type is ${String(problem?.type)}, not …/${type}`, exchange);
  if (problem.errors?.[0]?.pointer !== `/headers/${header}`) fail(`${what}: the 403 does not point at ${header} (errors[0].pointer is ${String(problem.errors?.[0]?.pointer)})`, exchange);
}

/** A consent of `personId` to the runner's own agency, for 低保 review of person records, valid around today. */
export function consentOf(context: CheckContext, personId: string, revokedAt?: string): Body & { id: string } {
  return {
    recordType: "consent",
    id: context.nextId("C"),
    meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
    personId,
    city: context.main.city,
    agency: context.main.agency,
    grantedTo: [context.main.agency],
    scope: ["person"],
    purposes: ["dibaoReview"],
    validFrom: addDays(context.today, -30),
    validUntil: addDays(context.today, 30),
    revoked: revokedAt !== undefined,
    ...(revokedAt === undefined ? {} : { revokedAt }),
    document: { title: "家庭经济状况核对授权书", number: `CF-${personId}`, signedOn: addDays(context.today, -30) },
  };
}

/** Reads of personal data without CZT-Purpose, or with a code outside readPurpose, are refused. */
export const purposeEnforced: Check = {
  name: "purpose_enforced",
  description: "a read of personal data (a person, a list, the POST search, the change feed, a record's versions) without CZT-Purpose, or with a code outside readPurpose, is refused with 403 purpose-required pointing at CZT-Purpose",
  runs: 4,
  property: (context) =>
    fc.asyncProperty(personArbitrary, fc.constantFrom(null, "curiosity", "marketing"), async (draft, purpose) => {
      const person = await createPerson(context, draft);
      expectRefusal(await readWith(context, "getPerson", `/v1/persons/${enc(person.id)}`, purpose), "purpose-required", "CZT-Purpose", `reading a person with purpose ${String(purpose)}`);
      expectRefusal(await readWith(context, "listEnrolments", `/v1/enrolments?personId=${enc(person.id)}`, purpose), "purpose-required", "CZT-Purpose", `listing enrolments with purpose ${String(purpose)}`);
      const search = await context.http.send({
        operationId: "searchPersonsByBody",
        method: "POST",
        path: "/v1/person-searches",
        purpose,
        headers: { ...bearer(context.main.token), "idempotency-key": `purpose-${person.id}` },
        body: { idNumber: String(person["idNumber"]) },
      });
      expectRefusal(search, "purpose-required", "CZT-Purpose", `searching persons with purpose ${String(purpose)}`);
      // The change feed and the versions of a record carry records' bodies too (issue 17).
      expectRefusal(await readWith(context, "listEvents", "/v1/events?recordTypes=person&limit=1", purpose), "purpose-required", "CZT-Purpose", `reading the change feed with purpose ${String(purpose)}`);
      expectRefusal(await readWith(context, "listPersonVersions", `/v1/persons/${enc(person.id)}/versions`, purpose), "purpose-required", "CZT-Purpose", `listing a person's versions with purpose ${String(purpose)}`);
      expectStatus(await readWith(context, "getPerson", `/v1/persons/${enc(person.id)}`, "benefitVerification"), [200], "reading the person with a purpose that needs no consent");
    }),
};

/** A purpose that needs consent is served under a valid consent only: none, or a revoked one, is refused. */
export const consentEnforced: Check = {
  name: "consent_enforced",
  description: "a read whose purpose needs consent (dibaoReview) is refused with 403 consent-required without CZT-Consent or under a revoked consent, and served under a valid one",
  runs: 3,
  property: (context) =>
    fc.asyncProperty(personArbitrary, fc.integer({ min: 1, max: 20 }), async (draft, daysAgo) => {
      const person = await createPerson(context, draft);
      const valid = consentOf(context, person.id);
      const revoked = consentOf(context, person.id, `${addDays(context.today, -daysAgo)}T09:00:00+08:00`);
      for (const consent of [valid, revoked]) expectStatus(await post(context, "createConsent", "/v1/consents", consent), [201], "recording a consent");
      const path = `/v1/persons/${enc(person.id)}`;
      expectRefusal(await readWith(context, "getPerson", path, "dibaoReview"), "consent-required", "CZT-Consent", "a 低保 review without CZT-Consent");
      expectRefusal(await readWith(context, "getPerson", path, "dibaoReview", revoked.id), "consent-required", "CZT-Consent", `a 低保 review under a consent revoked ${daysAgo} days ago`);
      expectStatus(await readWith(context, "getPerson", path, "dibaoReview", valid.id), [200], "a 低保 review under a valid consent");
    }),
};
