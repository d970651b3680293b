import { metaSchemaId, recordSchemaIds, schemas } from "@czt/schemas";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { fixtureDirs, readRecords } from "./fixture-runner.js";

// ajv-formats is CommonJS: its default export is the plugin function (under .default when bundled).
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

/** Rules run only on schema-valid records, so a fixture that is not schema-valid tests nothing real. */
describe("rule fixtures are schema-valid records", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addMetaSchema(schemas[metaSchemaId] as object);
  for (const [id, schema] of Object.entries(schemas)) if (id !== metaSchemaId) ajv.addSchema(schema as object);
  const validate = ajv.getSchema(recordSchemaIds.record);

  it.each(fixtureDirs())("%s", (ruleId) => {
    expect(validate).toBeDefined();
    for (const name of ["pass", "fail"] as const) {
      readRecords(ruleId, name).forEach((record, index) => {
        const valid = validate!(record);
        expect({ file: `${ruleId}/${name}.jsonl`, record: index, errors: valid ? [] : validate!.errors }).toEqual({
          file: `${ruleId}/${name}.jsonl`,
          record: index,
          errors: [],
        });
      });
    }
  });
});
