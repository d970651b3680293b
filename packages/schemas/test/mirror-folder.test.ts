import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { folderFiles, mirrorDifferences, mirrorFolder } from "../scripts/mirror-folder.js";

let scratch: string;
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function write(root: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe("mirrorFolder (the build's copy of schemas/ and conformance/)", () => {
  it("copies nested files, drops files gone from the source and skips Python caches", () => {
    scratch = mkdtempSync(join(tmpdir(), "czt-mirror-"));
    const source = join(scratch, "source");
    const copy = join(scratch, "copy");
    write(source, { "a.json": "{}", "vectors/b.json": "[]", "adapters/python/x.py": "print()", "adapters/python/__pycache__/x.cpython-311.pyc": "bytes" });
    write(copy, { "stale.json": "old", "a.json": "old" });

    expect(mirrorFolder(source, copy)).toBe(3);
    expect(folderFiles(copy)).toEqual(["a.json", "adapters/python/x.py", "vectors/b.json"]);
    expect(readFileSync(join(copy, "a.json"), "utf8")).toBe("{}");
    expect(mirrorDifferences(source, copy)).toEqual([]);
  });

  it("reports a missing, a changed and an extra file", () => {
    scratch = mkdtempSync(join(tmpdir(), "czt-mirror-"));
    const source = join(scratch, "source");
    const copy = join(scratch, "copy");
    write(source, { "a.json": "1", "b.json": "2" });
    write(copy, { "b.json": "two", "c.json": "3" });
    expect(mirrorDifferences(source, copy)).toEqual(["missing a.json", "changed b.json", "extra c.json"]);
    expect(mirrorDifferences(source, join(scratch, "absent"))).toEqual(["missing a.json", "missing b.json"]);
  });

  it("refuses a source folder that does not exist, leaving the copy alone", () => {
    scratch = mkdtempSync(join(tmpdir(), "czt-mirror-"));
    write(join(scratch, "copy"), { "a.json": "1" });
    expect(() => mirrorFolder(join(scratch, "absent"), join(scratch, "copy"))).toThrow(/source folder .*absent does not exist/);
    expect(folderFiles(join(scratch, "copy"))).toEqual(["a.json"]);
  });
});
