/** For the tests of the packages that ship a copied folder: are its files reachable by export subpath? */
import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);

/**
 * The files of `folder` that `<packageName>/<file>` does not resolve to: each is missing
 * an export subpath in the package's `package.json`.
 */
export function filesWithoutExport(packageName: string, folder: string, files: readonly string[]): string[] {
  return files.filter((file) => {
    try {
      return realpathSync(require.resolve(`${packageName}/${file}`)) !== realpathSync(join(folder, file));
    } catch {
      return true;
    }
  });
}
