import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { schemas } from "@czt/schemas";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parseParameters } from "../../src/parameters.js";

const repository = join(dirname(fileURLToPath(import.meta.url)), "../../../..");
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(repository, path), "utf8"));
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

const example = readJson("examples/parameters/placeholder-parameters.json") as Record<string, unknown>;

function schemaValidator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "x-czt-title" });
  ajv.addMetaSchema(schemas["https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json"] as object);
  return ajv.compile(readJson("schemas/parameters.schema.json") as object);
}

const entry = { region: "430000", validFrom: "2025-01-01", lowerBound: 400000, upperBound: 2000000, source: "test", verified: false };

/** Files both the schema and parseParameters must reject. */
const invalid: Record<string, unknown> = {
  "missing version": { contributionBase: [] },
  "unknown top-level property": { parametersVersion: "1.0", contributionBases: [] },
  "bounds in yuan with decimals": { parametersVersion: "1.0", contributionBase: [{ ...entry, lowerBound: 4000.5 }] },
  "five-digit region": { parametersVersion: "1.0", contributionBase: [{ ...entry, region: "43000" }] },
  "entry without source": { parametersVersion: "1.0", contributionBase: [{ ...entry, source: "" }] },
  "source of blanks only": { parametersVersion: "1.0", dibaoStandard: [{ city: "430100", programme: "dibao.urban", validFrom: "2025-01-01", monthlyStandard: 1, source: " \t", verified: false }] },
  "calendar without a real source": { parametersVersion: "1.0", workingDayCalendar: { holidays: [], workingWeekends: [], source: "   " } },
  "city outside the agglomeration": {
    parametersVersion: "1.0",
    dibaoStandard: [{ city: "430400", programme: "dibao.urban", validFrom: "2025-01-01", monthlyStandard: 1, source: "x", verified: false }],
  },
  "impossible date": { parametersVersion: "1.0", workingDayCalendar: { holidays: ["2025-02-30"], workingWeekends: [], source: "x" } },
};

describe("parameter file", () => {
  it("the example file is valid against schemas/parameters.schema.json and parses", () => {
    const validate = schemaValidator();
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    const result = parseParameters(example);
    expect(result.ok).toBe(true);
  });

  it("the example file marks every figure as unverified placeholder", () => {
    const result = parseParameters(example);
    if (!result.ok) throw new Error("example does not parse");
    const entries = [...(result.parameters.contributionBase ?? []), ...(result.parameters.dibaoStandard ?? [])];
    expect(result.unverified).toBe(entries.length);
    for (const figure of entries) expect(figure.source).toMatch(/PLACEHOLDER/);
    expect(example["description"]).toMatch(/PLACEHOLDER/);
  });

  it.each(Object.entries(invalid))("rejects a file with %s, in the schema and in parseParameters", (_name, file) => {
    expect(schemaValidator()(file)).toBe(false);
    const result = parseParameters(file);
    expect(result.ok).toBe(false);
  });

  it("locates each problem by JSON Pointer, with a message naming the field, in zh or en", () => {
    const file = { parametersVersion: "1.0", contributionBase: [entry, { ...entry, region: "43000", upperBound: 1 }] };
    expect(parseParameters(file)).toEqual({
      ok: false,
      problems: [
        { pointer: "/contributionBase/1/region", message: "Region (/contributionBase/1/region) has the value '43000', which does not match the format of a division code: 6 digits, the first 1–8" },
        { pointer: "/contributionBase/1/upperBound", message: "Upper bound (fen) (/contributionBase/1/upperBound) must not be below lowerBound (400000)" },
      ],
    });
    expect(parseParameters(file, { lang: "zh" })).toMatchObject({
      problems: [{ message: "地区（/contributionBase/1/region）的值「43000」不符合格式 行政区划代码（6 位数字，首位为 1–8）" }, { message: "上限（分）（/contributionBase/1/upperBound）不得低于下限（400000）" }],
    });
    // The file itself is the parameter file, not "the record" as in record findings.
    expect(parseParameters({ parametersVersion: "1.0", bases: [] })).toMatchObject({
      problems: [{ pointer: "/bases", message: "The parameter file has the field 'bases', which the standard does not define" }],
    });
  });

  it("rejects two entries for one region in force on the same day (which would be ambiguous)", () => {
    const result = parseParameters({ parametersVersion: "1.0", contributionBase: [entry, { ...entry, validFrom: "2025-06-01" }] });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ pointer: "/contributionBase/1", message: `Entry (/contributionBase/1) is in force on the same dates as entry 0 (region ${entry.region})` }],
    });
  });

  it("accepts consecutive periods for one region and rejects validUntil before validFrom", () => {
    const consecutive = [
      { ...entry, validUntil: "2024-12-31", validFrom: "2024-01-01" },
      { ...entry, validFrom: "2025-01-01" },
    ];
    expect(parseParameters({ parametersVersion: "1.0", contributionBase: consecutive }).ok).toBe(true);
    expect(parseParameters({ parametersVersion: "1.0", contributionBase: [{ ...entry, validUntil: "2024-12-31" }] })).toMatchObject({
      ok: false,
      problems: [{ pointer: "/contributionBase/0/validUntil" }],
    });
  });

  it("never throws on arbitrary JSON", () => {
    for (const value of [null, 1, "x", [], { parametersVersion: "1.0", dibaoStandard: "x" }, { parametersVersion: "1.0", contributionBase: [null] }]) {
      expect(parseParameters(value).ok).toBe(false);
    }
  });
});

