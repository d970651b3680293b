// Generated from schemas/ by `npm run generate -w @czt/schemas`. Do not edit: edit the sources and regenerate.

import type { RecordType } from "../sensitivity.js";
import type { CodeListId } from "./codelists.js";

/**
 * JSON-pointer templates (`*` for array items) of the fields holding a code, with the
 * list the code comes from (`x-czt-codelist`), per record type. Lets a validator report
 * an unknown code of an open list as a warning and flag deprecated or retired codes.
 */
export const codeListPointers: Readonly<Record<RecordType, Readonly<Record<string, CodeListId>>>> = {
  "person": {
    "/meta/sourceAgency/department": "department",
    "/documents/*/type": "documentType",
    "/sex": "sex",
    "/ethnicity": "ethnicity",
    "/hukou/residenceType": "residenceType",
    "/hukou/historicalCategory": "hukouCategory",
    "/household/relationToHead": "relationToHead",
    "/vitalStatus/status": "vitalStatus",
    "/vitalStatus/source": "vitalStatusSource"
  },
  "enrolment": {
    "/meta/sourceAgency/department": "department",
    "/scheme": "insuranceScheme",
    "/agency/department": "department",
    "/contributionStatus": "contributionStatus",
    "/employmentStatus": "employmentStatus",
    "/contributions/*/kind": "contributionKind",
    "/contributions/*/paidBy/*/payer": "contributionPayer",
    "/participationType": "participationType",
    "/endReason": "enrolmentEndReason"
  },
  "transfer": {
    "/meta/sourceAgency/department": "department",
    "/kind": "transferKind",
    "/from/agency/department": "department",
    "/to/agency/department": "department",
    "/status": "transferStatus",
    "/steps/*/status": "transferStatus",
    "/steps/*/reasonCode": "transferReason",
    "/steps/*/documents/*/kind": "transferDocumentKind",
    "/contributions/*/kind": "contributionKind",
    "/contributions/*/paidBy/*/payer": "contributionPayer"
  },
  "assistance": {
    "/meta/sourceAgency/department": "department",
    "/programme": "assistanceProgramme",
    "/household/members/*/relationToHead": "relationToHead",
    "/household/members/*/labourCapacity": "labourCapacity",
    "/household/members/*/disability/category": "disabilityCategory",
    "/household/members/*/disability/grade": "disabilityGrade",
    "/household/members/*/healthCondition": "healthCondition",
    "/agency/department": "department",
    "/caseStatus": "caseStatus",
    "/payments/*/status": "paymentStatus",
    "/payments/*/accountKind": "accountKind",
    "/payments/*/funding/*/source": "fundingSource",
    "/charity/fundingSource": "charityFundingSource",
    "/charity/purpose": "charityPurpose",
    "/specialCare/category": "specialCareCategory",
    "/specialCare/disability/grade": "specialCareDisabilityGrade",
    "/specialCare/disability/nature": "specialCareDisabilityNature",
    "/benefitFrequency": "benefitFrequency",
    "/benefitKind": "benefitKind",
    "/dibaoCategory": "dibaoCategory",
    "/reviews/*/outcome": "reviewOutcome",
    "/legalSupporters/*/obligation": "legalSupportObligation"
  },
  "benefit": {
    "/meta/sourceAgency/department": "department",
    "/agency/department": "department",
    "/benefitType": "benefitType",
    "/status": "benefitStatus",
    "/endReason": "benefitEndReason",
    "/frequency": "benefitFrequency",
    "/payments/*/status": "paymentStatus",
    "/payments/*/accountKind": "accountKind",
    "/payments/*/funding/*/source": "fundingSource"
  },
  "medicalRegistration": {
    "/meta/sourceAgency/department": "department",
    "/agency/department": "department",
    "/registrationType": "medicalRegistrationType"
  },
  "medicalSettlement": {
    "/meta/sourceAgency/department": "department",
    "/agency/department": "department"
  },
  "organisation": {
    "/meta/sourceAgency/department": "department",
    "/kind": "organisationKind",
    "/ownership": "institutionOwnership"
  },
  "donation": {
    "/meta/sourceAgency/department": "department",
    "/donorType": "donorType"
  },
  "consent": {
    "/meta/sourceAgency/department": "department",
    "/agency/department": "department",
    "/grantedTo/*/department": "department"
  }
};
