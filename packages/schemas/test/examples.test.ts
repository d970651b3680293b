/**
 * The examples under examples/ against the schemas (ajv 2020-12, strict mode): the three
 * city exports are valid, consistent between JSON and JSON Lines and between cities, and
 * every invalid example fails for exactly the reason its manifest entry states.
 */
import { readdirSync, readFileSync } from "node:fs";
import { cityOfDivision, isDivisionValidOn, validateCreditCode, validateIdNumber, validateName } from "@czt/domain";
import type { ErrorObject, ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { exampleFiles } from "../../../scripts/examples/files.js";
import { codeLists, isStandardVersion, schemaIdsAt, schemaRuleOfKeyword, standards } from "../src/index.js";
import { strictAjv } from "./support/ajv.js";

const rebuild = "Run: npx tsx scripts/examples/build.ts";
const examplesDir = new URL("../../../examples/", import.meta.url);
const contractFile = new URL("../../../docs/model-contract.md", import.meta.url);
const cityFiles = ["changsha", "zhuzhou", "xiangtan"] as const;

type Json = Record<string, unknown>;

// The examples declare the version they follow (1.1): they are checked against that release.
const examplesVersion = (JSON.parse(readExample("json/changsha.json")) as { schemaVersion?: unknown }).schemaVersion;
if (!isStandardVersion(examplesVersion)) throw new Error(`examples/json/changsha.json declares an unknown schemaVersion ${String(examplesVersion)}`);
const standard = standards[examplesVersion];
const recordSchemaIds = schemaIdsAt(standard.schemaBase);
const ajv = strictAjv(new Map(Object.entries(standard.schemas)), standard.metaSchemaId);
const packageSchema = ajv.getSchema(recordSchemaIds.package)!;
const recordSchema = ajv.getSchema(recordSchemaIds.record)!;
const headerSchema = ajv.getSchema(recordSchemaIds.jsonlHeader)!;

function readExample(path: string): string {
  return readFileSync(new URL(path, examplesDir), "utf8");
}

function jsonLines(text: string): Json[] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Json);
}

function firstDifferentLine(a: string, b: string): number {
  const left = a.split("\n");
  const right = b.split("\n");
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  return i + 1;
}

