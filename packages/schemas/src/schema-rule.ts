/**
 * The contract's schema-layer rule id for a JSON Schema keyword that rejected a value
 * (docs/model-contract.md): the validator's findings, the exchange API's problem details
 * and the invalid examples' manifest all name schema failures this way.
 */
const ruleOfKeyword: Readonly<Record<string, string>> = {
  required: "schema.required",
  dependentRequired: "schema.required",
  type: "schema.type",
  enum: "schema.enum",
  const: "schema.enum",
  format: "schema.format",
  pattern: "schema.format",
  minimum: "schema.range",
  maximum: "schema.range",
  exclusiveMinimum: "schema.range",
  exclusiveMaximum: "schema.range",
  minLength: "schema.range",
  maxLength: "schema.range",
  minItems: "schema.range",
  maxItems: "schema.range",
  minProperties: "schema.range",
  maxProperties: "schema.range",
  multipleOf: "schema.range",
  additionalProperties: "schema.additional-property",
  unevaluatedProperties: "schema.additional-property",
};

/** `schema.shape` for every other keyword (oneOf, if/then, not, …). */
export function schemaRuleOfKeyword(keyword: string): string {
  return Object.hasOwn(ruleOfKeyword, keyword) ? ruleOfKeyword[keyword]! : "schema.shape";
}
