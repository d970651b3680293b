/**
 * Part of `npm run build` (and of `npm run generate`): copies the repository's
 * `conformance/` (vectors, protocol and vector schemas, example adapter) into this
 * package's git-ignored `conformance/` folder, which the tarball ships and from which
 * `defaultVectorsDirectory()` reads, installed or not.
 */
import { mirrorFolder } from "../../schemas/scripts/mirror-folder.js";
import { kitSourceFolder, shippedKitFolder } from "./shipped-kit-files.js";

try {
  const count = mirrorFolder(kitSourceFolder, shippedKitFolder);
  console.log(`copied ${count} files of conformance/ into packages/conformance/conformance/`);
} catch (error) {
  console.error(`copying conformance/ failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
