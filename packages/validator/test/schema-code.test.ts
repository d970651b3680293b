import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { regenerateCommand, schemaCodePath, schemaCodeSource } from "../scripts/schema-code.js";
import { createValidator } from "../src/index.js";
import { standardSchemaSet } from "../src/schema/standard-schema-set.js";
import { person } from "./support/records.js";

describe("the schema validators generated at build time", () => {
  it("match the schemas of @czt/schemas", () => {
    const committed = readFileSync(join(import.meta.dirname, "..", schemaCodePath), "utf8");
    expect(committed === schemaCodeSource(), `${schemaCodePath} is out of date: run \`${regenerateCommand}\``).toBe(true);
  });

  it("find what validators compiled at run time find", () => {
    const prebuilt = createValidator();
    // A copy of the standard's set is compiled at run time, not taken from src/generated.
    const compiled = createValidator({ schemaSet: { ...standardSchemaSet } });
    for (const record of [person(), person({ sex: 1, extra: true }), person({ idNumber: undefined }), person({ birthDate: "1990-02-30" })]) {
      expect(prebuilt.validateRecord(record)).toEqual(compiled.validateRecord(record));
    }
  });

  it("use no eval or Function constructor, so they run under a browser Content-Security-Policy", () => {
    const code = readFileSync(join(import.meta.dirname, "..", schemaCodePath), "utf8");
    expect(code).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(/);
  });
});
