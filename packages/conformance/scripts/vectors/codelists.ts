import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { agency, asOf, employeeEnrolment, femalePerson, person, personalAid, residentEnrolment, transfer } from "./base-records.js";
import { type Group, merge, type Test, valid, without } from "./builders.js";
import { pensionBenefit, registration } from "./benefits.js";
import { careHome, charity, donation } from "./care.js";
import { consent } from "./consent.js";

interface CodeList {
  id: string;
  openness: "open" | "closed";
  codes: { code: string; employeeScheme?: boolean; since?: string }[];
}

/** The code lists of the standard, read from `schemas/codelists/` (the normative source). */
export function readCodeLists(schemasDirectory: string): Map<string, CodeList> {
  const lists = new Map<string, CodeList>();
  for (const name of readdirSync(join(schemasDirectory, "codelists"))) {
    if (!name.endsWith(".json") || name === "codelist.schema.json") continue;
    const list = JSON.parse(readFileSync(join(schemasDirectory, "codelists", name), "utf8")) as CodeList;
    lists.set(list.id, list);
  }
  return lists;
}

const openSteps = (status: string) => {
  const order = ["requested", "letterIssued", "fundsTransferred", "completed"];
  const dates = ["2021-01-04", "2021-01-08", "2021-01-15", "2021-01-20"];
  const upTo = order.includes(status) ? order.indexOf(status) + 1 : 1;
  const steps = order.slice(0, upTo).map((step, index) => ({ status: step, at: `${dates[index]}T10:00:00+08:00` }));
  if (!order.includes(status)) steps.push({ status, at: "2021-01-06T10:00:00+08:00", ...(status === "rejected" ? { reasonCode: "missingDocuments" } : {}) } as never);
  return steps;
};

