/**
 * @czt/types: TypeScript types of the CZT-SS records, generated from the standard's
 * schemas with json-schema-to-typescript (`npm run generate -w @czt/types`).
 *
 * The types carry what TypeScript can express: field names, required fields, code
 * values and shapes. Conditional rules (a person needs an identity number or a document,
 * a linking transfer needs its months, ...) and formats are checked by the validator.
 */
export type * from "./generated/records.js";
