/**
 * The three TypeScript generators on the bundled OpenAPI contract of the @czt/schemas
 * tarball, offline, with the commands of `src/toolchains.ts`: each one's output, with a
 * small vendor file that calls one operation, compiles under `tsc --strict`.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleDirectory, type PackedStandard, packStandard } from "../src/packed-standard.js";
import { binDirectory, harnessDirectory, repositoryRoot } from "../src/paths.js";
import { offline, offlineMethod } from "../src/offline.js";
import { describeRun, run } from "../src/run.js";
import { type OpenApiGenerator, openApiGenerators, tscArgs } from "../src/toolchains.js";

/**
 * The usage file of each generator, in harness/usage/<version>/ where a version changed
 * how the call is written (1.1: the CZT-Purpose header), else in harness/usage/.
 */
const usageFiles: Record<keyof typeof openApiGenerators, string> = {
  "openapi-typescript": "openapi-typescript.ts",
  "@hey-api/openapi-ts": "hey-api.ts",
  orval: "orval.ts",
};

function usageFile(version: string, file: string): string {
  const ofVersion = join(harnessDirectory, "usage", version, file);
  return existsSync(ofVersion) ? ofVersion : join(harnessDirectory, "usage", file);
}

describe("TypeScript clients generated from the @czt/schemas tarball's bundled openapi.json", () => {
  let scratch: string;
  let standard: PackedStandard;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "czt-vendor-typescript-"));
    standard = packStandard(scratch);
    // The vendor's project resolves its runtime packages (openapi-fetch) from node_modules.
    symlinkSync(join(repositoryRoot, "node_modules", "openapi-fetch"), join(scratch, "node_modules", "openapi-fetch"), "dir");
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("ships bundles in the tarball", () => {
    expect(standard.bundledVersions.length).toBeGreaterThan(0);
  });

  for (const [name, generator] of Object.entries(openApiGenerators) as Array<[keyof typeof openApiGenerators, OpenApiGenerator]>) {
    describe(name, () => {
      const outputOf = (version: string) => join(scratch, name.replace(/[@/]/g, "_"), version);

      it(`generates from every bundled version's openapi.json, ${offlineMethod}`, () => {
        for (const version of standard.bundledVersions) {
          const out = outputOf(version);
          mkdirSync(out, { recursive: true });
          const args = generator.args.map((arg) => arg.replace("<bundle>", bundleDirectory(standard, version)).replace("<out>", out));
          const call = offline(join(binDirectory, generator.bin), args);
          const generated = run(call.command, call.args, { cwd: scratch, env: call.env });
          expect(generated.status, describeRun(`${name} ${args.join(" ")}`, generated)).toBe(0);
          expect(existsSync(join(out, generator.output)), `${name} wrote ${generator.output}`).toBe(true);
        }
      });

      it("compiles the output, with a vendor's call of getPerson, under tsc --strict", () => {
        for (const version of standard.bundledVersions) {
          const out = outputOf(version);
          copyFileSync(usageFile(version, usageFiles[name]), join(out, "usage.ts"));
          const sources = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
          const compiled = run(join(binDirectory, "tsc"), [...tscArgs, ...sources.map((file) => join(out, file))], { cwd: scratch });
          expect(compiled.status, describeRun(`tsc on ${name}'s output (${version})`, compiled)).toBe(0);
        }
      });
    });
  }
});