/** A valid record that carries `code` from `list`, for every list a field of the standard uses. */
function recordWith(list: string, code: string, employeeScheme: boolean, since?: string): Partial<Test> | undefined {
  switch (list) {
    case "sex":
      return { data: code === "2" ? femalePerson : merge(person, { sex: code }) };
    case "ethnicity":
      return { data: merge(person, { ethnicity: code }) };
    case "residenceType":
      return { data: merge(person, { hukou: { residenceType: code } }) };
    case "hukouCategory":
      return { data: merge(person, { hukou: { historicalCategory: code } }) };
    case "relationToHead":
      return { data: merge(person, { household: { householdId: "430100-H-000001", relationToHead: code } }) };
    case "documentType":
      return { data: merge(person, { documents: [{ type: code, number: "E12345678" }] }) };
    case "insuranceScheme": {
      // A code with a since date (the historic resident schemes, long-term care) is used from that day.
      const dated = since === undefined ? {} : { period: { start: since } };
      return { data: employeeScheme ? merge(employeeEnrolment, { scheme: code, ...dated }) : merge(residentEnrolment, { scheme: code, ...dated }) };
    }
    case "contributionStatus":
      return { data: merge(employeeEnrolment, code === "1" ? {} : { contributionStatus: code, period: { end: "2024-12-31" } }) };
    case "employmentStatus":
      return { data: merge(employeeEnrolment, { employmentStatus: code }) };
    case "department":
      return { data: merge(personalAid, { agency: { department: code } }) };
    case "transferKind": {
      if (code === "pension.link.residentToEmployee") return { data: merge(transfer, { kind: code, linking: { employeeSchemeMonths: 200, residentSchemeMonths: 36 } }) };
      if (code === "pension.link.employeeToResident") return { data: merge(transfer, { kind: code, linking: { employeeSchemeMonths: 100, residentSchemeMonths: 36 } }) };
      return { data: merge(transfer, { kind: code }) };
    }
    case "transferStatus": {
      const steps = openSteps(code);
      const lastDay = steps[steps.length - 1]!.at.slice(0, 10);
      const record = code === "completed" ? transfer : merge(without(transfer, "to"), { to: { city: "430200", agency: agency("430200", "hrss") }, status: code, steps });
      return { data: record, asOf: lastDay };
    }
    case "transferReason":
      return { data: merge(transfer, { steps: [{ status: "requested", at: "2021-01-04T10:00:00+08:00", reasonCode: code }, ...(transfer["steps"] as object[]).slice(1)] }) };
    case "transferDocumentKind":
      return { data: merge(transfer, { steps: [{ status: "requested", at: "2021-01-04T10:00:00+08:00", documents: [{ kind: code, number: "DOC-2021-0001" }] }, ...(transfer["steps"] as object[]).slice(1)] }) };
    case "assistanceProgramme":
      return {
        data: merge(personalAid, {
          programme: code,
          // Historic programmes (农村五保, 城市三无) are valid for cases of their time.
          ...(code === "wubao.rural" || code === "sanwu.urban" ? { caseStatus: "terminated", dates: { applied: "2010-03-01", approved: "2010-04-01", terminated: "2016-09-30" } } : {}),
          ...(code === "charityRelief" ? { charity: { fundingSource: "enterprise" }, agency: agency("430300", "charityFederation") } : {}),
          ...(code === "specialCare" ? { specialCare: { category: "41" }, agency: agency("430300", "veteransAffairs") } : {}),
        }),
      };
    case "caseStatus":
      return {
        data: merge(personalAid, {
          caseStatus: code,
          dates: code === "terminated" ? { terminated: "2025-06-01" } : code === "active" || code === "suspended" ? {} : { approved: undefined },
        }),
      };
    case "charityFundingSource":
      return { data: merge(personalAid, { programme: "charityRelief", charity: { fundingSource: code } }) };
    case "specialCareCategory":
      return { data: merge(personalAid, { programme: "specialCare", specialCare: { category: code } }) };
    case "paymentStatus":
      return { data: merge(personalAid, { payments: [{ ...personalAidPayment, status: code }] }) };
    case "accountKind":
      return { data: merge(personalAid, { payments: [{ ...personalAidPayment, accountKind: code }] }) };
    case "fundingSource":
      return { data: merge(personalAid, { payments: [{ ...personalAidPayment, funding: [{ source: code, amount: personalAidPayment.amount }] }] }) };
    case "participationType":
      return { data: code === "resident" ? merge(residentEnrolment, { participationType: code }) : merge(employeeEnrolment, { participationType: code }) };
    case "enrolmentEndReason":
      return { data: merge(employeeEnrolment, { contributionStatus: "3", employmentStatus: code === "retiredDrawingPension" ? "1" : "0", period: { end: "2024-12-31" }, endReason: code }) };
    case "contributionKind": {
      const year = { year: 2020, months: 12, monthlyBase: 600_000, individualAmount: 576_000, employerAmount: 960_000 };
      const entry = code === "deemed" ? { ...year, year: 1990, monthlyBase: 0, individualAmount: 0, employerAmount: 0, kind: code } : code === "backPayment" ? { ...year, kind: code, paidOn: "2021-03-01" } : { ...year, kind: code };
      return { data: merge(employeeEnrolment, { contributions: [entry] }) };
    }
    case "contributionPayer":
      return {
        data: merge(residentEnrolment, {
          contributions: [{ year: 2020, months: 12, monthlyBase: 0, individualAmount: 28_000, employerAmount: 0, paidBy: [{ payer: code, amount: 28_000 }] }],
        }),
      };
    case "benefitFrequency":
      return { data: merge(personalAid, { benefitFrequency: code }) };
    case "benefitKind":
      return { data: merge(personalAid, { benefitKind: code }) };
    case "dibaoCategory":
      return { data: merge(personalAid, { dibaoCategory: code }) };
    case "povertyCause":
      return { data: merge(personalAid, { povertyCauses: [code] }) };
    case "classifiedSupplementReason":
      return { data: merge(personalAid, { classifiedSupplement: 10_000, classifiedSupplementReasons: [code] }) };
    case "reviewOutcome":
      return { data: merge(personalAid, { reviews: [{ date: "2025-06-01", outcome: code }] }) };
    case "legalSupportObligation":
      return { data: merge(personalAid, { legalSupporters: [{ obligation: code, supportedPersonId: "430300-P-000003" }] }) };
    case "labourCapacity":
    case "healthCondition":
    case "disabilityCategory":
    case "disabilityGrade": {
      const member: Record<string, unknown> = { personId: "430300-P-000003", relationToHead: "02", covered: true };
      if (list === "labourCapacity") member["labourCapacity"] = code;
      if (list === "healthCondition") member["healthCondition"] = code;
      if (list === "disabilityCategory") member["disability"] = { category: code, grade: "2" };
      if (list === "disabilityGrade") member["disability"] = { category: "physical", grade: code };
      return { data: merge(personalAid, { household: { householdId: "430300-H-000003", headPersonId: "430300-P-000003", size: 1, members: [member] } }) };
    }
    case "benefitType":
      return { data: merge(pensionBenefit, { benefitType: code, enrolmentId: undefined }) };
    case "benefitStatus":
      return { data: merge(pensionBenefit, code === "terminated" ? { status: code, endReason: "death", period: { end: "2025-05-31" } } : { status: code }) };
    case "benefitEndReason":
      return { data: merge(pensionBenefit, { status: "terminated", endReason: code, period: { end: "2025-05-31" } }) };
    case "medicalRegistrationType":
      return { data: merge(registration, { registrationType: code }) };
    case "vitalStatus":
      return { data: merge(person, { vitalStatus: code === "alive" ? { status: code, verifiedOn: "2025-05-01" } : { status: code, date: "2025-03-02", source: code === "deceased" ? "householdDeregistration" : "courtDeclaration" } }) };
    case "vitalStatusSource":
      return { data: merge(person, { vitalStatus: { status: "deceased", date: "2025-03-02", source: code, verifiedOn: "2025-03-06" } }) };
    case "organisationKind":
      return { data: code === "charity" ? charity : merge(careHome, { kind: code }) };
    case "institutionOwnership":
      return { data: merge(careHome, { ownership: code }) };
    case "charityPurpose":
      return { data: merge(charity, { projects: [{ code: "P-1", purposes: [code], restricted: true }] }) };
    case "donorType":
      return { data: merge(donation, { donorType: code }) };
    case "specialCareDisabilityGrade":
      return { data: merge(personalAid, { programme: "specialCare", specialCare: { category: "11", disability: { grade: code, nature: "onDuty" } } }) };
    case "specialCareDisabilityNature":
      return { data: merge(personalAid, { programme: "specialCare", specialCare: { category: "11", disability: { grade: "6", nature: code } } }) };
    case "readPurpose":
      return { data: merge(consent, { purposes: [code] }) };
    default:
      return undefined;
  }
}

/** One payment of `personalAid`, the base for the payment-line code lists. */
const personalAidPayment = { month: "2025-05", amount: 200_000, paidOn: "2025-05-20" } as const;

/** Every code of every list accepted in a valid record: the lists are the contract too. */
export function codeListGroups(schemasDirectory: string): Group[] {
  const groups: Group[] = [];
  for (const list of [...readCodeLists(schemasDirectory).values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const tests: Test[] = [];
    for (const entry of list.codes) {
      const input = recordWith(list.id, entry.code, entry.employeeScheme === true, entry.since);
      if (!input) throw new Error(`no vector template for code list ${list.id}: add one to scripts/vectors/codelists.ts`);
      tests.push(valid(`codelist.${list.id.toLowerCase()}/${entry.code.toLowerCase().replace(/[^a-z0-9.-]/g, "-")}`, `${list.id} code ${entry.code} is accepted`, input));
    }
    groups.push({ description: `every code of the ${list.openness} list ${list.id} is accepted`, rules: ["schema.enum"], asOf, tests });
  }
  return groups;
}
