import { readFileSync } from "node:fs";
import { join } from "node:path";
import { standardVersions } from "@czt/schemas";
import { describe, expect, it } from "vitest";
import { createMigrator, createVersionProbe, knownVersions, type MigrationRegistry, type MigrationStep, migrationRegistry, planMigration } from "../src/index.js";

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (parts: readonly Uint8Array[]) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(Buffer.concat(parts));
const examples = join(import.meta.dirname, "..", "..", "..", "examples");

/** Splits bytes into chunks of the given sizes (the last one repeated). */
function chunked(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes[Math.min(i, sizes.length - 1)]!;
    chunks.push(bytes.slice(at, at + size));
    at += size;
  }
  return chunks;
}

function migrate(text: string, format: "json" | "jsonl", to: string, registry: MigrationRegistry = migrationRegistry, sizes: readonly number[] = [1 << 20]) {
  const bytes = encode(text);
  const probe = createVersionProbe(format);
  for (const chunk of chunked(bytes, sizes)) if (probe.push(chunk)) break;
  const declared = probe.end();
  if (!declared.ok) return { declared, output: "", summary: undefined };
  const plan = planMigration(declared.version, to, registry);
  if (!plan.ok) return { declared, plan, output: "", summary: undefined };
  const out: Uint8Array[] = [];
  const migrator = createMigrator({ format, to, steps: plan.steps, write: (part) => out.push(part.slice()) });
  for (const chunk of chunked(bytes, sizes)) migrator.push(chunk);
  const summary = migrator.end();
  return { declared, plan, output: decode(out), summary };
}

/**
 * A step only tests use: 1.0 → 1.1 renames the sex code "9" to "0" in person records and
 * cannot migrate a person whose sex is "X". It proves the registry's mechanism before a
 * real version needs it.
 */
const renameSexStep: MigrationStep = {
  from: "1.0",
  to: "1.1",
  summary: "test only: sex 9 → 0",
  migrateRecord(record) {
    if (record["recordType"] !== "person") return { kind: "unchanged" };
    if (record["sex"] === "X") return { kind: "failed", reason: "sex X has no 1.1 code" };
    return record["sex"] === "9" ? { kind: "changed", record: { ...record, sex: "0" } } : { kind: "unchanged" };
  },
};
const testRegistry: MigrationRegistry = [renameSexStep];

describe("the migration plan", () => {
  it("goes forward within a major, step by step, and refuses the rest with the reason", () => {
    const chain: MigrationRegistry = [
      { from: "1.0", to: "1.1", summary: "a" },
      { from: "1.1", to: "1.2", summary: "b" },
    ];
    expect(planMigration("1.0", "1.2", chain)).toEqual({ ok: true, steps: chain });
    expect(planMigration("1.1", "1.1", chain)).toEqual({ ok: true, steps: [] });
    expect(planMigration("1.2", "1.0", chain)).toMatchObject({ ok: false, kind: "downgrade", message: "cannot migrate 1.2 down to 1.0: data of a newer minor may use what the older one lacks" });
    expect(planMigration("2.0", "1.1", chain)).toMatchObject({ ok: false, kind: "cross-major", message: "cannot migrate 2.0 to 1.1: a new major version is not a mechanical change" });
    expect(planMigration("1.0", "1.9", chain)).toMatchObject({ ok: false, kind: "unknown-target", message: "unknown target version '1.9' (known: 1.0, 1.1, 1.2)" });
    expect(planMigration("1.7", "1.1", chain)).toMatchObject({ ok: false, kind: "unknown-source" });
  });

  it("has a step into every version the standard carries, so a release cannot forget its migration", () => {
    expect(knownVersions(migrationRegistry)).toEqual(standardVersions);
  });

  it("knows 1.0 → 1.1, which changes no record", () => {
    const plan = planMigration("1.0", "1.1", migrationRegistry);
    expect(plan.ok && plan.steps.map((step) => [step.from, step.to, step.migrateRecord])).toEqual([["1.0", "1.1", undefined]]);
  });
});

