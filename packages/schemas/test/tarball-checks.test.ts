/**
 * The checks behind every package's published-tarball test, on small fixture packages
 * whose defects are known: each check must name what is wrong and where.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deadMarkdownLinks, relativeLinks } from "../scripts/markdown-links.js";
import { orphanedOutputs, pruneOrphanedOutputs } from "../scripts/orphaned-outputs.js";
import { copyLicense, repositoryLicenseFile } from "../scripts/package-license.js";
import type { PackedPackage } from "../scripts/packed-package.js";
import { publintMessages } from "../scripts/publint-messages.js";
import { unresolvedSourceMapReferences } from "../scripts/source-map-references.js";
import { licenseProblems } from "../scripts/tarball-license.js";

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), "czt-tarball-checks-"));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes the files into the scratch folder: a package as unpacked from its tarball. */
function packed(files: Record<string, string>): PackedPackage {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    writeFileSync(join(scratch, file), text);
  }
  return { directory: scratch, files: Object.keys(files).sort() };
}

describe("relativeLinks", () => {
  it("finds inline, image, reference and HTML links, with their lines", () => {
    const markdown = ["# T", "See [the guide](docs/guide.md#setup) and ![logo](<img/logo one.png>).", "", "[ref]: ./notes.md", '<a href="api.md">api</a>'].join("\n");
    expect(relativeLinks(markdown)).toEqual([
      { line: 2, target: "docs/guide.md#setup" },
      { line: 2, target: "img/logo one.png" },
      { line: 4, target: "./notes.md" },
      { line: 5, target: "api.md" },
    ]);
  });

  it("skips absolute URLs, anchors, and links inside code spans and fenced code", () => {
    const markdown = [
      "[site](https://example.org/x.md) [mail](mailto:a@b.c) [top](#top)",
      "`[not](a-link.md)`",
      "```md",
      "[inside](fence.md)",
      "~~~",
      "[still inside](fence.md)",
      "```",
      "[after](after.md)",
    ].join("\n");
    expect(relativeLinks(markdown)).toEqual([{ line: 8, target: "after.md" }]);
  });
});

describe("deadMarkdownLinks", () => {
  it("accepts links to packed files and folders, and reports the others with file and line", () => {
    const tarball = packed({
      "README.md": ["[guide](docs/guide.md#setup)", "[folder](docs/)", "[license](LICENSE)", "[repo docs](../../docs/cli.md)", "[gone](missing.md)", "[root](/docs/x.md)"].join("\n"),
      "docs/guide.md": "[back](../README.md) [kit](../conformance/README.md)",
      "LICENSE": "text",
    });
    expect(deadMarkdownLinks(tarball)).toEqual([
      "README.md:4: links ../../docs/cli.md, outside the package",
      "README.md:5: links missing.md, which is not in the tarball",
      "README.md:6: links /docs/x.md, a path from a site's root, which no tarball has",
      "docs/guide.md:1: links ../conformance/README.md, which is not in the tarball",
    ]);
  });

  it("finds the defect of the shipped conformance README: a link up into the repository's docs/", () => {
    const tarball = packed({ "conformance/README.md": "How to run: [docs/conformance.md](../docs/conformance.md).", "README.md": "# kit" });
    expect(deadMarkdownLinks(tarball)).toEqual(["conformance/README.md:1: links ../docs/conformance.md, which is not in the tarball"]);
  });
});