/** Where a finding points: ajv's instancePath, plus the property for required / additionalProperties. */
function errorPointer(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const property = error.keyword === "required" ? params["missingProperty"] : error.keyword === "additionalProperties" ? params["additionalProperty"] : undefined;
  return property === undefined ? error.instancePath : `${error.instancePath}/${String(property).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/** The errors of one validation as `pointer keyword` lines (readable in a failing assertion). */
function errorsOf(validate: ValidateFunction, value: unknown): { pointer: string; keyword: string; message: string }[] {
  validate(value);
  return (validate.errors ?? []).map((error) => ({ pointer: errorPointer(error), keyword: error.keyword, message: error.message ?? "" }));
}

const packages = Object.fromEntries(cityFiles.map((city) => [city, JSON.parse(readExample(`json/${city}.json`)) as Json & { records: Json[] }]));
const lines = Object.fromEntries(cityFiles.map((city) => [city, jsonLines(readExample(`jsonl/${city}.jsonl`))]));
const allRecords: Json[] = cityFiles.flatMap((city) => packages[city]!.records);
const byType = (type: string) => allRecords.filter((record) => record["recordType"] === type);

describe("generated example files", () => {
  const generated = exampleFiles();

  it.each([...generated.keys()])("examples/%s is up to date", (path) => {
    let committed: string | undefined;
    try {
      committed = readExample(path);
    } catch {
      committed = undefined;
    }
    const expected = generated.get(path) ?? "";
    const problem = committed === undefined ? "is missing" : `differs from the generator from line ${firstDifferentLine(committed, expected)}`;
    expect(committed === expected, `examples/${path} ${problem}. ${rebuild}`).toBe(true);
  });

  it.each(["json", "jsonl", "invalid"])("examples/%s holds no file the generator does not write", (dir) => {
    const stale = readdirSync(new URL(`${dir}/`, examplesDir))
      .map((name) => `${dir}/${name}`)
      .filter((path) => !generated.has(path));
    expect(stale, `stale files; delete them or ${rebuild}`).toEqual([]);
  });
});

describe.each(cityFiles)("the %s export", (city) => {
  const pkg = packages[city]!;
  const cityLines = lines[city]!;

  it("is a valid package", () => {
    expect(errorsOf(packageSchema, pkg)).toEqual([]);
  });

  it("has a valid JSON Lines header, then valid records", () => {
    const [header, ...records] = cityLines;
    expect(header?.["recordType"]).toBe("header");
    expect(errorsOf(headerSchema, header)).toEqual([]);
    const failures = records.flatMap((record, i) => errorsOf(recordSchema, record).map((e) => ({ line: i + 2, ...e })));
    expect(failures).toEqual([]);
  });

  it("has the same envelope and records in JSON and JSON Lines", () => {
    const [header, ...records] = cityLines;
    const { records: packageRecords, ...envelope } = pkg;
    expect(header).toEqual({ recordType: "header", ...envelope });
    expect(records).toEqual(packageRecords);
  });

  it("describes its own city, with an asOf date and record ids of that city", () => {
    expect(pkg["asOf"]).toBe("2026-10-31");
    const code = String(pkg["city"]);
    for (const record of pkg.records) expect(String(record["id"]).startsWith(`${code}-`), String(record["id"])).toBe(true);
  });
});

describe("the three exports together", () => {
  it("have record ids unique across the agglomeration", () => {
    const ids = allRecords.map((record) => record["id"]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("resolve every reference within the union of the three exports", () => {
    const ids = new Set(allRecords.map((record) => String(record["id"])));
    const references: { from: string; field: string; target: unknown }[] = [];
    for (const record of allRecords) {
      const from = String(record["id"]);
      if ("personId" in record) references.push({ from, field: "personId", target: record["personId"] });
      if (record["recordType"] === "transfer") {
        // A side outside the three cities names an external enrolment (1.1 `external`), not a record.
        const fromSide = record["from"] as Json;
        if ("enrolmentId" in fromSide) references.push({ from, field: "from.enrolmentId", target: fromSide["enrolmentId"] });
        const to = record["to"] as Json;
        if ("enrolmentId" in to) references.push({ from, field: "to.enrolmentId", target: to["enrolmentId"] });
      }
      const household = record["household"] as Json | undefined;
      if (record["recordType"] === "assistance" && household !== undefined) {
        references.push({ from, field: "household.headPersonId", target: household["headPersonId"] });
        for (const member of (household["members"] as Json[] | undefined) ?? []) {
          references.push({ from, field: "household.members[].personId", target: member["personId"] });
        }
      }
    }
    expect(references.length).toBeGreaterThan(100);
    expect(references.filter((ref) => !ids.has(String(ref.target)))).toEqual([]);
  });

  it("contain every record the README's story names", () => {
    const ids = new Set(allRecords.map((record) => String(record["id"])));
    const named = [...readExample("README.md").matchAll(/43[0-9]{4}-[PETA]-[0-9]{6}/g)].map((match) => match[0]);
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("hold only identity numbers that pass validateIdNumber, matching birth date and sex", () => {
    const people = byType("person");
    const problems = people.flatMap((person) => {
      if (!("idNumber" in person)) return [];
      const id = String(person["idNumber"]);
      const result = validateIdNumber(id, { today: "2026-10-31" });
      if (!result.valid) return [`${String(person["id"])}: ${result.reason}`];
      const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
      const sex = Number(id[16]) % 2 === 1 ? "1" : "2";
      return birth === person["birthDate"] && sex === person["sex"] ? [] : [`${String(person["id"])}: birth date or sex differs from the number`];
    });
    expect(problems).toEqual([]);
    expect(people.filter((person) => !("idNumber" in person)).map((person) => (person["documents"] as Json[])[0]?.["type"])).toEqual(["passport"]);
  });

  it("hold only credit codes with valid check characters (agencies and employers)", () => {
    const codes = new Set<string>();
    const visit = (value: unknown, key: string): void => {
      if (key === "creditCode" && typeof value === "string") codes.add(value);
      else if (Array.isArray(value)) for (const item of value) visit(item, "");
      else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) visit(v, k);
    };
    visit(Object.values(packages), "");
    expect(codes.size).toBeGreaterThan(20);
    expect([...codes].filter((code) => !validateCreditCode(code, { innerCheck: true }).valid)).toEqual([]);
  });

  it("cover the identity edge cases: retired and out-of-province codes, a residence permit, a passport only", () => {
    const divisions = byType("person").flatMap((person) => (typeof person["idNumber"] === "string" ? [person["idNumber"].slice(0, 6)] : []));
    expect(divisions.some((code) => cityOfDivision(code) !== undefined && !isDivisionValidOn(code, "2026-10-31")), "a retired code of the three cities").toBe(true);
    expect(divisions.some((code) => !code.startsWith("43") && !/^8[123]/.test(code)), "a number from another province").toBe(true);
    expect(divisions.some((code) => /^8[123]0000$/.test(code)), "a Hong Kong, Macao or Taiwan residence permit").toBe(true);
  });

  it("hold names that pass validateName, including a middle-dot name, a name outside the BMP and a Latin one", () => {
    const names = byType("person").map((person) => String(person["name"]));
    expect(names.filter((name) => !validateName(name).valid)).toEqual([]);
    expect(names.some((name) => name.includes("\u00B7"))).toBe(true);
    expect(names.some((name) => [...name].some((c) => (c.codePointAt(0) ?? 0) > 0xffff))).toBe(true);
    expect(names.some((name) => /^[A-Za-z ]+$/.test(name))).toBe(true);
  });

  it("describe each assistance household as its members' person records do", () => {
    const people = new Map(byType("person").map((person) => [String(person["id"]), person]));
    const households = byType("assistance").flatMap((a) => (a["household"] === undefined ? [] : [[a, a["household"] as Json] as const]));
    expect(households.length).toBeGreaterThanOrEqual(5);
    for (const [assistance, household] of households) {
      const members = household["members"] as Json[];
      expect(household["size"]).toBe(members.length);
      expect(assistance["coveredMembers"]).toBe(members.filter((m) => m["covered"] === true).length);
      expect(members.find((m) => m["personId"] === household["headPersonId"])?.["relationToHead"]).toBe("02");
      for (const member of members) {
        const registered = people.get(String(member["personId"]))?.["household"];
        expect(registered, String(member["personId"])).toEqual({ householdId: household["householdId"], relationToHead: member["relationToHead"] });
      }
    }
  });

  it("give people in two cities' exports the same name, sex and birth date", () => {
    const seen = new Map<string, Json>();
    let movers = 0;
    for (const person of byType("person")) {
      const key = person["idNumber"];
      if (typeof key !== "string") continue;
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, person);
        continue;
      }
      movers++;
      expect([person["name"], person["sex"], person["birthDate"]]).toEqual([earlier["name"], earlier["sex"], earlier["birthDate"]]);
    }
    expect(movers).toBeGreaterThanOrEqual(2);
  });

  it("cover every record type, every insurance scheme and every assistance programme", () => {
    expect(new Set(allRecords.map((record) => record["recordType"]))).toEqual(
      new Set(["person", "enrolment", "transfer", "assistance", "benefit", "medicalRegistration", "medicalSettlement", "organisation", "donation"]),
    );
    const schemes = new Set(byType("enrolment").map((record) => record["scheme"]));
    expect([...schemes].sort()).toEqual(codeLists.insuranceScheme.codes.map((entry) => entry.code).sort());
    const programmes = new Set(byType("assistance").map((record) => record["programme"]));
    expect([...programmes].sort()).toEqual(codeLists.assistanceProgramme.codes.map((entry) => entry.code).sort());
  });

  it("enrol in deprecated schemes only in terminated historic records", () => {
    const deprecated = new Set(codeLists.insuranceScheme.codes.filter((entry) => entry.status !== "active").map((entry) => entry.code));
    const historic = byType("enrolment").filter((record) => deprecated.has(String(record["scheme"])));
    expect(historic.length).toBeGreaterThan(0);
    for (const record of historic) {
      expect(record["contributionStatus"], String(record["id"])).toBe("3");
      expect(String((record["period"] as Json)["end"]) <= "2019-12-31", String(record["id"])).toBe(true);
    }
  });
});

describe("the story's amounts follow the contract's rules", () => {
  const sumOf = (years: Json[], pick: (year: Json) => number) => years.reduce((sum, year) => sum + pick(year), 0);

  // Since provincial pooling of the enterprise pension, funds move only between provinces (the default pooling regime).
  const province = (side: unknown) => String((side as Json)["city"]).slice(0, 2);
  const betweenPools = (t: Json) => province(t["from"]) !== province(t["to"]);

  it.each(byType("transfer").map((t) => [String(t["id"]), t] as const))("transfer %s: months, and the individual account between pools only", (_id, transfer) => {
    const years = transfer["contributions"] as Json[];
    expect(transfer["contributionMonths"]).toBe(sumOf(years, (y) => Number(y["months"])));
    if (transfer["kind"] !== "pension.employee.intercity" || betweenPools(transfer)) expect(Number(transfer["individualAccountBalance"])).toBeGreaterThanOrEqual(sumOf(years, (y) => Number(y["individualAmount"])));
    else expect([transfer["individualAccountBalance"], transfer["pooledFundAmount"]]).toEqual([0, 0]);
  });

  const pensionTransfers = byType("transfer").filter((t) => t["kind"] === "pension.employee.intercity" && betweenPools(t));
  it.each(pensionTransfers.map((t) => [String(t["id"]), t] as const))("pension transfer %s moves the 12 %% pooled fund", (_id, transfer) => {
    const years = transfer["contributions"] as Json[];
    const pooled = sumOf(
      years.filter((y) => Number(y["year"]) >= 1998),
      (y) => Math.floor((Number(y["monthlyBase"]) * Number(y["months"]) * 12 + 50) / 100),
    );
    expect(transfer["pooledFundAmount"]).toBe(pooled);
  });

  it("has a completed employee pension transfer between pools, through every step, and a registration change within Hunan that moves no funds", () => {
    const completed = byType("transfer").find((t) => t["kind"] === "pension.employee.intercity" && t["status"] === "completed" && betweenPools(t));
    if (completed === undefined) throw new Error("no completed pension.employee.intercity transfer between pools in the examples");
    expect((completed["steps"] as Json[]).map((step) => step["status"])).toEqual(["requested", "letterIssued", "fundsTransferred", "completed"]);
    // The 1998 cut of the pooled fund is shown by the conformance vectors (transfer.pooled-fund): the between-pool examples start later.
    const within = byType("transfer").find((t) => t["kind"] === "pension.employee.intercity" && t["status"] === "completed" && !betweenPools(t));
    if (within === undefined) throw new Error("no registration change (a completed move within Hunan) in the examples");
    expect((within["contributions"] as Json[]).some((y) => Number(y["year"]) < 1998)).toBe(true);
    expect([within["pooledFundAmount"], within["individualAccountBalance"]]).toEqual([0, 0]);
  });

  it("has 低保 benefits of (standard − income) × covered members, with different incomes per household", () => {
    // 渐退期 and 单人保 cases lawfully keep 低保 with an income at or above the standard (1.1).
    const dibao = byType("assistance").filter((a) => (a["programme"] === "dibao.urban" || a["programme"] === "dibao.rural") && a["gradualExit"] === undefined && a["singleMemberCoverage"] === undefined);
    expect(dibao.length).toBeGreaterThanOrEqual(3);
    for (const a of dibao) {
      const members = ((a["household"] as Json)["members"] as Json[]) ?? [];
      const covered = members.filter((m) => m["covered"] === true).length;
      expect(a["coveredMembers"], String(a["id"])).toBe(covered);
      expect(Number(a["perCapitaIncome"])).toBeLessThan(Number(a["monthlyStandard"]));
      expect(a["benefitAmount"], String(a["id"])).toBe((Number(a["monthlyStandard"]) - Number(a["perCapitaIncome"])) * covered);
    }
    expect(new Set(dibao.map((a) => a["perCapitaIncome"])).size).toBe(dibao.length);
  });

  it("has no active assistance case past its review date on the export's asOf", () => {
    const overdue = byType("assistance").filter((a) => a["caseStatus"] === "active" && !(String(a["nextReviewDate"]) >= "2026-10-31"));
    expect(overdue.map((a) => a["id"])).toEqual([]);
  });
});

describe("invalid examples", () => {
  const manifest = JSON.parse(readExample("invalid-manifest.json")) as { file: string; ruleId: string; keyword: string; pointer: string; line?: number; description: string }[];

  it("are all listed in the manifest, and the manifest lists no missing file", () => {
    const files = readdirSync(new URL("invalid/", examplesDir));
    expect(manifest.map((entry) => entry.file).sort()).toEqual(files.sort());
  });

  it("cover every schema rule id of the model contract", () => {
    const contract = readFileSync(contractFile, "utf8");
    // The "Schema:" paragraph of the rule ids section, up to the "Record:" paragraph.
    const schemaParagraph = /\nSchema: ([\s\S]*?)\nRecord: /.exec(contract)?.[1] ?? "";
    const contractRules = [...schemaParagraph.matchAll(/`(schema\.[a-z-]+)`/g)].map((match) => match[1]);
    expect(contractRules.length).toBeGreaterThanOrEqual(7);
    expect(new Set(manifest.map((entry) => entry.ruleId))).toEqual(new Set(contractRules));
  });

  it.each(manifest.map((entry) => [entry.file, entry] as const))("%s fails for its labelled reason only", (file, entry) => {
    expect(entry.ruleId, "ruleId must match the keyword").toBe(schemaRuleOfKeyword(entry.keyword));
    const text = readExample(`invalid/${file}`);
    let errors: ReturnType<typeof errorsOf>;
    if (file.endsWith(".jsonl")) {
      const [header, ...records] = jsonLines(text);
      const faultLine = entry.line ?? 0;
      const byLine = [errorsOf(headerSchema, header), ...records.map((record) => errorsOf(recordSchema, record))];
      byLine.forEach((lineErrors, i) => {
        if (i + 1 !== faultLine) expect(lineErrors, `line ${i + 1} should be valid`).toEqual([]);
      });
      errors = byLine[faultLine - 1] ?? [];
    } else {
      errors = errorsOf(packageSchema, JSON.parse(text));
    }
    expect(errors).toContainEqual(expect.objectContaining({ keyword: entry.keyword, pointer: entry.pointer }));
    // One fault per file: apart from if/then wrappers, every error points at one place.
    const pointers = new Set(errors.filter((e) => e.keyword !== "if").map((e) => e.pointer));
    expect(pointers.size, JSON.stringify(errors)).toBe(1);
  });
});
