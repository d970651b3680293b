import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generatedPath, generateTypes, regenerateCommand } from "../scripts/generate-types.js";

const committedPath = join(dirname(fileURLToPath(import.meta.url)), "..", generatedPath);

describe(`${generatedPath}`, () => {
  it("is what json-schema-to-typescript generates from the current @czt/schemas", async () => {
    const generated = await generateTypes();
    const committed = readFileSync(committedPath, "utf8");
    expect(committed === generated, `packages/types/${generatedPath} is out of date. Run: ${regenerateCommand}`).toBe(true);
  });

  it("declares a type for every record type, the package, the header and every code list", async () => {
    const committed = readFileSync(committedPath, "utf8");
    for (const name of ["Person", "Enrolment", "Transfer", "Assistance", "Package", "JsonlHeader"]) expect(committed).toContain(`export interface ${name} {`);
    for (const name of ["CztRecord", "JsonLinesLine", "SexCode", "InsuranceSchemeCode", "AmountFen"]) expect(committed).toContain(`export type ${name} =`);
  });
});
