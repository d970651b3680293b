import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository's `conformance/vectors` directory, found from this module's place
 * (packages/conformance/dist/vectors → ../../../../conformance/vectors).
 */
export function defaultVectorsDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(directory, "conformance", "vectors");
    if (existsSync(candidate)) return candidate;
    directory = resolve(directory, "..");
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), "../../../../conformance/vectors");
}