describe("assistance parameter tables (1.1)", () => {
  const dibao = { city: "430200", programme: "dibao.rural", validFrom: "2025-01-01", monthlyStandard: 60000, source: "test", verified: false };

  it("accepts a county 低保 row beside its city's row, and rejects a county of another city", () => {
    const county = { ...dibao, division: "430225", monthlyStandard: 55000 };
    expect(parseParameters({ parametersVersion: "1.0", dibaoStandard: [dibao, county] }).ok).toBe(true);
    expect(parseParameters({ parametersVersion: "1.0", dibaoStandard: [dibao, { ...county, division: "430181" }] })).toMatchObject({
      ok: false,
      problems: [{ pointer: "/dibaoStandard/1/division" }],
    });
    expect(parseParameters({ parametersVersion: "1.0", dibaoStandard: [county, { ...county, validFrom: "2025-06-01" }] })).toMatchObject({
      ok: false,
      problems: [{ pointer: "/dibaoStandard/1" }],
    });
  });

  it("accepts review intervals, rounding tolerances and near-poverty ceilings, and rejects overlapping rows", () => {
    const interval = { programme: "dibao.urban", validFrom: "2025-01-01", maxMonths: 12, source: "test", verified: false };
    const tolerance = { region: "430100", validFrom: "2025-01-01", toleranceFen: 100, source: "test", verified: false };
    const ceiling = { region: "430000", validFrom: "2025-01-01", ceilingPercent: 150, source: "test", verified: false, confidence: "fairlySure" };
    const file = { parametersVersion: "1.0", reviewInterval: [interval, { ...interval, memberCanWork: true, maxMonths: 6 }], benefitRoundingTolerance: [tolerance], dibaoMarginalCeiling: [ceiling] };
    expect(schemaValidator()(file)).toBe(true);
    expect(parseParameters(file)).toMatchObject({ ok: true, unverified: 1 });
    expect(parseParameters({ ...file, reviewInterval: [interval, { ...interval, validFrom: "2025-03-01" }] })).toMatchObject({ ok: false, problems: [{ pointer: "/reviewInterval/1" }] });
    expect(parseParameters({ ...file, benefitRoundingTolerance: [{ ...tolerance, toleranceFen: -1 }] }).ok).toBe(false);
  });
});
