import { normaliseIdNumber } from "@czt/domain";
import { codeEntry } from "@czt/schemas";
import { owningEnd, sideOwner } from "../workflow/transfer-sides.js";
import type { IndexColumns, RecordType } from "./record-store.js";

type Body = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
const object = (value: unknown): Body => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Body) : {});

/** The insurance family of a scheme: column `family` of code list `insuranceScheme`. */
export function familyOfScheme(scheme: string): string | null {
  const family = codeEntry("insuranceScheme", scheme)?.["family"];
  return typeof family === "string" ? family : null;
}

const empty: IndexColumns = {
  city: null,
  department: null,
  personId: null,
  idNumber: null,
  scheme: null,
  family: null,
  status: null,
  programme: null,
  periodStart: null,
  periodEnd: null,
};

/**
 * The columns a record is listed and checked by. The owning city and department
 * are those of the agency responsible: the enrolment's, the receiving side of a
 * transfer (the sending side of one out of the three cities, `to.external`), the
 * assistance case's; a person is owned by whoever created it.
 * `programme` holds the type code of assistance cases, benefits (benefitType) and
 * 异地就医 registrations (registrationType).
 */
export function indexColumns(recordType: RecordType, body: Body, creator: { city: string; department: string }): IndexColumns {
  switch (recordType) {
    case "person": {
      const idNumber = text(body["idNumber"]);
      return { ...empty, city: creator.city, department: creator.department, idNumber: idNumber === null ? null : normaliseIdNumber(idNumber) };
    }
    case "enrolment": {
      const scheme = text(body["scheme"]);
      const period = object(body["period"]);
      return {
        ...empty,
        city: text(body["city"]),
        department: text(object(body["agency"])["department"]),
        personId: text(body["personId"]),
        scheme,
        family: scheme === null ? null : familyOfScheme(scheme),
        status: text(body["contributionStatus"]),
        periodStart: text(period["start"]),
        periodEnd: text(period["end"]),
      };
    }
    case "transfer": {
      const owner = sideOwner(body, owningEnd(body));
      return { ...empty, city: owner.city ?? null, department: owner.department ?? null, personId: text(body["personId"]), status: text(body["status"]) };
    }
    case "organisation":
      // Listed by kind (in the programme column) and city; owned like a person, by its writer.
      return { ...empty, city: text(body["city"]), department: creator.department, programme: text(body["kind"]) };
    case "donation":
      // The receiving organisation is the record a donation refers to: the person_id column holds it.
      return { ...empty, city: text(body["city"]), department: creator.department, personId: text(body["organisationId"]), programme: text(body["donorType"]) };
    case "assistance":
      return {
        ...empty,
        city: text(body["city"]),
        department: text(object(body["agency"])["department"]),
        personId: text(body["personId"]) ?? text(object(body["household"])["headPersonId"]),
        status: text(body["caseStatus"]),
        programme: text(body["programme"]),
      };
    case "benefit": {
      const period = object(body["period"]);
      return {
        ...empty,
        city: text(body["city"]),
        department: text(object(body["agency"])["department"]),
        personId: text(body["personId"]),
        status: text(body["status"]),
        programme: text(body["benefitType"]),
        periodStart: text(period["start"]),
        periodEnd: text(period["end"]),
      };
    }
    case "medicalRegistration": {
      const period = object(body["period"]);
      return {
        ...empty,
        city: text(body["city"]),
        department: text(object(body["agency"])["department"]),
        personId: text(body["personId"]),
        programme: text(body["registrationType"]),
        periodStart: text(period["start"]),
        periodEnd: text(period["end"]),
      };
    }
    case "medicalSettlement":
      return {
        ...empty,
        city: text(body["city"]),
        department: text(object(body["agency"])["department"]),
        personId: text(body["personId"]),
        periodStart: text(body["settlementDate"]),
        periodEnd: text(body["settlementDate"]),
      };
    case "consent":
      // Owned by the agency that holds the signed document; found by the person who consents.
      return {
        ...empty,
        city: text(body["city"]),
        department: text(object(body["agency"])["department"]),
        personId: text(body["personId"]),
        periodStart: text(body["validFrom"]),
        periodEnd: text(body["validUntil"]),
      };
  }
}
