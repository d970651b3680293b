import { defaultLimits } from "@czt/validator";
import { problems } from "./problem.js";

/** Deepest nesting of a JSON body: the validator's limit for a record in an export. */
export const maxBodyDepth = defaultLimits.maxDepth;

/** The nesting depth of JSON text, counted over brackets outside strings; stops at the first level over `limit`. */
function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > limit) return true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return false;
}

/** A JSON request body, read as bytes: refused with a located 400 when it is not UTF-8 JSON within the limits. */
export function parseJsonBody(bytes: Buffer): unknown {
  const text = bytes.toString("utf8");
  if (text.trim() === "") throw problems.badRequest("the JSON body is empty", [{ ruleId: "input.malformed-json", pointer: "" }]);
  if (exceedsDepth(text, maxBodyDepth)) throw problems.badRequest(`the body is nested deeper than ${maxBodyDepth} levels`, [{ ruleId: "input.too-deep", pointer: "" }]);
  let reserved = false;
  let value: unknown;
  try {
    // A `__proto__` member would set the prototype of whatever object it is later assigned into.
    value = JSON.parse(text, (key, member: unknown) => {
      if (key === "__proto__") reserved = true;
      return member;
    });
  } catch {
    // The engine's message quotes the body, which may hold personal data.
    throw problems.badRequest("the body is not valid JSON", [{ ruleId: "input.malformed-json", pointer: "" }]);
  }
  if (reserved) throw problems.badRequest("the body has a member named __proto__", [{ ruleId: "input.reserved-name", pointer: "" }]);
  return value;
}
