/**
 * Transfers in standard 1.1: sides outside the three cities, the pooling regime (funds move
 * only between pools), the deadlines limited to the employee pension, the minimum
 * contribution period as a dated table, the new transfer kinds and step documents.
 */
import { agency, asOf, changsha, employeeEnrolment, person, pooledFund, registrationChange, transfer, zhuzhou } from "./base-records.js";
import { at, type Group, invalid, type JsonObject, merge, valid, warns, without } from "./builders.js";

const source = "CZT-SS conformance vectors: illustrative table, not an official document";
const steps = (...dates: [string, string][]) => dates.map(([status, date]) => ({ status, at: `${date}T10:00:00+08:00` }));
const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const publisher = { creditCode: "12430000444876548X", division: "430000", department: "cztCentre" };
const header = (schemaVersion: string) => ({ recordType: "header", schemaVersion, publisher, city: changsha, created: "2025-06-30T12:00:00+08:00" });

/** 张伟 arrives in Changsha from Guangzhou: his Changsha enrolment receives the pension. */
const arrival: JsonObject = merge(transfer, { id: "430100-T-000001", to: { city: changsha, agency: agency(changsha, "hrss"), enrolmentId: "430100-E-000001" } });
/** 张伟 leaves Changsha for Shenzhen: the receiving office is outside the dataset. */
const shenzhenSide: JsonObject = { city: "440300", external: { agency: { name: "深圳市社会保险基金管理局" }, localId: "642318857" } };
const departure: JsonObject = merge(registrationChange, { id: "430100-T-000002", to: undefined, individualAccountBalance: 1_619_000, pooledFundAmount: pooledFund });
departure["to"] = shenzhenSide;
const terminated = merge(employeeEnrolment, { contributionStatus: "3", period: { start: "2018-07-01", end: "2020-12-31" } });

/** The same export declared as 1.0 and as 1.1: the person, the receiving enrolment and the arrival. */
const arrivalExport = (schemaVersion: string) => ({
  raw: line(header(schemaVersion)) + line(person) + line(employeeEnrolment) + line(arrival),
  format: "jsonl" as const,
});

/** A linking transfer requested in `year` with `months` in the employee scheme, linked into the employee scheme. */
const linkedInto = (year: number, months: number) =>
  merge(registrationChange, {
    kind: "pension.link.residentToEmployee",
    // Linking moves the whole individual account (人社部发〔2014〕17号), pools or not.
    individualAccountBalance: 1_619_000,
    linking: { employeeSchemeMonths: months, residentSchemeMonths: 60 },
    steps: steps(["requested", `${year}-03-02`], ["letterIssued", `${year}-03-06`], ["fundsTransferred", `${year}-03-13`], ["completed", `${year}-03-20`]),
  });

/** Hunan pooling the employee pension by city, as an agency might supply it: the whole default table is replaced. */
const cityPoolingParameters = {
  parametersVersion: "1.0",
  poolingRegime: [{ scheme: "medical", region: "430000", validFrom: "2020-01-01", source, verified: false }],
};

