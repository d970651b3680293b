/** Regenerates src/generated/exchange.ts. Run: npm run generate -w @czt/client */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderTypes } from "./render-types.js";

const target = fileURLToPath(new URL("../src/generated/exchange.ts", import.meta.url));
writeFileSync(target, await renderTypes());
process.stdout.write(`wrote ${target}\n`);
