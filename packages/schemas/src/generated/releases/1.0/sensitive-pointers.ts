// Generated from schemas/ by `npm run generate -w @czt/schemas`. Do not edit: edit the sources and regenerate.

import type { RecordType, Sensitivity } from "../../../sensitivity.js";

/** JSON-pointer templates (`*` for array items) of the fields annotated with `x-czt-sensitivity`, per record type. */
export const sensitivePointers: Readonly<Record<RecordType, Readonly<Record<string, Sensitivity>>>> = {
  "person": {
    "/idNumber": "identifier",
    "/documents/*/number": "identifier",
    "/name": "personal",
    "/birthDate": "personal",
    "/ethnicity": "personal",
    "/contact/mobile": "personal",
    "/contact/phone": "personal",
    "/contact/address": "personal",
    "/deathDate": "personal"
  },
  "enrolment": {
    "/monthlyContributionBase": "special",
    "/contributions/*/monthlyBase": "special"
  },
  "transfer": {
    "/individualAccountBalance": "special",
    "/contributions/*/monthlyBase": "special"
  },
  "assistance": {
    "/perCapitaIncome": "special",
    "/benefitAmount": "special",
    "/classifiedSupplement": "special",
    "/specialCare/category": "special"
  },
  "benefit": {},
  "medicalRegistration": {},
  "medicalSettlement": {},
  "organisation": {},
  "donation": {},
  "consent": {}
};
