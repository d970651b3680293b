import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { recordSchemaIds } from "../src/index.js";
import { strictAjv } from "./support/ajv.js";
import { assistance, enrolment, header as headerLine, person, transfer } from "./support/records.js";
import { committedSchemas } from "./support/sources.js";

const examples = { person, enrolment, transfer, assistance, header: headerLine };
const ajv = strictAjv(committedSchemas);
const record = ajv.getSchema(recordSchemaIds.record)!;
const pkg = ajv.getSchema(recordSchemaIds.package)!;
const header = ajv.getSchema(recordSchemaIds.jsonlHeader)!;

/** The errors a user would see: the if/then wrapper's own "must match then" is not news. */
function errorsOf(value: unknown): Pick<ErrorObject, "instancePath" | "keyword" | "params">[] {
  record(value);
  return (record.errors ?? []).filter((e) => e.keyword !== "if").map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));
}

const withChanges = (base: object, changes: Record<string, unknown>) => {
  const copy: Record<string, unknown> = { ...structuredClone(base), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete copy[key];
  return copy;
};

describe("record.schema.json accepts a realistic record of each type", () => {
  it.each(["person", "enrolment", "transfer", "assistance"] as const)("%s", (type) => {
    expect(errorsOf(examples[type])).toEqual([]);
  });

  it("accepts a person identified by a document only", () => {
    const foreigner = withChanges(examples.person, { idNumber: undefined, nationality: "KOR", documents: [{ type: "passport", number: "M12345678", issuingCountry: "KOR" }] });
    expect(errorsOf(foreigner)).toEqual([]);
  });

  it("accepts a deprecated code in a historic record", () => {
    expect(errorsOf(withChanges(examples.enrolment, { scheme: "maternity", period: { start: "2010-01-01", end: "2019-12-31" } }))).toEqual([]);
  });
});

describe("record.schema.json rejects broken records with errors of their own type only", () => {
  it("a code sent as a number", () => {
    expect(errorsOf(withChanges(examples.person, { sex: 1 }))).toEqual([
      expect.objectContaining({ instancePath: "/sex", keyword: "type" }),
      expect.objectContaining({ instancePath: "/sex", keyword: "enum" }),
    ]);
  });

  it("an unknown record type: one error on recordType", () => {
    expect(errorsOf(withChanges(examples.person, { recordType: "pensioner" }))).toEqual([
      { instancePath: "/recordType", keyword: "enum", params: { allowedValues: ["person", "enrolment", "transfer", "assistance", "benefit", "medicalRegistration", "medicalSettlement", "organisation", "donation", "consent"] } },
    ]);
  });

  it("money in yuan with decimals", () => {
    expect(errorsOf(withChanges(examples.assistance, { benefitAmount: 1350.5 }))).toEqual([expect.objectContaining({ instancePath: "/benefitAmount", keyword: "type" })]);
  });

  it("a person with neither identity number nor documents", () => {
    expect(errorsOf(withChanges(examples.person, { idNumber: undefined }))).toEqual([{ instancePath: "", keyword: "required", params: { missingProperty: "documents" } }]);
  });

  it("an unknown property outside extensions", () => {
    expect(errorsOf(withChanges(examples.person, { wechat: "lijianguo" }))).toEqual([
      { instancePath: "", keyword: "additionalProperties", params: { additionalProperty: "wechat" } },
    ]);
    expect(errorsOf(withChanges(examples.person, { extensions: { wechat: "lijianguo" } }))).toEqual([]);
  });

  it("a scheme that is not in the insuranceScheme list", () => {
    expect(errorsOf(withChanges(examples.enrolment, { scheme: "110" }))).toEqual([expect.objectContaining({ instancePath: "/scheme", keyword: "enum" })]);
  });

  it("a linking transfer without its months", () => {
    expect(errorsOf(withChanges(examples.transfer, { kind: "pension.link.employeeToResident" }))).toEqual([
      { instancePath: "", keyword: "required", params: { missingProperty: "linking" } },
    ]);
  });

  it("a transfer without steps", () => {
    expect(errorsOf(withChanges(examples.transfer, { steps: [] }))).toEqual([expect.objectContaining({ instancePath: "/steps", keyword: "minItems" })]);
  });

  it("charity relief without its funding source", () => {
    expect(errorsOf(withChanges(examples.assistance, { programme: "charityRelief" }))).toEqual([
      { instancePath: "", keyword: "required", params: { missingProperty: "charity" } },
    ]);
  });

  it("an assistance case with neither person nor household", () => {
    expect(errorsOf(withChanges(examples.assistance, { personId: undefined, household: undefined }))).toEqual([
      { instancePath: "", keyword: "required", params: { missingProperty: "household" } },
    ]);
  });

  // The impossible date fails both its format and the pattern that backs it for validators that do not assert formats.
  it("a bad date, month and city", () => {
    const errors = errorsOf(withChanges(examples.assistance, { city: "430400", dates: { applied: "2023-02-30" }, payments: [{ month: "2024-13", amount: 1, paidOn: "2024-05-10" }] }));
    expect(errors.map((e) => `${e.instancePath} ${e.keyword}`).sort()).toEqual(["/city enum", "/dates/applied format", "/dates/applied pattern", "/payments/0/month pattern"]);
  });
});

describe("package and JSON Lines header", () => {
  const envelope = withChanges(examples.header, { recordType: undefined });

  it("accepts a package of records and a header line", () => {
    expect(pkg({ ...envelope, records: [examples.person, examples.enrolment] })).toBe(true);
    expect(header(examples.header)).toBe(true);
  });

  it("rejects a package holding a broken record, pointing into it", () => {
    expect(pkg({ ...envelope, records: [examples.person, withChanges(examples.enrolment, { city: 430100 })] })).toBe(false);
    expect(pkg.errors?.some((e) => e.instancePath === "/records/1/city")).toBe(true);
  });

  it("rejects another schema version and a header that is a record", () => {
    expect(pkg({ ...envelope, schemaVersion: "2.0", records: [] })).toBe(false);
    expect(header(examples.person)).toBe(false);
  });
});
