/** Compares generated output with the committed files. */
import type { GeneratedFile } from "./outputs.js";
import { jsonEqual } from "./json.js";

/** Paths whose committed content differs from what the generator produces (missing files included). */
export function findDrift(files: readonly GeneratedFile[], readCommitted: (path: string) => string | undefined): string[] {
  return files
    .filter((file) => {
      const committed = readCommitted(file.path);
      if (committed === undefined) return true;
      if (file.compare === "text") return committed !== file.content;
      try {
        return !jsonEqual(JSON.parse(committed), JSON.parse(file.content));
      } catch {
        return true;
      }
    })
    .map((file) => file.path);
}
