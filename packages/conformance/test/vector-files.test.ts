import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { buildVectorFiles, vectorFileText } from "../scripts/vectors/index.js";
import { loadVectors, parseVectorFile, VectorFormatError } from "../src/harness.js";
import { allVectors, repositoryRoot, vectorsDirectory } from "./support.js";

const vectorSchema = JSON.parse(readFileSync(join(repositoryRoot, "conformance", "vectors.schema.json"), "utf8"));

describe("the committed vector files", () => {
  const names = readdirSync(vectorsDirectory).filter((name) => name.endsWith(".json"));

  it.each(names)("%s follows conformance/vectors.schema.json", (name) => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(vectorSchema);
    const ok = validate(JSON.parse(readFileSync(join(vectorsDirectory, name), "utf8")));
    expect(validate.errors?.slice(0, 3) ?? [], `${name} does not follow the vector schema`).toEqual([]);
    expect(ok).toBe(true);
  });

  it("are what scripts/vectors/ generates (Run: npm run generate -w @czt/conformance)", () => {
    const generated = buildVectorFiles(join(repositoryRoot, "schemas"));
    expect(names.sort(), "vector files drifted. Run: npm run generate -w @czt/conformance").toEqual(Object.keys(generated).sort());
    for (const [name, groups] of Object.entries(generated)) {
      const committed = readFileSync(join(vectorsDirectory, name), "utf8");
      expect(committed === vectorFileText(groups), `conformance/vectors/${name} drifted from scripts/vectors/. Run: npm run generate -w @czt/conformance`).toBe(true);
    }
  });

  it("give every vector a unique id and exactly one kind of input", () => {
    const ids = allVectors.map((vector) => vector.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const vector of allVectors) {
      expect(["data", "records", "raw"].filter((key) => key in vector), vector.id).toHaveLength(1);
    }
  });

  it("expect findings consistent with the verdict: invalid vectors expect at least one finding", () => {
    for (const vector of allVectors) {
      if (!vector.valid) expect(vector.findings.length, vector.id).toBeGreaterThan(0);
    }
  });
});

describe("the vector loader", () => {
  const test = { id: "area/name", description: "d", data: {}, valid: true, findings: [] };
  const file = (groups: unknown) => JSON.stringify(groups);

  it("applies the group's asOf and parameters to its tests", () => {
    const [vector] = parseVectorFile(file([{ description: "g", rules: ["a.b"], asOf: "2025-01-01", parameters: { x: 1 }, tests: [test] }]), "f.json");
    expect(vector).toMatchObject({ id: "area/name", asOf: "2025-01-01", parameters: { x: 1 }, groupRules: ["a.b"], file: "f.json" });
  });

  it.each([
    ["not JSON", "{", /f\.json: not valid JSON/],
    ["not a list", file({}), /f\.json: a vector file is a non-empty list of groups/],
    ["a group without rules", file([{ description: "g", tests: [test] }]), /f\.json group 1: `rules` must be a non-empty list of rule ids/],
    ["a test without a verdict", file([{ description: "g", rules: ["a.b"], tests: [{ ...test, valid: undefined }] }]), /f\.json group 1 test 1 \(area\/name\): `valid` must be true or false/],
    ["two inputs", file([{ description: "g", rules: ["a.b"], tests: [{ ...test, raw: "x", format: "json" }] }]), /exactly one of `data`, `records`, `raw` is required/],
    ["a bad finding", file([{ description: "g", rules: ["a.b"], tests: [{ ...test, findings: [{ ruleId: "a.b", pointer: "x" }] }] }]), /findings\[0\]: `pointer` must be a JSON Pointer/],
    [
      "records of one file apart",
      file([{ description: "g", rules: ["a.b"], tests: [{ ...test, data: undefined, records: [{ file: "a", record: {} }, { file: "b", record: {} }, { file: "a", record: {} }] }] }]),
      /records\[2\]: the records of a must be listed together/,
    ],
    ["an unknown property", file([{ description: "g", rules: ["a.b"], tests: [{ ...test, expected: 1 }] }]), /unknown property `expected`/],
  ])("rejects %s with a located message", (_what, text, message) => {
    expect(() => parseVectorFile(text, "f.json")).toThrow(VectorFormatError);
    expect(() => parseVectorFile(text, "f.json")).toThrow(message);
  });

  it("names the directory it cannot read", () => {
    expect(() => loadVectors(join(repositoryRoot, "no-such-directory"))).toThrow(/cannot read the vector directory .*no-such-directory/);
  });
});
