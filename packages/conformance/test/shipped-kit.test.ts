import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderFiles, mirrorDifferences } from "../../schemas/scripts/mirror-folder.js";
import { filesWithoutExport } from "../../schemas/scripts/package-exports.js";
import { kitSourceFolder, refreshKitCopyCommand, shippedKitFolder } from "../scripts/shipped-kit-files.js";
import { defaultVectorsDirectory, loadVectors } from "../src/harness.js";
import { allVectors } from "./support.js";

describe("the package's copy of conformance/ (made by npm run build)", () => {
  it("holds exactly the files of the repository's conformance/", () => {
    const differences = mirrorDifferences(kitSourceFolder, shippedKitFolder);
    expect(differences, `packages/conformance/conformance/ differs from conformance/. Run: ${refreshKitCopyCommand}`).toEqual([]);
  });

  it("is where defaultVectorsDirectory() reads, with every vector of the repository", () => {
    expect(defaultVectorsDirectory()).toBe(join(shippedKitFolder, "vectors"));
    expect(loadVectors(defaultVectorsDirectory())).toEqual(allVectors);
  });

  it("exports every vector file, both schemas and the adapter at their paths in conformance/", () => {
    const exported = folderFiles(kitSourceFolder).filter((file) => file !== "README.md");
    expect(exported).toEqual(
      expect.arrayContaining(["protocol.schema.json", "vectors.schema.json", "vectors/records.json", "adapters/python/czt_adapter.py"]),
    );
    const unexported = filesWithoutExport("@czt/conformance", shippedKitFolder, exported);
    expect(unexported, "add an export subpath to packages/conformance/package.json for these files").toEqual([]);
  });
});
