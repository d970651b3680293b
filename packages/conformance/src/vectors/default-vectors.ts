import { fileURLToPath } from "node:url";

/**
 * The vectors the package ships: `conformance/vectors` at the package's root, a copy of the
 * repository's `conformance/` that `npm run build` refreshes and the tarball contains, so an
 * installed package finds them inside itself. This module sits two levels below the root in
 * both src/ and dist/, hence the one relative path.
 */
export function defaultVectorsDirectory(): string {
  return fileURLToPath(new URL("../../conformance/vectors", import.meta.url));
}
