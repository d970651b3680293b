import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatedSchemaCode, quickCodePath, regenerateCommand, schemaCodePath } from "../scripts/schema-code.js";
import * as quick from "../src/generated/quick-validators.js";
import * as reporting from "../src/generated/schema-validators.js";
import { createValidator } from "../src/index.js";
import type { RecordType } from "../src/rule.js";
import { standardSchemaSet } from "../src/schema/standard-schema-set.js";
import { person } from "./support/records.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);
const repository = join(import.meta.dirname, "..", "..", "..");
const recordTypes: readonly RecordType[] = ["person", "enrolment", "transfer", "assistance"];
type Check = (record: unknown) => boolean;
const quickChecks = quick as unknown as Record<RecordType, Check>;
const reportingChecks = reporting as unknown as Record<RecordType, Check>;

function jsonLinesIn(dir: string): unknown[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".jsonl"))
    .flatMap((name) =>
      readFileSync(join(dir, name), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as unknown),
    );
}

/** Every record the repository holds: examples (valid and invalid), rule fixtures, conformance vectors. */
function corpus(): Record<string, unknown>[] {
  const records: unknown[] = [...jsonLinesIn(join(repository, "examples", "jsonl")), ...jsonLinesIn(join(repository, "examples", "invalid"))];
  for (const name of readdirSync(join(repository, "examples", "json"))) {
    records.push(...(JSON.parse(readFileSync(join(repository, "examples", "json", name), "utf8")) as { records: unknown[] }).records);
  }
  const fixtures = join(import.meta.dirname, "fixtures", "rules");
  for (const rule of readdirSync(fixtures)) records.push(...jsonLinesIn(join(fixtures, rule)));
  for (const name of readdirSync(join(repository, "conformance", "vectors"))) {
    const groups = JSON.parse(readFileSync(join(repository, "conformance", "vectors", name), "utf8")) as { tests: { data?: unknown }[] }[];
    for (const group of groups) for (const test of group.tests) records.push(test.data);
  }
  return records.filter(
    (record): record is Record<string, unknown> =>
      typeof record === "object" && record !== null && !Array.isArray(record) && recordTypes.includes((record as Record<string, unknown>)["recordType"] as RecordType),
  );
}

/** A copy of `record` with the value at `path` (keys or indexes, any depth) replaced, removed or joined by a sibling. */
function mutate(record: unknown, path: readonly number[], change: { kind: "set"; value: unknown } | { kind: "delete" } | { kind: "add"; key: string; value: unknown }): unknown {
  const copy = structuredClone(record);
  let node: unknown = copy;
  for (let depth = 0; ; depth++) {
    if (typeof node !== "object" || node === null) return copy;
    const keys = Object.keys(node);
    if (keys.length === 0) return copy;
    const key = keys[path[depth]! % keys.length]!;
    const child = (node as Record<string, unknown>)[key];
    const last = depth === path.length - 1 || typeof child !== "object" || child === null;
    if (!last) {
      node = child;
      continue;
    }
    const target = node as Record<string, unknown>;
    if (change.kind === "set") target[key] = change.value;
    else if (change.kind === "delete") Array.isArray(target) ? target.splice(Number(key), 1) : delete target[key];
    else if (!Array.isArray(target)) target[change.key] = change.value;
    return copy;
  }
}

describe("the schema validators generated at build time", () => {
  it.each(generatedSchemaCode().map(({ path, source }) => [path, source] as const))("%s matches the schemas of @czt/schemas", (path, source) => {
    const committed = readFileSync(join(import.meta.dirname, "..", path), "utf8");
    expect(committed === source(), `${path} is out of date: run \`${regenerateCommand}\``).toBe(true);
  });

  it("find what validators compiled at run time find", () => {
    const prebuilt = createValidator();
    // A copy of the standard's set is compiled at run time, not taken from src/generated.
    const compiled = createValidator({ schemaSet: { ...standardSchemaSet } });
    for (const record of [person(), person({ sex: 1, extra: true }), person({ idNumber: undefined }), person({ birthDate: "1990-02-30" })]) {
      expect(prebuilt.validateRecord(record)).toEqual(compiled.validateRecord(record));
    }
  });

  it.each([schemaCodePath, quickCodePath])("%s uses no eval or Function constructor, so it runs under a browser Content-Security-Policy", (path) => {
    const code = readFileSync(join(import.meta.dirname, "..", path), "utf8");
    expect(code).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(/);
  });
});

describe("the quick validators", () => {
  const records = corpus();

  it("give the reporting validators' answer on every record of the examples, fixtures and conformance vectors", () => {
    const answers = { valid: 0, invalid: 0 };
    for (const record of records) {
      const type = record["recordType"] as RecordType;
      const expected = reportingChecks[type](record);
      expect(quickChecks[type](record), JSON.stringify(record)).toBe(expected);
      answers[expected ? "valid" : "invalid"]++;
    }
    // Both answers are exercised, many times each.
    expect(answers.valid).toBeGreaterThan(100);
    expect(answers.invalid).toBeGreaterThan(20);
  });

  it("give the reporting validators' answer on records broken at random", () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom("", "430100", "43010", "2024-02-30", "2024-02-29T08:00:00+08:00", "91430100MA4L0000XX", "𠀀", "430100-P-1", "dibao.urban", "1"),
      fc.string({ maxLength: 140 }),
      fc.integer({ min: -2, max: 5_000_000_000 }),
    );
    const change = fc.oneof(
      fc.record({ kind: fc.constant("set" as const), value }),
      fc.constant({ kind: "delete" as const }),
      fc.record({ kind: fc.constant("add" as const), key: fc.constantFrom("extra", "id", "name", "end", "members"), value }),
    );
    fc.assert(
      fc.property(fc.nat({ max: records.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), change, (index, path, how) => {
        const broken = mutate(records[index], path, how);
        const type = (broken as Record<string, unknown>)["recordType"];
        if (!recordTypes.includes(type as RecordType)) return;
        expect(quickChecks[type as RecordType](broken)).toBe(reportingChecks[type as RecordType](broken));
      }),
      { numRuns: runs * 20 },
    );
  });
});
