import { type Agency, cityOfAgency, type Principal, type Scope } from "../auth/agency.js";
import type { RecordType } from "../store/record-store.js";
import { owningEnd, sideOwner } from "../workflow/transfer-sides.js";

type Body = Record<string, unknown>;

const object = (value: unknown): Body => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Body) : {});
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** How the API exposes one record type: where it lives, who owns it, what it refers to. */
export interface RecordKind {
  recordType: RecordType;
  /** Collection path, e.g. `/v1/persons`. */
  path: string;
  /** Path parameter of one item, e.g. `personId`. */
  idParam: string;
  createOperationId: string;
  getOperationId: string;
  readScope: Scope;
  /** The city and department that may write the record. */
  owner(body: Body, principal: Principal): { city: string | undefined; department: string | undefined };
  /** The agencies the record names as its own (the writer's), with their pointers: each must be the token's agency. */
  ownAgencies(body: Body): { pointer: string; agency: unknown }[];
  /** Record ids the record refers to, with their pointers; each must be stored. */
  references(body: Body): { pointer: string; id: string }[];
}

const sourceAgency = (body: Body) => ({ pointer: "/meta/sourceAgency", agency: object(body["meta"])["sourceAgency"] });

const reference = (pointer: string, value: unknown) => (typeof value === "string" ? [{ pointer, id: value }] : []);

export const personKind: RecordKind = {
  recordType: "person",
  path: "/v1/persons",
  idParam: "personId",
  createOperationId: "createPerson",
  getOperationId: "getPerson",
  readScope: "read:personal",
  owner(body, principal) {
    const source = object(object(body["meta"])["sourceAgency"]);
    if (Object.keys(source).length === 0) return { city: principal.city, department: principal.agency.department };
    return { city: cityOfAgency(source as unknown as Agency), department: text(source["department"]) };
  },
  ownAgencies: (body) => [sourceAgency(body)],
  references: () => [],
};

export const enrolmentKind: RecordKind = {
  recordType: "enrolment",
  path: "/v1/enrolments",
  idParam: "enrolmentId",
  createOperationId: "createEnrolment",
  getOperationId: "getEnrolment",
  readScope: "read",
  owner: (body) => ({ city: text(body["city"]), department: text(object(body["agency"])["department"]) }),
  ownAgencies: (body) => [{ pointer: "/agency", agency: body["agency"] }, sourceAgency(body)],
  references: (body) => reference("/personId", body["personId"]),
};

export const transferKind: RecordKind = {
  recordType: "transfer",
  path: "/v1/transfers",
  idParam: "transferId",
  createOperationId: "requestTransfer",
  getOperationId: "getTransfer",
  readScope: "read",
  // The receiving side's, or the sending side's for a transfer out of the three cities (to.external).
  owner: (body) => sideOwner(body, owningEnd(body)),
  ownAgencies: (body) => {
    const end = owningEnd(body);
    return [...(end === undefined ? [] : [{ pointer: `/${end}/agency`, agency: object(body[end])["agency"] }]), sourceAgency(body)];
  },
  references: (body) => [
    ...reference("/personId", body["personId"]),
    ...reference("/from/enrolmentId", object(body["from"])["enrolmentId"]),
    ...reference("/to/enrolmentId", object(body["to"])["enrolmentId"]),
  ],
};

export const assistanceKind: RecordKind = {
  recordType: "assistance",
  path: "/v1/assistance-cases",
  idParam: "caseId",
  createOperationId: "createAssistanceCase",
  getOperationId: "getAssistanceCase",
  readScope: "read:personal",
  owner: (body) => ({ city: text(body["city"]), department: text(object(body["agency"])["department"]) }),
  ownAgencies: (body) => [{ pointer: "/agency", agency: body["agency"] }, sourceAgency(body)],
  references: (body) => [
    ...reference("/personId", body["personId"]),
    ...reference("/household/headPersonId", object(body["household"])["headPersonId"]),
    ...reference("/institution/organisationId", object(body["institution"])["organisationId"]),
    ...reference("/charity/organisationId", object(body["charity"])["organisationId"]),
  ],
};

/** A benefit, registration or settlement: owned by its agency, naming its person and optionally an enrolment (and a registration). */
function ownedByAgency(recordType: RecordType, path: string, idParam: string, operation: string, readScope: Scope): RecordKind {
  return {
    recordType,
    path,
    idParam,
    createOperationId: `create${operation}`,
    getOperationId: `get${operation}`,
    readScope,
    owner: (body) => ({ city: text(body["city"]), department: text(object(body["agency"])["department"]) }),
    ownAgencies: (body) => [{ pointer: "/agency", agency: body["agency"] }, sourceAgency(body)],
    references: (body) => [
      ...reference("/personId", body["personId"]),
      ...reference("/enrolmentId", body["enrolmentId"]),
      ...reference("/registrationId", body["registrationId"]),
    ],
  };
}

// Benefits are read with `read` (the benefit type, special, is left out without `read:personal`); 异地就医 records are health data throughout.
export const benefitKind = ownedByAgency("benefit", "/v1/benefits", "benefitId", "Benefit", "read");
export const medicalRegistrationKind = ownedByAgency("medicalRegistration", "/v1/medical-registrations", "registrationId", "MedicalRegistration", "read:personal");
export const medicalSettlementKind = ownedByAgency("medicalSettlement", "/v1/medical-settlements", "settlementId", "MedicalSettlement", "read:personal");

/** Owned by the agency named as its source, else by its writer (organisations and donations name no agency of their own). */
function sourceOwner(body: Body, principal: Principal): { city: string | undefined; department: string | undefined } {
  const source = object(object(body["meta"])["sourceAgency"]);
  if (Object.keys(source).length === 0) return { city: text(body["city"]) ?? principal.city, department: principal.agency.department };
  return { city: cityOfAgency(source as unknown as Agency), department: text(source["department"]) };
}

export const organisationKind: RecordKind = {
  recordType: "organisation",
  path: "/v1/organisations",
  idParam: "organisationId",
  createOperationId: "createOrganisation",
  getOperationId: "getOrganisation",
  readScope: "read",
  owner: sourceOwner,
  ownAgencies: (body) => [sourceAgency(body)],
  references: () => [],
};

export const donationKind: RecordKind = {
  recordType: "donation",
  path: "/v1/donations",
  idParam: "donationId",
  createOperationId: "createDonation",
  getOperationId: "getDonation",
  // An individual donor's name is personal data.
  readScope: "read:personal",
  owner: sourceOwner,
  ownAgencies: (body) => [sourceAgency(body)],
  references: (body) => reference("/organisationId", body["organisationId"]),
};

/** A person's consent (授权), new in 1.1: owned by the agency that holds the signed document. */
export const consentKind: RecordKind = {
  recordType: "consent",
  path: "/v1/consents",
  idParam: "consentId",
  createOperationId: "createConsent",
  getOperationId: "getConsent",
  readScope: "read:personal",
  owner: (body) => ({ city: text(body["city"]), department: text(object(body["agency"])["department"]) }),
  ownAgencies: (body) => [{ pointer: "/agency", agency: body["agency"] }, sourceAgency(body)],
  references: (body) => reference("/personId", body["personId"]),
};

export const recordKinds: readonly RecordKind[] = [

  personKind,

  enrolmentKind,
  transferKind,
  assistanceKind,
  benefitKind,
  medicalRegistrationKind,
  medicalSettlementKind,
  organisationKind,
  donationKind,
  consentKind,
];
