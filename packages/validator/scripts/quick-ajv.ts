import { Ajv } from "ajv";
import { formats } from "../src/schema/format-table.js";
import { compileSimplePattern } from "../src/schema/simple-pattern.js";

/** ajv's hook for another RegExp engine; `code` is how generated code reaches it. */
const simplePatterns = Object.assign((pattern: string, flags: string) => compileSimplePattern(pattern, flags), {
  code: 'require("../schema/simple-pattern.js")',
});

/**
 * The ajv configuration of the quick validators, which answer only "valid or not": it
 * stops at the first error and keeps no schema details for messages. It compiles the
 * self-contained schemas of quick-schema.ts, whose keywords mean the same in every
 * draft since 7, so ajv's draft-07 class (with the 2019 additions, `next`) does: the
 * 2020-12 class would track evaluated properties for `unevaluatedProperties` through
 * every `if`/`then`, allocating per record, although no schema of the standard uses it.
 * Patterns that are a plain sequence of ASCII classes are tested by a loop, not a RegExp.
 */
export function createQuickAjv(formatsCode: unknown): Ajv {
  const ajv = new Ajv({
    allErrors: false,
    verbose: false,
    messages: false,
    next: true,
    strict: true,
    strictRequired: false,
    strictTypes: "log",
    logger: false,
    validateFormats: true,
    code: { source: true, esm: true, formats: formatsCode as never, regExp: simplePatterns },
  });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  return ajv;
}
