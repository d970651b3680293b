import type { CztRecord } from "../records.js";

/**
 * CSV as the validator reads it (docs/cli.md): a header row of dotted paths
 * (`hukou.division`, `contributions.0.year`), one record per row, empty cells for
 * absent fields; numbers and booleans are typed back from the schema when read.
 */

const agency = (prefix: string) => ["creditCode", "division", "department", "name"].map((field) => `${prefix}.${field}`);
const repeated = (prefix: string, count: number, fields: readonly string[]) =>
  Array.from({ length: count }, (_, index) => fields.map((field) => `${prefix}.${index}.${field}`)).flat();
const contributionFields = ["year", "months", "monthlyBase", "individualAmount", "employerAmount", "paidMonths", "kind", "paidOn"];

/** Contribution years the generator can produce (enrolments start in 2000 at the earliest). */
export const maxGeneratedContributionYears = 27;

/**
 * The columns of every field generated records can carry, arrays expanded to the
 * generator's maximum lengths: a fixed header lets the CSV stream without buffering.
 */
export const generatedCsvColumns: readonly string[] = [
  ...new Set([
    "recordType",
    "id",
    "meta.lastUpdated",
    ...agency("meta.sourceAgency"),
    "meta.sourceSystem",
    // person
    "idNumber",
    "name",
    "sex",
    "birthDate",
    "ethnicity",
    "nationality",
    "hukou.division",
    "hukou.residenceType",
    "residenceDivision",
    "contact.mobile",
    "household.householdId",
    "household.relationToHead",
    // enrolment
    "personId",
    "scheme",
    "city",
    ...agency("agency"),
    "employer.creditCode",
    "employer.name",
    "contributionStatus",
    "employmentStatus",
    "period.start",
    "period.end",
    "monthlyContributionBase",
    "participationType",
    "endReason",
    // transfer
    "kind",
    "from.city",
    ...agency("from.agency"),
    "from.enrolmentId",
    "to.city",
    ...agency("to.agency"),
    "to.enrolmentId",
    "status",
    ...repeated("steps", 4, ["status", "at"]),
    "contributionMonths",
    "individualAccountBalance",
    "pooledFundAmount",
    "linking.employeeSchemeMonths",
    "linking.residentSchemeMonths",
    ...repeated("contributions", maxGeneratedContributionYears, contributionFields),
    // assistance
    "programme",
    "household.headPersonId",
    "household.size",
    ...repeated("household.members", 4, ["personId", "relationToHead", "covered"]),
    "coveredMembers",
    "caseStatus",
    "dates.applied",
    "dates.approved",
    "dates.terminated",
    "monthlyStandard",
    "perCapitaIncome",
    "benefitAmount",
    "classifiedSupplement",
    ...repeated("payments", 4, ["month", "amount", "paidOn", "status", "funding.0.source", "funding.0.amount", "funding.1.source", "funding.1.amount"]),
    "lastReviewDate",
    "nextReviewDate",
    "charity.fundingSource",
    "specialCare.category",
    // transfer: a source outside the three cities (1.1)
    "from.external.agency.name",
    "from.external.localId",
    ...repeated("household.members", 4, ["labourCapacity"]),
    "benefitFrequency",
    "benefitKind",
    "dibaoCategory",
    ...repeated("reviews", 1, ["date", "outcome", "benefitBefore", "benefitAfter"]),
    // benefit
    "benefitType",
    "enrolmentId",
    "endReason",
    "frequency",
    "monthlyAmount",
    "oneOffAmount",
    ...repeated("payments", 4, ["accountKind", "payee.kind"]),
    // medical registration and settlement
    "registrationType",
    "insuredDivision",
    "treatmentDivision",
    "registeredOn",
    "registrationId",
    "settlementDate",
    "totalCost",
    "policyRangeCost",
    "pooledFundPayment",
    "criticalIllnessPayment",
    "otherFundPayment",
    "outOfPocket",
    "medicalAidPayment",
    "individualAccountPayment",
    // Organisations and donations (1.1), and the cases that refer to them.
    "creditCode",
    "division",
    "ownership",
    "capacity",
    ...repeated("projects", 1, ["code", "purposes.0", "purposes.1", "purposes.2", "restricted"]),
    "organisationId",
    "donorType",
    "amount",
    "receivedOn",
    "projectCode",
    "restricted",
    "charity.organisationId",
    "charity.projectCode",
    "charity.purpose",
    "institution.organisationId",
    "institution.admitted",
  ]),
];

/** Thrown when a record has a field the header has no column for. */
export class CsvColumnError extends Error {
  override name = "CsvColumnError";
}

function flatten(value: unknown, path: string, cells: Map<string, string>): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) flatten(item, `${path}.${index}`, cells);
  }
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) flatten(item, path === "" ? key : `${path}.${key}`, cells);
  } else if (value !== undefined && value !== null) cells.set(path, String(value));
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One CSV row for a record; every field must have a column. */
export function csvRow(record: CztRecord, columns: readonly string[]): string {
  const cells = new Map<string, string>();
  flatten(record, "", cells);
  const known = new Set(columns);
  for (const path of cells.keys()) {
    if (!known.has(path)) throw new CsvColumnError(`record ${record.id}: no CSV column for field ${path}`);
  }
  return columns.map((column) => quote(cells.get(column) ?? "")).join(",");
}

/** The header row, then one row per record, as text chunks (CRLF line ends, RFC 4180). */
export function* csvChunks(records: Iterable<CztRecord>, columns: readonly string[] = generatedCsvColumns): Generator<string> {
  yield `${columns.map(quote).join(",")}\r\n`;
  for (const record of records) yield `${csvRow(record, columns)}\r\n`;
}
