/**
 * The kit as a vendor gets it from `npm install @czt/conformance`: the tarball's file list,
 * and the real tarball unpacked into a consumer's node_modules (outside the repository),
 * where the harness must find its vectors, schemas and adapters inside the package.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderFiles } from "../../schemas/scripts/mirror-folder.js";
import { installPacked, packedContents, type PackSummary } from "../../schemas/scripts/npm-pack.js";
import { kitSourceFolder, packageDirectory } from "../scripts/shipped-kit-files.js";
import type { AgreementTotals } from "../src/harness/agreement-table.js";
import { mutationCatalogue } from "../src/index.js";
import { allVectors, repositoryRoot } from "./support.js";

const kitFiles = folderFiles(kitSourceFolder);

describe("the tarball of @czt/conformance", () => {
  let contents: PackSummary;
  beforeAll(() => {
    contents = packedContents(packageDirectory);
  });

  it("ships dist, the README and the whole kit: every vector file, both schemas and the example adapter", () => {
    expect(contents.files).toEqual(
      expect.arrayContaining(["package.json", "README.md", "dist/index.js", "dist/index.d.ts", "dist/harness.js", "dist/harness.d.ts", "dist/bin/validator-adapter.js"]),
    );
    const vectorFiles = kitFiles.filter((file) => file.startsWith("vectors/"));
    expect(vectorFiles.length).toBeGreaterThanOrEqual(6);
    expect(kitFiles).toEqual(expect.arrayContaining(["README.md", "protocol.schema.json", "vectors.schema.json", "adapters/python/czt_adapter.py"]));
    const shipped = contents.files.filter((file) => file.startsWith("conformance/")).map((file) => file.slice("conformance/".length));
    expect(shipped).toEqual(kitFiles);
  });

  it("ships no tests or scripts: outside dist/, conformance/ and src/*.ts (the sources of its maps) only the files npm always adds", () => {
    const elsewhere = contents.files.filter((file) => !file.startsWith("dist/") && !file.startsWith("conformance/") && !/^src\/.+\.ts$/.test(file));
    expect(elsewhere.filter((file) => !["package.json", "README.md", "LICENSE"].includes(file))).toEqual([]);
  });
});

interface ConsumerRun {
  mutators: number;
  vectorsDirectory: string;
  vectors: number;
  adapterScript: string;
  files: Record<string, string>;
  own: AgreementTotals;
  python: AgreementTotals;
}

// Run by Node from the consumer's folder, as a vendor's CI script would: the kit's own
// validator adapter and the Python example (reading @czt/schemas' files) over every vector.
const consumerScript = `
import { createRequire } from "node:module";
import { agreementTotals, defaultVectorsDirectory, loadVectors, runHarness, validatorAdapterScript } from "@czt/conformance/harness";
import { mutationCatalogue } from "@czt/conformance";

const require = createRequire(import.meta.url);
const files = Object.fromEntries(["protocol.schema.json", "vectors.schema.json", "vectors/records.json", "adapters/python/czt_adapter.py"]
  .map((file) => [file, require.resolve("@czt/conformance/" + file)]));
const vectors = loadVectors(defaultVectorsDirectory());
const own = await runHarness({ command: [process.execPath, validatorAdapterScript], vectors });
// No CZT_SCHEMAS_DIR: the example finds the schemas of the @czt/schemas installed beside the kit.
const { CZT_SCHEMAS_DIR: _unset, ...environment } = process.env;
const python = await runHarness({ command: ["python3", files["adapters/python/czt_adapter.py"]], vectors, env: environment });
console.log(JSON.stringify({
  mutators: mutationCatalogue.length, vectorsDirectory: defaultVectorsDirectory(), vectors: vectors.length, adapterScript: validatorAdapterScript, files,
  own: agreementTotals(own), python: agreementTotals(python),
}));
`;

describe("@czt/conformance installed from its tarball, outside the repository", () => {
  let consumer: string;
  let installed: string;
  let run: ConsumerRun;

  beforeAll(() => {
    consumer = realpathSync(mkdtempSync(join(tmpdir(), "czt-conformance-consumer-")));
    installed = installPacked(packageDirectory, consumer);
    // The dependencies are linked to the workspace's builds (@czt/schemas checks its own
    // tarball); Node follows the links, so their dependencies resolve from the repository.
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    for (const name of Object.keys(manifest.dependencies)) {
      const link = join(consumer, "node_modules", ...name.split("/"));
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(realpathSync(join(repositoryRoot, "node_modules", name)), link, "dir");
    }
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", consumerScript], { cwd: consumer, encoding: "utf8" });
    run = JSON.parse(output) as ConsumerRun;
  });
  afterAll(() => rmSync(consumer, { recursive: true, force: true }));

  it("loads its main entry (arbitraries and mutators) and its harness", () => {
    expect(run.mutators).toBe(mutationCatalogue.length);
  });

  it("finds its default vectors inside the installed package, all of them", () => {
    expect(run.vectorsDirectory).toBe(join(installed, "conformance", "vectors"));
    expect(run.vectors).toBe(allVectors.length);
  });

  it("resolves the schemas and the example adapter inside the installed package, as shipped", () => {
    for (const [file, path] of Object.entries(run.files)) {
      expect(path, file).toBe(join(installed, "conformance", file));
      expect(readFileSync(path, "utf8"), file).toBe(readFileSync(join(kitSourceFolder, file), "utf8"));
    }
  });

  it("runs every vector through the package's own validator adapter, all agreeing", () => {
    expect(run.adapterScript).toBe(join(installed, "dist", "bin", "validator-adapter.js"));
    expect(run.own).toEqual({ vectors: allVectors.length, agree: allVectors.length, disagree: 0, errored: 0, skipped: 0 });
  });

  it("runs the Python example adapter from the package with the schemas of @czt/schemas", () => {
    expect(run.python.agree).toBeGreaterThan(0);
    expect(run.python).toMatchObject({ vectors: allVectors.length, disagree: 0, errored: 0 });
    expect(run.python.agree + run.python.skipped).toBe(allVectors.length);
  });
});
