// Generated from schemas/ by `npm run generate -w @czt/schemas`. Do not edit: edit the sources and regenerate.

import type { RecordType } from "../../../sensitivity.js";
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
    "/household/relationToHead": "relationToHead"
  },
  "enrolment": {
    "/meta/sourceAgency/department": "department",
    "/scheme": "insuranceScheme",
    "/agency/department": "department",
    "/contributionStatus": "contributionStatus",
    "/employmentStatus": "employmentStatus"
  },
  "transfer": {
    "/meta/sourceAgency/department": "department",
    "/kind": "transferKind",
    "/from/agency/department": "department",
    "/to/agency/department": "department",
    "/status": "transferStatus",
    "/steps/*/status": "transferStatus",
    "/steps/*/reasonCode": "transferReason"
  },
  "assistance": {
    "/meta/sourceAgency/department": "department",
    "/programme": "assistanceProgramme",
    "/household/members/*/relationToHead": "relationToHead",
    "/agency/department": "department",
    "/caseStatus": "caseStatus",
    "/charity/fundingSource": "charityFundingSource",
    "/specialCare/category": "specialCareCategory"
  },
  "benefit": {},
  "medicalRegistration": {},
  "medicalSettlement": {},
  "organisation": {},
  "donation": {},
  "consent": {}
};
