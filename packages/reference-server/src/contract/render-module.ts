import { bundleContract } from "./bundle.js";

/** The text of src/generated/contract.ts for a contract and the schemas it refers to (deterministic). */
export function renderContractModule(openapi: object, schemas: Readonly<Record<string, object>>): string {
  const bundled = bundleContract(openapi, schemas);
  return [
    "// Generated from schemas/openapi/czt-exchange.yaml and the record schemas it refers to. Do not edit.",
    "// Run: npm run generate -w @czt/reference-server",
    "",
    "/** The exchange contract, bundled: every schema embedded under components/schemas, every $ref local. */",
    `export const contract: Readonly<Record<string, unknown>> = ${JSON.stringify(bundled, null, 2)};`,
    "",
  ].join("\n");
}
