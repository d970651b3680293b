import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../io.js";

/**
 * The built folder of the validation page (`@czt/web`'s dist), found at run time: the CLI
 * works without it (it is no dependency of the CLI, which would make the page's build wait
 * for the CLI's and the CLI's for the page's), and says how to get it when it is missing.
 */
export function webPageFolder(): string {
  let manifest: string;
  try {
    manifest = fileURLToPath(import.meta.resolve("@czt/web/package.json"));
  } catch {
    throw new UsageError("the validation page (@czt/web) is not installed: install it next to the CLI (npm install @czt/web), or in the repository run `npm run build`");
  }
  const folder = join(dirname(manifest), "dist");
  if (!existsSync(join(folder, "index.html"))) throw new UsageError(`the validation page is not built (${folder} has no index.html): run \`npm run build\` at the repository root first`);
  return folder;
}

/**
 * The page's policy as a header too: the `<meta>` of index.html covers the page, but a
 * worker script gets its policy from its own response, so the header is what stops the
 * validation worker from connecting anywhere.
 */
export const webPagePolicy =
  "default-src 'self'; connect-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