describe("migrating an export", () => {
  // The bundled examples declare 1.1; written back as 1.0 they are what a migration starts from.
  it.each(["changsha", "zhuzhou", "xiangtan"])("JSON Lines %s: only the header's version changes, in any chunking", (city) => {
    const expected = readFileSync(join(examples, "jsonl", `${city}.jsonl`), "utf8");
    const text = expected.replace('"schemaVersion":"1.1"', '"schemaVersion":"1.0"');
    expect(expected).not.toBe(text);
    const records = text.trimEnd().split("\n").length - 1;
    for (const sizes of [[1 << 20], [1], [7, 13], [300]]) {
      const { output, summary } = migrate(text, "jsonl", "1.1", migrationRegistry, sizes);
      expect(output).toBe(expected);
      expect(summary).toEqual({ records, changed: 0, problems: [] });
    }
  });

  it.each(["changsha", "zhuzhou", "xiangtan"])("JSON package %s: only the package's version changes, in any chunking", (city) => {
    const expected = readFileSync(join(examples, "json", `${city}.json`), "utf8");
    const text = expected.replace('"schemaVersion": "1.1"', '"schemaVersion": "1.0"');
    expect(expected).not.toBe(text);
    const records = (JSON.parse(text) as { records: unknown[] }).records.length;
    for (const sizes of [[1 << 20], [1], [5, 11]]) expect(migrate(text, "json", "1.1", migrationRegistry, sizes)).toMatchObject({ output: expected, summary: { records, changed: 0, problems: [] } });
  });

  it("finds the package's version after its records, and keeps CRLF, a BOM and escapes byte for byte", () => {
    const text = '\uFEFF{"records":[{"id":"a\\"}","x":[1,{"schemaVersion":"1.0"}]}],\r\n "city":"430100", "schemaVersion" : "1.0" }\r\n';
    const { output, declared } = migrate(text, "json", "1.1", migrationRegistry, [3]);
    expect(declared).toMatchObject({ ok: true, version: "1.0" });
    expect(output).toBe(text.replace('"schemaVersion" : "1.0"', '"schemaVersion" : "1.1"'));
  });

  it("keeps escapes, quotes and non-ASCII text in strings byte for byte, cut anywhere", () => {
    const awkward = ['a\\', '\\"', '"}]', "长沙\u0022", "\\\\", "{[,:]}", "x".repeat(40)];
    const records = awkward.map((text, i) => `{"recordType":"person","id":"p${i}","name":${JSON.stringify(text)},"sex":"9","n":[${i},{"k":${JSON.stringify(text)}}]}`);
    const text = `{"records":[\n${records.join(",\n")}\n],"note":"\\"schemaVersion\\"","schemaVersion":"1.0"}`;
    const expected = text.replace('"schemaVersion":"1.0"', '"schemaVersion":"1.1"');
    for (const size of [1, 2, 3, 5, 7, 13, 64]) {
      expect(migrate(text, "json", "1.1", migrationRegistry, [size])).toMatchObject({ output: expected, summary: { records: awkward.length, problems: [] } });
      const stepped = migrate(text, "json", "1.1", testRegistry, [size]);
      expect(stepped.output).toBe(expected.replaceAll('"sex":"9"', '"sex":"0"'));
      expect(stepped.summary).toMatchObject({ records: awkward.length, changed: awkward.length });
    }
  });

  it("a registered step rewrites the records it applies to, keeps the others' bytes and lists those it cannot migrate", () => {
    const lines = [
      '{"recordType":"header","schemaVersion":"1.0","city":"430100"}',
      '{"recordType":"person","id":"p1","sex":"9"}',
      '{ "recordType": "person", "id": "p2", "sex": "1" }',
      '{"recordType":"person","id":"430124197504180315","sex":"X"}',
      "",
      '{"recordType":"enrolment","id":"e1"}',
    ];
    const text = `${lines.join("\r\n")}\n`;
    for (const sizes of [[1 << 20], [1], [17]]) {
      const { output, summary } = migrate(text, "jsonl", "1.1", testRegistry, sizes);
      expect(output).toBe(text.replace('"schemaVersion":"1.0"', '"schemaVersion":"1.1"').replace('"sex":"9"', '"sex":"0"'));
      expect(summary).toEqual({ records: 4, changed: 1, problems: [{ kind: "record", line: 4, column: 1, recordIndex: 2, recordId: "430124197504180315", message: "1.0 → 1.1: sex X has no 1.1 code" }] });
    }
  });

  it("a registered step rewrites a package's records in place, laid out like their neighbours", () => {
    const text = `{
  "schemaVersion": "1.0",
  "records": [
    {
      "recordType": "person",
      "id": "p1",
      "sex": "9"
    },
    {"recordType":"person","id":"p2","sex":"X"}
  ]
}
`;
    for (const sizes of [[1 << 20], [1], [9]]) {
      const { output, summary } = migrate(text, "json", "1.1", testRegistry, sizes);
      expect(output).toBe(text.replace('"1.0"', '"1.1"').replace('"9"', '"0"'));
      expect(summary?.problems).toEqual([{ kind: "record", line: 9, column: 5, recordIndex: 1, recordId: "p2", message: "1.0 → 1.1: sex X has no 1.1 code" }]);
      expect(summary).toMatchObject({ records: 2, changed: 1 });
    }
  });

  it("says, located, why an export declares no version it could migrate from", () => {
    const cases: [string, "json" | "jsonl", object][] = [
      ['\n{"recordType":"person","id":"p1"}\n', "jsonl", { kind: "no-version", line: 2 }],
      ['{"recordType":"header","city":"430100"}\n', "jsonl", { kind: "no-version", line: 1, message: "declares no schemaVersion" }],
      ["not json\n", "jsonl", { kind: "malformed", line: 1, message: "the first line is not JSON" }],
      ['[{"recordType":"person"}]', "json", { kind: "no-version", message: expect.stringContaining("an array of records") }],
      ['{"recordType":"person","id":"p1"}', "json", { kind: "no-version", message: "a single record declares no schemaVersion" }],
      ['{"schemaVersion":1.0,"records":[]}', "json", { kind: "no-version", message: "schemaVersion is not a string" }],
      ['{"records":[{"a":1}', "json", { kind: "malformed", message: "the JSON document ends before it is complete" }],
      ["", "jsonl", { kind: "no-version", message: "the file is empty" }],
    ];
    for (const [text, format, problem] of cases) {
      const probe = createVersionProbe(format);
      probe.push(encode(text));
      expect(probe.end(), text).toEqual({ ok: false, problem: expect.objectContaining(problem) });
    }
  });

  it("refuses a file that is not UTF-8 instead of mangling it", () => {
    const gbk = new Uint8Array([...encode('{"recordType":"header","schemaVersion":"1.0","name":"'), 0xb3, 0xa4, 0xc9, 0xb3, ...encode('"}\n')]);
    const probe = createVersionProbe("jsonl");
    probe.push(gbk);
    expect(probe.end()).toMatchObject({ ok: false, problem: { kind: "not-utf8", line: 1 } });
  });
});
