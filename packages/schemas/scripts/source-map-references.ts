/**
 * Source maps resolve inside the tarball: every `sources` entry of a packed `.map` file, and
 * every `sourceMappingURL` of a packed `.js` or `.d.ts` file, names a packed file. Otherwise a
 * debugger's stack traces and an editor's "go to definition" lead to files that are not there.
 */
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import type { PackedPackage } from "./packed-package.js";

const sourceMappingUrl = /^\/\/# sourceMappingURL=(\S+)\s*$/m;
const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

interface SourceMap {
  sourceRoot?: string;
  sources?: Array<string | null>;
}

/** `reference` relative to the packed file `file`, as a path inside the package. */
function resolveFrom(file: string, reference: string): string {
  return posix.normalize(posix.join(posix.dirname(file), reference));
}

/** The source map references of the tarball that name no packed file, one located line each; empty when all resolve. */
export function unresolvedSourceMapReferences(packed: PackedPackage): string[] {
  const files = new Set(packed.files);
  const problems: string[] = [];
  const check = (file: string, reference: string, path: string) => {
    if (hasScheme.test(reference)) problems.push(`${file}: ${reference} is a URL, not a packed file`);
    else if (!files.has(path)) problems.push(`${file}: ${reference} (${path}) is not in the tarball`);
  };
  for (const file of packed.files) {
    const text = () => readFileSync(join(packed.directory, file), "utf8");
    if (file.endsWith(".map")) {
      let map: SourceMap;
      try {
        map = JSON.parse(text()) as SourceMap;
      } catch (error) {
        problems.push(`${file}: not a JSON source map (${(error as Error).message})`);
        continue;
      }
      for (const source of map.sources ?? []) {
        if (source === null) continue;
        check(file, source, resolveFrom(file, posix.join(map.sourceRoot ?? "", source)));
      }
    } else if (/\.(?:c|m)?js$|\.d\.(?:c|m)?ts$/.test(file)) {
      const url = sourceMappingUrl.exec(text())?.[1];
      if (url === undefined || url.startsWith("data:")) continue;
      check(file, url, resolveFrom(file, url));
    }
  }
  return problems;
}
