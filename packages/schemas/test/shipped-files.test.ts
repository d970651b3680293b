import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderFiles, mirrorDifferences } from "../scripts/mirror-folder.js";
import { installPacked, packedContents, type PackSummary } from "../scripts/npm-pack.js";
import { filesWithoutExport } from "../scripts/package-exports.js";
import { packageDirectory, refreshSchemaCopyCommand, schemaSourceFolder, shippedSchemaFolder } from "../scripts/shipped-schema-files.js";

/** The `$id` a shipped schema file must have: the working tree's base, or its release's. */
function expectedId(file: string): string {
  const release = /^releases\/(\d+\.\d+)\/(.+)$/.exec(file);
  return release === null ? `https://czt-ss.org/schemas/1.1/${file}` : `https://czt-ss.org/schemas/${release[1]}/${release[2]}`;
}
const sourceFiles = folderFiles(schemaSourceFolder);
/** The committed bundles (packages/schemas/bundles/<version>/…), shipped as they are. */
const bundleFiles = folderFiles(join(packageDirectory, "bundles")).map((file) => `bundles/${file}`);
const firstBundle = bundleFiles[0]!.slice("bundles/".length);

/** The `$id` of every JSON Schema of schemas/, by its path there. */
const schemaIds = new Map(
  sourceFiles
    .filter((file) => file.endsWith(".schema.json"))
    .map((file) => [file, String(JSON.parse(readFileSync(join(schemaSourceFolder, file), "utf8")).$id)]),
);

describe("the package's copy of schemas/ (made by npm run build)", () => {
  it("holds exactly the files of the repository's schemas/", () => {
    const differences = mirrorDifferences(schemaSourceFolder, shippedSchemaFolder);
    expect(differences, `packages/schemas/schemas/ differs from schemas/. Run: ${refreshSchemaCopyCommand}`).toEqual([]);
    expect(sourceFiles).toEqual(expect.arrayContaining(["person.schema.json", "codelists/sex.json", "openapi/czt-exchange.yaml"]));
  });

  it("names every JSON Schema by its $id: @czt/schemas/<the $id after /schemas/1.1/>, @czt/schemas/releases/<version>/<the $id after /schemas/<version>/>", () => {
    expect(schemaIds.size).toBeGreaterThan(10);
    expect([...schemaIds.keys()]).toContain("releases/1.0/person.schema.json");
    for (const [file, id] of schemaIds) expect(id, file).toBe(expectedId(file));
    expect(filesWithoutExport("@czt/schemas", shippedSchemaFolder, [...schemaIds.keys()])).toEqual([]);
  });

  it("exports every bundle at @czt/schemas/bundles/<version>/<file>", () => {
    expect(bundleFiles.length).toBeGreaterThan(8);
    expect(filesWithoutExport("@czt/schemas", packageDirectory, bundleFiles)).toEqual([]);
  });

  it("exports every shipped file at its path in schemas/", () => {
    const unexported = filesWithoutExport("@czt/schemas", shippedSchemaFolder, sourceFiles);
    expect(unexported, "add an export subpath to packages/schemas/package.json for these files").toEqual([]);
  });
});

describe("the tarball of @czt/schemas", () => {
  let contents: PackSummary;
  let consumer: string;
  let installed: string;

  beforeAll(() => {
    contents = packedContents(packageDirectory);
    consumer = mkdtempSync(join(tmpdir(), "czt-schemas-consumer-"));
    installed = installPacked(packageDirectory, consumer);
  });
  afterAll(() => rmSync(consumer, { recursive: true, force: true }));

  it("ships dist, the TypeScript sources its maps point at and every file of schemas/, and no tests or scripts", () => {
    expect(contents.files).toEqual(expect.arrayContaining(["package.json", "dist/index.js", "dist/index.d.ts"]));
    const shipped = contents.files.filter((file) => file.startsWith("schemas/")).map((file) => file.slice("schemas/".length));
    expect(shipped).toEqual(sourceFiles);
    const bundles = contents.files.filter((file) => file.startsWith("bundles/"));
    expect(bundles).toEqual(bundleFiles);
    // No tests or scripts: outside dist/, schemas/, bundles/ and src/*.ts only the files npm always adds.
    const elsewhere = contents.files.filter((file) => !file.startsWith("schemas/") && !file.startsWith("bundles/") && !file.startsWith("dist/") && !/^src\/.+\.ts$/.test(file));
    expect(elsewhere.filter((file) => !["package.json", "README.md", "LICENSE"].includes(file))).toEqual([]);
    expect(elsewhere).toContain("package.json");
  });

  it("installed, serves the schemas as modules and as files from inside itself", () => {
    const script = `
      import { createRequire } from "node:module";
      import { isDeepStrictEqual } from "node:util";
      import { schemas, recordSchemaIds } from "@czt/schemas";
      import person from "@czt/schemas/person.schema.json" with { type: "json" };
      const require = createRequire(import.meta.url);
      console.log(JSON.stringify({
        sameSchema: isDeepStrictEqual(schemas[recordSchemaIds.person], person),
        files: ["person.schema.json", "codelists/sex.json", "openapi/czt-exchange.yaml", "meta/czt-meta.schema.json", ${JSON.stringify(`bundles/${firstBundle}`)}]
          .map((file) => require.resolve("@czt/schemas/" + file)),
      }));`;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: consumer, encoding: "utf8" });
    const answer = JSON.parse(output) as { sameSchema: boolean; files: string[] };
    expect(answer.sameSchema).toBe(true);
    for (const file of answer.files) expect(realpathSync(file).startsWith(realpathSync(installed))).toBe(true);
    expect(readFileSync(answer.files[2]!, "utf8")).toBe(readFileSync(join(schemaSourceFolder, "openapi/czt-exchange.yaml"), "utf8"));
    expect(readFileSync(answer.files[4]!, "utf8")).toBe(readFileSync(join(packageDirectory, "bundles", firstBundle), "utf8"));
  });
});
