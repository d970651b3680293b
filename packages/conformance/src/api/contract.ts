import { createRequire } from "node:module";
import { currentVersion } from "@czt/schemas";

/**
 * The exchange contract of the standard's current version, as vendors get it: the
 * committed bundle `@czt/schemas/bundles/<version>/openapi.json` (every schema of the
 * standard embedded under `components/schemas`, every `$ref` local, `servers` relative).
 */
export const contract: Readonly<Record<string, unknown>> = createRequire(import.meta.url)(`@czt/schemas/bundles/${currentVersion}/openapi.json`);
