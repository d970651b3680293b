// Generated from schemas/ by `npm run generate -w @czt/schemas`. Do not edit: edit the sources and regenerate.

import type { RecordType, Sensitivity } from "../sensitivity.js";

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
    "/deathDate": "personal",
    "/vitalStatus/status": "personal",
    "/vitalStatus/date": "personal"
  },
  "enrolment": {
    "/monthlyContributionBase": "special",
    "/contributions/*/monthlyBase": "special",
    "/contributions/*/paidBy/*/name": "personal",
    "/contributions/*/paidBy/*/amount": "special"
  },
  "transfer": {
    "/from/external/localId": "identifier",
    "/to/external/localId": "identifier",
    "/individualAccountBalance": "special",
    "/contributions/*/monthlyBase": "special",
    "/contributions/*/paidBy/*/name": "personal",
    "/contributions/*/paidBy/*/amount": "special"
  },
  "assistance": {
    "/household/members/*/labourCapacity": "special",
    "/household/members/*/disability": "special",
    "/household/members/*/disability/category": "special",
    "/household/members/*/disability/grade": "special",
    "/household/members/*/disability/certificateNumber": "special",
    "/household/members/*/healthCondition": "special",
    "/perCapitaIncome": "special",
    "/benefitAmount": "special",
    "/classifiedSupplement": "special",
    "/payments/*/payee/name": "personal",
    "/payments/*/payee/idNumber": "identifier",
    "/specialCare/category": "special",
    "/specialCare/categories": "special",
    "/specialCare/disability": "special",
    "/specialCare/disability/grade": "special",
    "/specialCare/disability/nature": "special",
    "/specialCare/disability/certificateNumber": "special",
    "/dibaoCategory": "special",
    "/benefitTier": "special",
    "/povertyCauses": "special",
    "/classifiedSupplementReasons": "special",
    "/reviews/*/benefitBefore": "special",
    "/reviews/*/benefitAfter": "special",
    "/legalSupporters/*/name": "personal",
    "/legalSupporters/*/idNumber": "personal"
  },
  "benefit": {
    "/benefitType": "special",
    "/endReason": "personal",
    "/monthlyAmount": "personal",
    "/oneOffAmount": "personal",
    "/payments/*/payee/name": "personal",
    "/payments/*/payee/idNumber": "identifier"
  },
  "medicalRegistration": {
    "/registrationType": "special",
    "/treatmentDivision": "special"
  },
  "medicalSettlement": {
    "/treatmentDivision": "special",
    "/settlementDate": "special",
    "/totalCost": "special",
    "/policyRangeCost": "special",
    "/pooledFundPayment": "special",
    "/criticalIllnessPayment": "special",
    "/otherFundPayment": "special",
    "/outOfPocket": "special",
    "/medicalAidPayment": "special",
    "/individualAccountPayment": "special"
  },
  "organisation": {},
  "donation": {
    "/donorName": "personal"
  },
  "consent": {}
};
