/**
 * The frozen releases under schemas/releases/: byte for byte what their SHA256SUMS say, with
 * ids that name their version; and the working tree's ids name the version in development.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderFiles } from "../scripts/mirror-folder.js";
import { checksumFile, checksums, parseChecksums, releasedText, schemaBaseOf } from "../scripts/release.js";
import { releasedVersions, releasesFolder, repoRoot } from "../scripts/sources.js";
import { currentVersion } from "../src/index.js";

const schemasFolder = join(repoRoot, "schemas");
const versions = releasedVersions();

/** Every `$id`, `$schema` and `$ref` of a JSON value, with the JSON pointer where it is. */
function references(node: unknown, pointer = ""): { pointer: string; value: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => references(item, `${pointer}/${i}`));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const here = `${pointer}/${key}`;
    return ["$id", "$schema", "$ref"].includes(key) && typeof value === "string" ? [{ pointer: here, value }] : references(value, here);
  });
}

/** The files of a release whose content no longer matches its SHA256SUMS, or that it does not list. */
function tamperedFiles(folder: string): string[] {
  const sums = parseChecksums(readFileSync(join(folder, checksumFile), "utf8"));
  const files = folderFiles(folder).filter((file) => file !== checksumFile);
  const actual = parseChecksums(checksums(new Map(files.map((file) => [file, readFileSync(join(folder, file), "utf8")]))));
  return [
    ...files.filter((file) => sums.get(file) !== actual.get(file)).map((file) => (sums.has(file) ? `${file} (changed)` : `${file} (not in ${checksumFile})`)),
    ...[...sums.keys()].filter((file) => !actual.has(file)).map((file) => `${file} (missing)`),
  ];
}

describe("the releases of the standard", () => {
  it("include 1.0", () => {
    expect(versions).toContain("1.0");
  });

  it.each(versions)("release %s is frozen: every file matches its SHA256SUMS", (version) => {
    const folder = join(schemasFolder, releasesFolder, version);
    const tampered = tamperedFiles(folder);
    expect(tampered, `schemas/${releasesFolder}/${version}/ was edited after its release: ${tampered.join(", ")}. A release is never edited; change the working tree schemas/`).toEqual([]);
  });

  it("a release edited after the fact is caught, naming the file", () => {
    const copy = mkdtempSync(join(tmpdir(), "czt-release-"));
    try {
      const folder = join(schemasFolder, releasesFolder, "1.0");
      execFileSync("cp", ["-R", `${folder}/.`, copy]);
      const person = join(copy, "person.schema.json");
      execFileSync("sh", ["-c", `printf ' ' >> '${person}'`]);
      expect(tamperedFiles(copy)).toEqual(["person.schema.json (changed)"]);
      rmSync(join(copy, "codelists", "sex.json"));
      expect(tamperedFiles(copy)).toEqual(["person.schema.json (changed)", "codelists/sex.json (missing)"]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it.each(versions)("release %s names its version in every $id, $schema and $ref, and in its schemaVersion consts", (version) => {
    const folder = join(schemasFolder, releasesFolder, version);
    for (const file of folderFiles(folder).filter((name) => name.endsWith(".json"))) {
      const json = JSON.parse(readFileSync(join(folder, file), "utf8")) as unknown;
      for (const { pointer, value } of references(json)) {
        if (value.startsWith("#") || value.startsWith("https://json-schema.org/")) continue;
        expect(value.startsWith(schemaBaseOf(version)), `${file}#${pointer}: ${value}`).toBe(true);
      }
    }
    for (const file of ["package.schema.json", "jsonl-header.schema.json"]) {
      const schema = JSON.parse(readFileSync(join(folder, file), "utf8")) as { properties: { schemaVersion: { const: string } } };
      expect(schema.properties.schemaVersion.const, file).toBe(version);
    }
  });
});

describe("the working tree schemas/", () => {
  it("names the version in development in every $id, $schema and $ref, and in its schemaVersion consts", () => {
    const files = folderFiles(schemasFolder).filter((name) => name.endsWith(".json") && !name.startsWith(`${releasesFolder}/`));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(schemasFolder, file), "utf8")) as unknown;
      for (const { pointer, value } of references(json)) {
        if (value.startsWith("#") || value.startsWith("https://json-schema.org/")) continue;
        expect(value.startsWith(schemaBaseOf(currentVersion)), `${file}#${pointer}: ${value}`).toBe(true);
      }
    }
    for (const file of ["package.schema.json", "jsonl-header.schema.json"]) {
      const schema = JSON.parse(readFileSync(join(schemasFolder, file), "utf8")) as { properties: { schemaVersion: { const: string } } };
      expect(schema.properties.schemaVersion.const, file).toBe(currentVersion);
    }
  });

  it("is newer than every release", () => {
    expect(versions.at(-1)).not.toBe(currentVersion);
  });
});

describe("making a release (npm run release-standard)", () => {
  const working = { version: "1.1", base: schemaBaseOf("1.1") };
  const release = { version: "1.0", base: schemaBaseOf("1.0") };

  it("renames the ids and sets the schemaVersion const, keeping the formatting", () => {
    const text = `${JSON.stringify({ $id: `${working.base}package.schema.json`, properties: { schemaVersion: { const: "1.1" } } }, null, 2)}\n`;
    expect(releasedText("package.schema.json", text, working, release)).toBe(
      `${JSON.stringify({ $id: `${release.base}package.schema.json`, properties: { schemaVersion: { const: "1.0" } } }, null, 2)}\n`,
    );
  });

  it("sets the OpenAPI contract's info.version and leaves other versions alone", () => {
    const yaml = `openapi: 3.1.0\ninfo:\n  title: x\n  version: 1.1.0\npaths:\n  /v1/me: {}\n  $ref: ${working.base}person.schema.json\n`;
    expect(releasedText("openapi/czt-exchange.yaml", yaml, working, release)).toBe(
      `openapi: 3.1.0\ninfo:\n  title: x\n  version: 1.0.0\npaths:\n  /v1/me: {}\n  $ref: ${release.base}person.schema.json\n`,
    );
  });

  it("writes checksums sha256sum -c accepts", () => {
    expect(checksums(new Map([["b.json", "{}\n"], ["a.json", ""]]))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.json\nca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356  b.json\n",
    );
  });
});