export const transferGroups: Group[] = [
  {
    description: "a side outside the three cities: any pooling region, the outside agency and enrolment as external (1.0 allowed only the three cities)",
    rules: ["schema.enum", "schema.additional-property", "schema.required", "schema.shape", "transfer.side-outside-three-cities"],
    asOf,
    tests: [
      invalid("transfers/arrival-from-guangzhou-1.0", "Guangzhou → Changsha declared as 1.0: the three-city enum and the required enrolment reject it", arrivalExport("1.0"), [
        at("schema.required", "/from/agency", 2),
        at("schema.required", "/from/enrolmentId", 2),
        at("schema.enum", "/from/city", 2),
        at("schema.additional-property", "/from/external", 2),
      ]),
      valid("transfers/arrival-from-guangzhou-1.1", "the same export declared as 1.1", arrivalExport("1.1")),
      valid("transfers/arrival-from-yuechi", "岳池县 511621 (a county pool in Sichuan) → Zhuzhou", { data: merge(transfer, { from: { city: "511621" } }) }),
      valid("transfers/departure-to-shenzhen", "Changsha → 深圳 440300, the receiving office outside the dataset", { data: departure }),
      invalid("transfers/outside-without-external", "Guangzhou named as if it were in the dataset, with an agency and enrolment id but no external reference", {
        data: merge(transfer, { from: { city: "440100", external: undefined, agency: agency(changsha, "hrss"), enrolmentId: "440100-E-000001" } }),
      }, [at("transfer.side-outside-three-cities", "/from/city")]),
      invalid("transfers/three-city-side-without-enrolment", "a Changsha source with neither its agency and enrolment nor an external reference", {
        data: merge(transfer, { from: { city: changsha, external: undefined } }),
      }, [at("schema.shape", "/from")]),
    ],
  },
  {
    description: "each side's pooling region is a GB/T 2260 code in force on the transfer's date (three cities by the dated table, elsewhere the province part)",
    rules: ["transfer.pooling-region"],
    asOf,
    tests: [
      valid("transfers/pooling-region-other-province", "440100 广州: Guangdong is a province", { data: transfer }),
      invalid("transfers/pooling-region-no-province", "720100: 72 is no province", { data: merge(transfer, { from: { city: "720100" } }) }, [at("transfer.pooling-region", "/from/city")]),
      invalid("transfers/pooling-region-retired", "430221 株洲县 after it became 渌口区 (2018)", {
        data: merge(transfer, { to: { city: "430221", agency: undefined, enrolmentId: undefined, external: { agency: { name: "株洲县社会保险管理服务局" }, localId: "Z-0031" } } }),
      }, [at("transfer.pooling-region", "/to/city")]),
      valid("transfers/pooling-region-before-retirement", "430221 株洲县 in 2015, while it existed", {
        data: merge(transfer, {
          to: { city: "430221", agency: undefined, enrolmentId: undefined, external: { agency: { name: "株洲县社会保险管理服务局" }, localId: "Z-0031" } },
          steps: steps(["requested", "2015-01-05"], ["letterIssued", "2015-01-09"], ["fundsTransferred", "2015-01-16"], ["completed", "2015-01-23"]),
        }),
      }),
    ],
  },
  {
    description: "funds move only between pools: within one pool (two Hunan cities for the employee pension since provincial pooling) a move is a registration change",
    rules: ["transfer.funds-within-pool", "transfer.pooled-fund", "transfer.individual-account"],
    asOf,
    tests: [
      valid("transfers/registration-change", "Changsha → Zhuzhou in 2021 without funds", { data: registrationChange }),
      invalid("transfers/funds-within-pool", "Changsha → Zhuzhou in 2021 moving the pooled fund and the account, as 1.0's flagship example did", {
        data: merge(registrationChange, { pooledFundAmount: pooledFund, individualAccountBalance: 1_619_000 }),
      }, [at("transfer.funds-within-pool", "/pooledFundAmount"), at("transfer.funds-within-pool", "/individualAccountBalance")]),
      valid("transfers/between-cities-before-provincial-pooling", "Changsha → Zhuzhou in 2020, before the default provincial pooling: the 12 % moves", {
        data: merge(registrationChange, {
          pooledFundAmount: pooledFund,
          individualAccountBalance: 1_619_000,
          steps: steps(["requested", "2020-09-01"], ["letterIssued", "2020-09-04"], ["fundsTransferred", "2020-09-11"], ["completed", "2020-09-18"]),
        }),
      }),
      invalid("transfers/between-cities-before-pooling-no-fund", "the same 2020 move without its pooled fund", {
        data: merge(registrationChange, { steps: steps(["requested", "2020-09-01"], ["letterIssued", "2020-09-04"], ["fundsTransferred", "2020-09-11"], ["completed", "2020-09-18"]) }),
      }, [at("transfer.pooled-fund", "/pooledFundAmount"), at("transfer.individual-account", "/individualAccountBalance")]),
      valid("transfers/agency-pooling-table", "an agency table without an employee-pension row replaces the default: Changsha and Zhuzhou are two pools and the 12 % moves", {
        data: merge(registrationChange, { pooledFundAmount: pooledFund, individualAccountBalance: 1_619_000 }),
        parameters: cityPoolingParameters,
      }),
      valid("transfers/medical-between-cities", "medical insurance pools by city: Changsha → Zhuzhou moves the personal account", {
        data: merge(registrationChange, { kind: "medical.intercity", individualAccountBalance: 120_000 }),
      }),
      invalid("transfers/medical-within-city", "a medical move inside Changsha moving the personal account", {
        data: merge(registrationChange, { kind: "medical.intercity", individualAccountBalance: 120_000, to: { city: changsha, agency: agency(changsha, "hrss") } }),
      }, [at("transfer.funds-within-pool", "/individualAccountBalance")]),
    ],
  },
  {
    description: "the 15-working-day limits of 国办发〔2009〕66号 apply to employee pension transfers only (warning)",
    rules: ["transfer.step-deadline"],
    asOf,
    tests: [
      warns("transfers/pension-letter-late", "an employee pension transfer whose contact letter came 40 days after the request", {
        data: merge(transfer, { steps: steps(["requested", "2021-01-04"], ["letterIssued", "2021-02-15"], ["fundsTransferred", "2021-02-18"], ["completed", "2021-02-22"]) }),
      }, [at("transfer.step-deadline", "/steps/1/at")]),
      valid("transfers/medical-letter-late", "the same dates for a medical transfer: not timed by 66号", {
        data: merge(transfer, {
          kind: "medical.intercity",
          steps: steps(["requested", "2021-01-04"], ["letterIssued", "2021-02-15"], ["fundsTransferred", "2021-02-18"], ["completed", "2021-02-22"]),
        }),
      }),
      valid("transfers/unemployment-open-long", "an unemployment transfer requested months before the as-of date", {
        data: merge(without(transfer, "to"), { kind: "unemployment.intercity", to: { city: zhuzhou, agency: agency(zhuzhou, "hrss") }, status: "requested", steps: steps(["requested", "2025-01-06"]) }),
      }),
    ],
  },
  {
    description: "the linking direction follows the minimum contribution period on the transfer's date: 15 years, rising from 2030 by six months a year",
    rules: ["transfer.linking-direction"],
    asOf,
    tests: [
      valid("transfers/link-2031-at-minimum", "192 months in 2031 (15.5 + 0.5 years): into the employee scheme", { data: linkedInto(2031, 192) }),
      invalid("transfers/link-2031-below-minimum", "186 months in 2031 are below the 192-month minimum", { data: linkedInto(2031, 186) }, [at("transfer.linking-direction", "/kind")]),
      invalid("transfers/link-2040-twenty-years", "234 months in 2040, when the minimum is 20 years", { data: linkedInto(2040, 234) }, [at("transfer.linking-direction", "/kind")]),
      valid("transfers/link-agency-minimum", "an agency table of 10 years replaces the default: 150 months suffice", {
        data: linkedInto(2025, 150),
        parameters: { parametersVersion: "1.0", minimumContributionPeriod: [{ months: 120, validFrom: "2000-01-01", source, verified: false }] },
      }),
    ],
  },
  {
    description: "institution and resident transfer kinds, and the documents of each step",
    rules: ["schema.enum"],
    asOf,
    tests: [
      valid("transfers/institution-to-enterprise", "an institution employee moving to an enterprise", { data: merge(registrationChange, { kind: "pension.institution.toEmployee", individualAccountBalance: 1_619_000 }) }),
      valid("transfers/institution-within-province", "between institutions of Changsha and Zhuzhou: still a transfer", {
        data: merge(registrationChange, { kind: "pension.institution.withinProvince", individualAccountBalance: 1_619_000 }),
      }),
      valid("transfers/resident-between-regions", "a resident pension moving from Guangzhou", { data: merge(transfer, { kind: "pension.resident.interregion", pooledFundAmount: 0 }) }),
      valid("transfers/step-documents", "the proof of contributions, contact letter and information sheet with their numbers", {
        data: merge(transfer, {
          steps: [
            { status: "requested", at: "2021-01-04T10:00:00+08:00", documents: [{ kind: "contributionCertificate", number: "GZ-2020-1231-0417", issuedOn: "2020-12-31" }] },
            { status: "letterIssued", at: "2021-01-08T10:00:00+08:00", documents: [{ kind: "contactLetter", number: "ZZ-LXH-2021-00012" }] },
            { status: "fundsTransferred", at: "2021-01-15T10:00:00+08:00", documents: [{ kind: "informationSheet", number: "GZ-XXB-2021-00077" }] },
            { status: "completed", at: "2021-01-20T10:00:00+08:00" },
          ],
        }),
      }),
      invalid("transfers/step-document-unknown-kind", "a document kind outside the list", {
        data: merge(transfer, { steps: [{ status: "requested", at: "2021-01-04T10:00:00+08:00", documents: [{ kind: "receipt", number: "1" }] }, ...(transfer["steps"] as JsonObject[]).slice(1)] }),
      }, [at("schema.enum", "/steps/0/documents/0/kind")]),
    ],
  },
  {
    description: "dataset checks only for the sides in the dataset: an outside side has no enrolment here",
    rules: ["dataset.transfer-target-missing", "dataset.transfer-source-active", "dataset.unresolved-reference"],
    asOf,
    tests: [
      valid("transfers/dataset-departure", "Changsha → Shenzhen completed: the source ended, no target enrolment in the dataset", {
        records: [{ file: "430100-changsha.jsonl", record: person }, { file: "430100-changsha.jsonl", record: terminated }, { file: "430100-changsha.jsonl", record: departure }],
      }),
      invalid("transfers/dataset-departure-source-active", "Changsha still shows the person contributing after leaving for Shenzhen", {
        records: [{ file: "430100-changsha.jsonl", record: person }, { file: "430100-changsha.jsonl", record: employeeEnrolment }, { file: "430100-changsha.jsonl", record: departure }],
      }, [at("dataset.transfer-source-active", "/from/enrolmentId", 2)]),
      valid("transfers/dataset-arrival-two-cities", "Guangzhou → Zhuzhou, the person in Changsha's export and the receiving enrolment in Zhuzhou's", {
        records: [
          { file: "430100-changsha.jsonl", record: person },
          { file: "430200-zhuzhou.jsonl", record: merge(employeeEnrolment, { id: "430200-E-000010", city: zhuzhou, agency: agency(zhuzhou, "hrss"), period: { start: "2021-01-01" } }) },
          { file: "430200-zhuzhou.jsonl", record: transfer },
        ],
      }),
      invalid("transfers/dataset-arrival-target-missing", "Guangzhou → Zhuzhou completed without the Zhuzhou enrolment it opened", {
        records: [
          { file: "430100-changsha.jsonl", record: person },
          { file: "430200-zhuzhou.jsonl", record: merge(transfer, { to: { enrolmentId: undefined } }) },
        ],
      }, [at("dataset.transfer-target-missing", "/to", 1)]),
      valid("transfers/dataset-guangzhou-side-not-resolved", "the external Guangzhou side is not looked up in the dataset", {
        records: [{ file: "430100-changsha.jsonl", record: person }, { file: "430100-changsha.jsonl", record: employeeEnrolment }, { file: "430100-changsha.jsonl", record: arrival }],
      }),
    ],
  },
];
