import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { migrationProblemLine } from "../src/commands/migration-problem-line.js";
import { runCzt } from "./run-czt.js";

const repository = join(import.meta.dirname, "..", "..", "..");
const examples = join(repository, "examples");
const scratch = () => mkdtempSync(join(tmpdir(), "czt-migrate-test-"));
const to11 = (text: string) => text.replace(/("schemaVersion" ?: ?)"1\.0"/, '$1"1.1"');
const to10 = (text: string) => text.replace(/("schemaVersion" ?: ?)"1\.1"/, '$1"1.0"');

/** The bundled example exports (they declare 1.1) written as 1.0 exports: what a migration to 1.1 starts from. */
const examples10 = (() => {
  const dir = scratch();
  for (const kind of ["json", "jsonl"]) {
    mkdirSync(join(dir, kind));
    for (const name of readdirSync(join(examples, kind))) writeFileSync(join(dir, kind, name), to10(readFileSync(join(examples, kind, name), "utf8")));
  }
  return dir;
})();

/** The records of an example export (JSON Lines: the lines after the header; a package: its records). */
function recordCount(file: string): number {
  const text = readFileSync(join(examples, file), "utf8");
  return file.endsWith(".jsonl") ? text.trimEnd().split("\n").length - 1 : (JSON.parse(text) as { records: unknown[] }).records.length;
}