describe("unresolvedSourceMapReferences", () => {
  const map = (sources: string[], sourceRoot?: string) => JSON.stringify({ version: 3, file: "x.js", sources, ...(sourceRoot === undefined ? {} : { sourceRoot }), mappings: "" });

  it("accepts maps whose sources are packed, and reports every source that is not", () => {
    const tarball = packed({
      "dist/a.js": "export {};\n//# sourceMappingURL=a.js.map",
      "dist/a.js.map": map(["../src/a.ts"]),
      "dist/a.d.ts": "export {};\n//# sourceMappingURL=a.d.ts.map",
      "dist/a.d.ts.map": map(["a.ts"], "../src/"),
      "src/a.ts": "export {};",
      "dist/b.js.map": map(["../src/b.ts", "webpack://x/b.ts"]),
    });
    expect(unresolvedSourceMapReferences(tarball)).toEqual([
      "dist/b.js.map: ../src/b.ts (src/b.ts) is not in the tarball",
      "dist/b.js.map: webpack://x/b.ts is a URL, not a packed file",
    ]);
  });

  it("reports a sourceMappingURL to an unpacked map and a map that is not JSON; ignores inline maps", () => {
    const tarball = packed({
      "dist/c.js": "export {};\n//# sourceMappingURL=c.js.map\n",
      "dist/d.js": "export {};\n//# sourceMappingURL=data:application/json;base64,e30=",
      "dist/e.d.ts.map": "{ not json",
    });
    const problems = unresolvedSourceMapReferences(tarball);
    expect(problems[0]).toBe("dist/c.js: c.js.map (dist/c.js.map) is not in the tarball");
    expect(problems[1]).toMatch(/^dist\/e\.d\.ts\.map: not a JSON source map \(/);
    expect(problems).toHaveLength(2);
  });
});

describe("licenseProblems", () => {
  it("requires a LICENSE with exactly the repository's text", () => {
    expect(licenseProblems(packed({ "package.json": "{}" }), "Apache")).toEqual(["the tarball has no LICENSE"]);
    expect(licenseProblems(packed({ LICENSE: "MIT" }), "Apache")).toEqual(["the tarball's LICENSE differs from the repository's LICENSE"]);
    expect(licenseProblems(packed({ LICENSE: "Apache" }), "Apache")).toEqual([]);
  });
});

describe("copyLicense (every package's build)", () => {
  it("copies the repository's LICENSE into the package, once", () => {
    expect(copyLicense(scratch)).toBe("copied");
    expect(readFileSync(join(scratch, "LICENSE"), "utf8")).toBe(readFileSync(repositoryLicenseFile, "utf8"));
    expect(readFileSync(repositoryLicenseFile, "utf8")).toMatch(/Apache License\s+Version 2\.0/);
    expect(copyLicense(scratch)).toBe("unchanged");
    writeFileSync(join(scratch, "LICENSE"), "edited by hand");
    expect(copyLicense(scratch)).toBe("copied");
  });
});

describe("orphanedOutputs (every package's build)", () => {
  it("finds and deletes what tsc emitted for sources that are gone, and nothing else", () => {
    packed({
      "src/kept.ts": "",
      "src/store/wal.ts": "",
      "dist/kept.js": "",
      "dist/kept.d.ts.map": "",
      "dist/store/wal.js": "",
      "dist/store/checkpointer.js": "",
      "dist/store/checkpointer.d.ts": "",
      "dist/store/checkpointer.js.map": "",
      "dist/store/checkpointer.d.ts.map": "",
      "dist/data.json": "{}",
    });
    const orphans = ["store/checkpointer.d.ts", "store/checkpointer.d.ts.map", "store/checkpointer.js", "store/checkpointer.js.map"];
    expect(orphanedOutputs(scratch)).toEqual(orphans);
    expect(pruneOrphanedOutputs(scratch)).toEqual(orphans);
    expect(existsSync(join(scratch, "dist/store/checkpointer.js"))).toBe(false);
    for (const kept of ["dist/kept.js", "dist/kept.d.ts.map", "dist/store/wal.js", "dist/data.json"]) expect(existsSync(join(scratch, kept)), kept).toBe(true);
    expect(orphanedOutputs(scratch)).toEqual([]);
  });
});

describe("publintMessages", () => {
  const manifest = { name: "fixture", version: "1.0.0", type: "module", license: "Apache-2.0" };

  it("lists every message of publint --strict, suggestions included, formatted and located", async () => {
    const { type: _type, ...untyped } = manifest;
    const broken = { ...untyped, repository: { type: "git", url: "not a url" }, exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } } };
    packed({ "package.json": JSON.stringify(broken), "dist/index.d.ts": "export {};" });
    const messages = await publintMessages(scratch);
    expect(messages).toContainEqual(expect.stringMatching(/^error FILE_DOES_NOT_EXIST at pkg\.exports\["\."\]\.default: .*\.\/dist\/index\.js .*does not exist/));
    // A warning without --strict: strict raises it to an error.
    expect(messages).toContainEqual(expect.stringMatching(/^error INVALID_REPOSITORY_VALUE at pkg\.repository\.url: /));
    expect(messages).toContainEqual(expect.stringMatching(/^suggestion USE_TYPE at pkg\.name: .*"type"/));
  });

  it("has nothing to say about a well-formed package", async () => {
    packed({
      "package.json": JSON.stringify({ ...manifest, exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } } }),
      "dist/index.js": "export const x = 1;",
      "dist/index.d.ts": "export declare const x = 1;",
    });
    expect(await publintMessages(scratch)).toEqual([]);
  });
});
