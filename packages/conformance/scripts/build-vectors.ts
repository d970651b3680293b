// Writes conformance/vectors/*.json from the sources in scripts/vectors/.
// Run: npm run generate -w @czt/conformance (a test fails when the committed files drift).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildVectorFiles, vectorFileText } from "./vectors/index.js";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const directory = join(root, "conformance", "vectors");
mkdirSync(directory, { recursive: true });
const files = buildVectorFiles(join(root, "schemas"));
for (const name of readdirSync(directory)) if (name.endsWith(".json") && !(name in files)) rmSync(join(directory, name));
let vectors = 0;
for (const [name, groups] of Object.entries(files)) {
  writeFileSync(join(directory, name), vectorFileText(groups));
  vectors += groups.reduce((count, group) => count + group.tests.length, 0);
}
console.log(`wrote ${Object.keys(files).length} vector files, ${vectors} vectors, to ${directory}`);
