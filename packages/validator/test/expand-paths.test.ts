import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expandPaths, type InputSource } from "../src/node/index.js";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "czt-expand-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function touch(...parts: string[]): void {
  const path = join(dir, ...parts);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, "");
}

const shown = (sources: readonly InputSource[]) => sources.map((source) => (source.kind === "stdin" ? "-" : source.kind === "file" ? source.display : `missing ${source.display}: ${source.reason}`));

describe("expandPaths", () => {
  it("matches a pattern of many stars against a long file name in linear time", async () => {
    // A backtracking matcher needs about 25 s for this name (n⁴ ways to place the stars).
    touch(`${"_".repeat(240)}.json`);
    touch("a_b_c_d_e.jsonl");
    const started = performance.now();
    const sources = await expandPaths(["*_*_*_*_*.jsonl"], dir);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(shown(sources)).toEqual(["a_b_c_d_e.jsonl"]);
  });

  it("reads an unclosed bracket literally instead of failing", async () => {
    expect(shown(await expandPaths(["bad[.jsonl"], dir))).toEqual(["missing bad[.jsonl: not-found"]);
    touch("bad[.jsonl");
    expect(shown(await expandPaths(["bad[.jsonl"], dir))).toEqual(["bad[.jsonl"]);
  });

  it("takes a path that exists literally, though it looks like a pattern", async () => {
    touch("export[1].jsonl");
    touch("export1.jsonl");
    expect(shown(await expandPaths(["export[1].jsonl"], dir))).toEqual(["export[1].jsonl"]);
    expect(shown(await expandPaths(["export[12].jsonl"], dir))).toEqual(["export1.jsonl"]);
  });

  it("supports ?, classes, negated classes and ranges", async () => {
    for (const name of ["a1.csv", "a2.csv", "b3.csv", "ab.csv"]) touch(name);
    expect(shown(await expandPaths(["a?.csv"], dir))).toEqual(["a1.csv", "a2.csv", "ab.csv"]);
    expect(shown(await expandPaths(["[ab][0-9].csv"], dir))).toEqual(["a1.csv", "a2.csv", "b3.csv"]);
    expect(shown(await expandPaths(["a[!0-9].csv"], dir))).toEqual(["ab.csv"]);
    expect(shown(await expandPaths(["**/*.csv"], dir))).toEqual(["a1.csv", "a2.csv", "ab.csv", "b3.csv"]);
  });

  it("follows a symlinked subdirectory once, and a link back up does not loop", async () => {
    touch("data", "a.jsonl");
    touch("elsewhere", "b.jsonl");
    symlinkSync(join(dir, "elsewhere"), join(dir, "data", "linked"));
    symlinkSync(join(dir, "data"), join(dir, "data", "loop"));
    expect(shown(await expandPaths(["data"], dir))).toEqual(["data/a.jsonl", "data/linked/b.jsonl"]);
    expect(shown(await expandPaths(["data/**/*.jsonl"], dir))).toEqual(["data/a.jsonl", "data/linked/b.jsonl"]);
  });
});
