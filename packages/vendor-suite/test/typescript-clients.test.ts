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
import { describeRun, run } from "../src/run.js";
import { type OpenApiGenerator, openApiGenerators, tscArgs } from "../src/toolchains.js";

/** The usage file of each generator, in harness/usage/. */
const usageFiles: Record<keyof typeof openApiGenerators, string> = {
  "openapi-typescript": "openapi-typescript.ts",
  "@hey-api/openapi-ts": "hey-api.ts",
  orval: "orval.ts",
};

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
      it("generates from every bundled version's openapi.json, and the output with a call of getPerson compiles under tsc --strict", () => {
        for (const version of standard.bundledVersions) {
          const out = join(scratch, name.replace(/[@/]/g, "_"), version);
          mkdirSync(out, { recursive: true });
          const args = generator.args.map((arg) => arg.replace("<bundle>", bundleDirectory(standard, version)).replace("<out>", out));
          // No proxy and no registry: a generator that tried the network would fail here.
          const offline = { ...process.env, HTTP_PROXY: "http://127.0.0.1:9", HTTPS_PROXY: "http://127.0.0.1:9", NO_PROXY: "" };
          const generated = run(join(binDirectory, generator.bin), args, { cwd: scratch, env: offline });
          expect(generated.status, describeRun(`${name} ${args.join(" ")}`, generated)).toBe(0);
          expect(existsSync(join(out, generator.output)), `${name} wrote ${generator.output}`).toBe(true);

          copyFileSync(join(harnessDirectory, "usage", usageFiles[name]), join(out, "usage.ts"));
          const sources = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
          const compiled = run(join(binDirectory, "tsc"), [...tscArgs, ...sources.map((file) => join(out, file))], { cwd: scratch });
          expect(compiled.status, describeRun(`tsc on ${name}'s output (${version})`, compiled)).toBe(0);
        }
      });
    });
  }
});