describe("czt migrate: usage", () => {
  it.each([
    [["migrate", "examples/jsonl/changsha.jsonl"], "czt migrate: give the version to migrate to with --to (see --help)"],
    [["migrate", "--to", "1.1"], "czt migrate: give at least one export file, or - for standard input (see --help)"],
    [["migrate", "--to", "1.9", "examples/jsonl/changsha.jsonl"], "czt migrate: unknown target version '1.9' (known: 1.0, 1.1)"],
    [["migrate", "--to", "1.1", "-o", "x.jsonl", "examples/jsonl/changsha.jsonl", "examples/jsonl/zhuzhou.jsonl"], "czt migrate: -o/--output takes one input; use --out DIR for several"],
    [["migrate", "--to", "1.1", "examples/jsonl"], "czt migrate: 3 exports to migrate: give --out DIR or --in-place"],
    [["migrate", "--to", "1.1", "-o", "examples/jsonl/changsha.jsonl", "examples/jsonl/changsha.jsonl"], "czt migrate: examples/jsonl/changsha.jsonl would be overwritten: give --in-place to replace it"],
    [["migrate", "--to", "1.1", "--in-place", "-"], "czt migrate: --in-place cannot replace standard input"],
    [["migrate", "--to", "1.1", "--out", "no/such/dir", "examples/jsonl/changsha.jsonl"], "czt migrate: --out no/such/dir: no such directory"],
    [["migrate", "--to", "1.1", "no-such-file.jsonl"], "czt migrate: cannot read no-such-file.jsonl: not found"],
    [["migrate", "--to", "1.1", "examples/invalid/package-wrong-version.json"], "czt migrate: examples/invalid/package-wrong-version.json:2 cannot migrate 2.0 to 1.1: a new major version is not a mechanical change"],
  ])("czt %j → exit 2, one line", async (args, message) => {
    const run = await runCzt(args, { cwd: repository });
    expect({ code: run.code, stdout: run.stdout, firstLine: run.stderr.split("\n")[0] }).toEqual({ code: 2, stdout: "", firstLine: message });
  });

  it("refuses a downgrade (1.1 → 1.0): exit 2, nothing written", async () => {
    const dir = scratch();
    const run = await runCzt(["migrate", "--to", "1.0", "-o", join(dir, "out.jsonl"), "-"], { stdin: to11(readFileSync(join(examples, "jsonl/xiangtan.jsonl"), "utf8")) });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("czt migrate: -:1 cannot migrate 1.1 down to 1.0: data of a newer minor may use what the older one lacks");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("czt migrate: output", () => {
  it("writes a single input to standard output: only the version changes, every other byte kept", async () => {
    for (const file of ["jsonl/changsha.jsonl", "json/zhuzhou.json"]) {
      const original = readFileSync(join(examples10, file), "utf8");
      const run = await runCzt(["migrate", "--to", "1.1", join(examples10, file)]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(to11(original));
      expect(run.stdout).not.toBe(original);
    }
  });

  it("reads standard input (-), a package whose version follows its records too", async () => {
    const text = '{"records":[{"recordType":"person","id":"p1"}],\n"schemaVersion":"1.0"}\n';
    const run = await runCzt(["migrate", "--to", "1.1", "-"], { stdin: text });
    expect(run).toEqual({ code: 0, stdout: text.replace("1.0", "1.1"), stderr: "migrated 1 of 1 export to 1.1: 1 records, 0 rewritten\n" });
  });

  it("--out DIR writes each export under its name; the inputs stay as they were", async () => {
    const dir = scratch();
    const run = await runCzt(["migrate", "--to", "1.1", "--out", dir, join(examples10, "jsonl"), join(examples10, "json/xiangtan.json")]);
    expect(run.stderr).toBe(`migrated 4 of 4 exports to 1.1: ${["jsonl/changsha.jsonl", "jsonl/xiangtan.jsonl", "jsonl/zhuzhou.jsonl", "json/xiangtan.json"].map(recordCount).reduce((a, b) => a + b)} records, 0 rewritten\n`);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["changsha.jsonl", "xiangtan.json", "xiangtan.jsonl", "zhuzhou.jsonl"]);
    expect(readFileSync(join(dir, "zhuzhou.jsonl"), "utf8")).toBe(to11(readFileSync(join(examples10, "jsonl/zhuzhou.jsonl"), "utf8")));
    expect(readFileSync(join(examples10, "jsonl/zhuzhou.jsonl"), "utf8")).toContain('"schemaVersion":"1.0"');
  });

  it("--in-place replaces each input; an export already at the target is left as it is", async () => {
    const dir = scratch();
    cpSync(join(examples10, "json/changsha.json"), join(dir, "changsha.json"));
    const original = readFileSync(join(dir, "changsha.json"), "utf8");
    expect((await runCzt(["migrate", "--to", "1.1", "--in-place", join(dir, "changsha.json")])).code).toBe(0);
    expect(readFileSync(join(dir, "changsha.json"), "utf8")).toBe(to11(original));
    expect((await runCzt(["migrate", "--to", "1.1", "--in-place", join(dir, "changsha.json")])).code).toBe(0);
    expect(readFileSync(join(dir, "changsha.json"), "utf8")).toBe(to11(original));
    expect(readdirSync(dir)).toEqual(["changsha.json"]);
  });

  it("--in-place keeps the file's permissions", async () => {
    const dir = scratch();
    const path = join(dir, "xiangtan.jsonl");
    cpSync(join(examples10, "jsonl/xiangtan.jsonl"), path);
    chmodSync(path, 0o640);
    expect((await runCzt(["migrate", "--to", "1.1", "--in-place", path])).code).toBe(0);
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it("lists, located, what declares no version it could migrate from, writes nothing for it and exits 1; the others are migrated", async () => {
    const dir = scratch();
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    writeFileSync(join(inputs, "a-records.jsonl"), '\n{"recordType":"person","id":"p1"}\n');
    writeFileSync(join(inputs, "b-export.csv"), "recordType,id\nperson,p1\n");
    writeFileSync(join(inputs, "c-array.json"), '[{"recordType":"person","id":"p1"}]');
    writeFileSync(join(inputs, "d-cut.json"), '{"schemaVersion":"1.0","records":[{"id":"p1"}');
    cpSync(join(examples10, "jsonl/changsha.jsonl"), join(inputs, "e-ok.jsonl"));
    const out = join(dir, "out");
    mkdirSync(out);
    const run = await runCzt(["migrate", "--to", "1.1", "--out", "out", "in"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")).toEqual([
      "in/a-records.jsonl:2 no header line: a JSON Lines export declares its schemaVersion in a first line {\"recordType\":\"header\",…}",
      "in/b-export.csv:1 a CSV export declares no schemaVersion: validate it with --schema-version instead",
      "in/c-array.json:1 an array of records declares no schemaVersion: only an export package (an object with schemaVersion and records) can be migrated",
      "in/d-cut.json:1:46 the JSON document ends before it is complete",
      `migrated 1 of 5 exports to 1.1: ${recordCount("jsonl/changsha.jsonl")} records, 0 rewritten; 4 not migrated`,
      "",
    ]);
    expect(readdirSync(out)).toEqual(["e-ok.jsonl"]);
  });

  it("masks a record id in what it lists unless --reveal", () => {
    const problem = { kind: "record" as const, line: 4, column: 1, recordIndex: 2, recordId: "430124197504180315", message: "1.0 → 1.1: sex X has no 1.1 code" };
    expect(migrationProblemLine("a.jsonl", problem, false)).toBe("a.jsonl:4:1 [430124********0315] 1.0 → 1.1: sex X has no 1.1 code");
    expect(migrationProblemLine("a.jsonl", problem, true)).toBe("a.jsonl:4:1 [430124197504180315] 1.0 → 1.1: sex X has no 1.1 code");
  });
});

