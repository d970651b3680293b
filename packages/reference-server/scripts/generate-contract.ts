/**
 * Regenerates src/generated/contract.ts: the exchange contract
 * (schemas/openapi/czt-exchange.yaml) bundled with the record schemas it refers to.
 * Run: npm run generate -w @czt/reference-server
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderContractModule } from "../src/contract/render-module.js";
import { loadContractSources } from "../src/contract/sources.js";

const target = fileURLToPath(new URL("../src/generated/contract.ts", import.meta.url));
const { openapi, schemas } = loadContractSources();
writeFileSync(target, renderContractModule(openapi, schemas));
process.stdout.write(`wrote ${target}\n`);
