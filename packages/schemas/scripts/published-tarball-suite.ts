/**
 * The checks every publishable package runs on its own tarball (`test/published-tarball.test.ts`
 * of each package calls `describePublishedTarball`): packed once, unpacked into a scratch
 * folder, then read as a vendor's `node_modules` would hold it.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadMarkdownLinks } from "./markdown-links.js";
import { packAndUnpack } from "./npm-pack.js";
import type { PackedPackage } from "./packed-package.js";
import { repositoryLicenseFile } from "./package-license.js";
import { publintMessages } from "./publint-messages.js";
import { unresolvedSourceMapReferences } from "./source-map-references.js";
import { licenseProblems } from "./tarball-license.js";

/** Packing runs npm and gzip on a machine shared by several test runs. */
const packTimeout = 120_000;

export function describePublishedTarball(packageDirectory: string): void {
  const manifest = JSON.parse(readFileSync(join(packageDirectory, "package.json"), "utf8")) as { name: string; private?: boolean };
  const rebuild = `npm run build -w ${manifest.name}`;

  describe(`the tarball of ${manifest.name}`, () => {
    let scratch: string;
    let packed: PackedPackage;
    beforeAll(() => {
      scratch = mkdtempSync(join(tmpdir(), "czt-tarball-"));
      const directory = join(scratch, "package");
      const summary = packAndUnpack(packageDirectory, scratch, directory);
      packed = { directory, files: summary.files };
    }, packTimeout);
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it("is published: the package is not private", () => {
      expect(manifest.private ?? false).toBe(false);
    });

    it("ships the repository's LICENSE, the Apache License 2.0 its license field names", () => {
      expect(licenseProblems(packed, readFileSync(repositoryLicenseFile, "utf8")), `the build copies it. Run: ${rebuild}`).toEqual([]);
    });

    it("links, from every Markdown file it ships, only to files it ships or to absolute URLs", () => {
      expect(packed.files.some((file) => file.endsWith(".md"))).toBe(true);
      expect(deadMarkdownLinks(packed), "link to the repository (its URL is in package.json's repository field) instead").toEqual([]);
    });

    it("resolves every source map's sources and every sourceMappingURL to a file it ships", () => {
      expect(packed.files.some((file) => file.endsWith(".d.ts.map"))).toBe(true);
      expect(unresolvedSourceMapReferences(packed), `ship the files (package.json files) or rebuild: ${rebuild}`).toEqual([]);
    });

    it("passes publint --strict without a single message, suggestions included", async () => {
      expect(await publintMessages(packed.directory)).toEqual([]);
    });
  });
}
