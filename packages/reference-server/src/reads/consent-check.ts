import type { Principal } from "../auth/agency.js";
import type { RecordType } from "../store/record-store.js";
import { consentHeader, readRefused } from "./read-purpose.js";

type Body = Record<string, unknown>;

/** The fields of a stored consent record the check reads. */
export interface ConsentTerms {
  id: string;
  personId: string;
  grantedTo: { creditCode?: unknown }[];
  scope: string[];
  purposes: string[];
  validFrom: string;
  validUntil?: string;
  revoked: boolean;
  revokedAt?: string;
}

export function consentTermsOf(id: string, body: Body): ConsentTerms {
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
  const grantedTo = Array.isArray(body["grantedTo"]) ? (body["grantedTo"] as { creditCode?: unknown }[]) : [];
  return {
    id,
    personId: String(body["personId"]),
    grantedTo,
    scope: strings(body["scope"]),
    purposes: strings(body["purposes"]),
    validFrom: String(body["validFrom"]),
    ...(typeof body["validUntil"] === "string" ? { validUntil: body["validUntil"] } : {}),
    revoked: body["revoked"] === true,
    ...(typeof body["revokedAt"] === "string" ? { revokedAt: body["revokedAt"] } : {}),
  };
}

/** The calendar day in China (UTC+8) at `now`: consents are dated in local days. */
export function chinaDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Whether a consent, on its own, may be used now by the principal for the purpose: granted to the
 * reading agency, covering the purpose, valid today and not revoked. A 403 naming what is wrong.
 */
export function checkConsentUsable(consent: ConsentTerms, principal: Principal, purpose: string, now: Date): void {
  const refuse = (ruleId: string, detail: string) => readRefused("consent-required", ruleId, consentHeader, `consent ${consent.id}: ${detail}`);
  if (consent.revoked && (consent.revokedAt === undefined || Date.parse(consent.revokedAt) <= now.getTime())) {
    throw refuse("api.consent-revoked", `revoked by the person${consent.revokedAt === undefined ? "" : ` at ${consent.revokedAt}`}`);
  }
  const today = chinaDay(now);
  if (today < consent.validFrom) throw refuse("api.consent-not-yet-valid", `valid from ${consent.validFrom}, not yet today (${today})`);
  if (consent.validUntil !== undefined && today > consent.validUntil) throw refuse("api.consent-expired", `expired on ${consent.validUntil}`);
  if (!consent.grantedTo.some((agency) => agency.creditCode === principal.agency.creditCode)) {
    throw refuse("api.consent-other-agency", `granted to other agencies, not to ${principal.agency.creditCode}`);
  }
  if (!consent.purposes.includes(purpose)) throw refuse("api.consent-other-purpose", `covers ${consent.purposes.join(", ")}, not ${purpose}`);
}

/** Whether the consent covers one record: the person's own, of a record type in its scope. */
export function checkConsentCovers(consent: ConsentTerms, record: { id: string; recordType: RecordType; personId: string | null }): void {
  const refuse = (ruleId: string, detail: string) => readRefused("consent-required", ruleId, consentHeader, `consent ${consent.id}: ${detail}`);
  const personId = record.recordType === "person" ? record.id : record.personId;
  if (personId !== consent.personId) throw refuse("api.consent-other-person", `given by ${consent.personId}, but ${record.id} is about another person`);
  if (!consent.scope.includes(record.recordType)) throw refuse("api.consent-out-of-scope", `covers ${consent.scope.join(", ")}, not ${record.recordType} records`);
}
