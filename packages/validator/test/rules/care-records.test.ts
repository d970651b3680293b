import { describe, expect, it } from "vitest";
import { createValidator } from "../../src/index.js";
import { fixtureAsOf, readRecords, runRules } from "./fixture-runner.js";

/** The care fixtures' records: persons, a charity with projects, a care home. */
const persons = readRecords("dataset.institution-over-capacity", "pass").filter((r) => r["recordType"] === "person");
const [charity, home] = [readRecords("dataset.charity-project-unknown", "pass")[1]!, readRecords("dataset.institution-over-capacity", "pass")[4]!];
const donation = readRecords("dataset.charity-project-unknown", "pass")[2]!;
const relief = readRecords("dataset.charity-project-unknown", "pass")[4]!;
const resident = readRecords("dataset.institution-over-capacity", "pass")[6]!;
const context = { asOf: fixtureAsOf, schemaVersion: "1.1", parameters: {} };

describe("references to organisations (dataset.unresolved-reference)", () => {
  it("are clean when the charity and the care home are in the dataset", () => {
    // The records share a placeholder agency credit code; that is dataset.shared-credit-code's concern, not this test's.
    const findings = runRules([...persons, charity, home, donation, relief, resident], context, true);
    expect(findings.filter((f) => f.ruleId !== "dataset.shared-credit-code")).toEqual([]);
  });

  it("report a donation, an institution and a charity relief case naming no organisation, with pointer and type", () => {
    const findings = runRules([...persons, donation, relief, resident], context, true).filter((f) => f.ruleId === "dataset.unresolved-reference");
    expect(findings.map((f) => [f.pointer, f.params["reference"], f.params["expectedType"], f.params["problem.en"]])).toEqual([
      ["/organisationId", "430100-O-000001", "organisation", "is not in the dataset"],
      ["/charity/organisationId", "430100-O-000001", "organisation", "is not in the dataset"],
      ["/institution/organisationId", "430100-O-000002", "organisation", "is not in the dataset"],
    ]);
  });

  it("report an organisationId that names a person record", () => {
    const findings = runRules([...persons, charity, { ...donation, organisationId: "430100-P-000001" }], context, true);
    expect(findings).toMatchObject([{ ruleId: "dataset.unresolved-reference", pointer: "/organisationId", params: { expectedType: "organisation", "problem.en": "is a person record" } }]);
  });

  it("never take a donation's organisation for a person (no person-group or duplicate-person noise)", () => {
    const findings = runRules([...persons, charity, donation, { ...donation, id: "430100-D-000002" }], context, true);
    expect(findings).toEqual([]);
  });
});

describe("organisation and donation records by version", () => {
  it("are unknown record types in a 1.0 export and validate in a 1.1 one", async () => {
    const records = [charity, donation];
    const v10 = await createValidator({ asOf: fixtureAsOf, schemaVersion: "1.0" }).validateRecords(records);
    expect(v10.summary.byRule).toEqual({ "input.unknown-record-type": 2 });
    const v11 = await createValidator({ asOf: fixtureAsOf, schemaVersion: "1.1" }).validateRecords(records);
    expect(v11.summary.byRule).toEqual({});
  });

  it("1.0's single special-care category stays valid in 1.1, and categories with a disability grade are new", async () => {
    const person = persons[0]!;
    const single = { ...relief, id: "430100-A-000009", programme: "specialCare", specialCare: { category: "41" }, charity: undefined };
    const several = { ...single, id: "430100-A-000010", specialCare: { category: "11", categories: ["11", "51"], disability: { grade: "6", nature: "inCombat" } } };
    const neither = { ...single, id: "430100-A-000011", specialCare: {} };
    const validator = createValidator({ asOf: fixtureAsOf, schemaVersion: "1.1" });
    const report = await validator.validateRecords([person, JSON.parse(JSON.stringify(single)), JSON.parse(JSON.stringify(several)), JSON.parse(JSON.stringify(neither))]);
    // The main category stays required; the schema judges only the case without one.
    expect(report.findings.filter((f) => f.ruleId.startsWith("schema.")).map((f) => f.recordId)).toEqual(["430100-A-000011"]);
    const v10 = await createValidator({ asOf: fixtureAsOf, schemaVersion: "1.0" }).validateRecords([person, JSON.parse(JSON.stringify(several))]);
    expect(v10.findings.some((f) => f.ruleId.startsWith("schema."))).toBe(true);
  });
});
