import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../io.js";

/**
 * The built folder of the validation page (`@czt/web`'s dist, a private workspace package),
 * found at run time: the CLI works without it (it is no dependency of the CLI — the page's
 * tests run the CLI, so the CLI builds first), and says where to get it when it is missing.
 */
export function webPageFolder(): string {
  let manifest: string;
  try {
    manifest = fileURLToPath(import.meta.resolve("@czt/web/package.json"));
  } catch {
    throw new UsageError("the validation page (@czt/web) is not here: it is built in the CZT-SS repository (`npm ci && npm run build`), where `czt web` serves it");
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
  "default-src 'self'; connect-src 'none'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
