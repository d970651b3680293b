import { agency, asOf, changsha, meta } from "./base-records.js";
import { at, type Group, invalid, type JsonObject, merge, valid, without } from "./builders.js";

/** A 低保 applicant's consent (核对授权书) to the civil affairs bureau, a record type of 1.1. */
export const consent: JsonObject = {
  recordType: "consent",
  id: "430100-C-000001",
  meta,
  personId: "430100-P-000001",
  city: changsha,
  agency: agency(changsha, "civilAffairs"),
  grantedTo: [agency(changsha, "civilAffairs")],
  scope: ["person", "assistance"],
  purposes: ["dibaoReview"],
  validFrom: "2025-03-01",
  validUntil: "2026-02-28",
  revoked: false,
  document: { title: "家庭经济状况核对授权书", number: "CS-HD-2025-000123", signedOn: "2025-03-01" },
};

export const consentGroups: Group[] = [
  {
    description: "consent records of 1.1: validUntil not before validFrom, revokedAt exactly when revoked",
    rules: ["consent.valid-until", "consent.revoked-at"],
    asOf,
    tests: [
      valid("consents/valid", "a 低保 applicant's authorisation for a year", { data: consent }),
      valid("consents/one-day", "a consent valid for one day (validUntil = validFrom)", { data: merge(consent, { validUntil: "2025-03-01" }) }),
      valid("consents/until-revoked", "a consent without an end, valid until revoked", { data: without(consent, "validUntil") }),
      valid("consents/revoked", "a revoked consent with its revocation time", { data: merge(consent, { revoked: true, revokedAt: "2025-05-10T09:30:00+08:00" }) }),
      invalid("consents/ends-before-start", "validUntil the day before validFrom", { data: merge(consent, { validUntil: "2025-02-28" }) }, [at("consent.valid-until", "/validUntil")]),
      invalid("consents/revoked-without-time", "revoked without revokedAt", { data: merge(consent, { revoked: true }) }, [at("consent.revoked-at", "/revoked")]),
      invalid("consents/time-without-revocation", "revokedAt on a consent that is not revoked", { data: merge(consent, { revokedAt: "2025-05-10T09:30:00+08:00" }) }, [
        at("consent.revoked-at", "/revokedAt"),
      ]),
    ],
  },
];
