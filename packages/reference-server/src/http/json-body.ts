import { findInvalidUtf8, parseJsonText, renderMessage } from "@czt/validator";
import { problems } from "./problem.js";

/** The invalid-UTF-8 problem as the validator words it (`input.encoding`). */
const notUtf8 = { detail: "not-utf-8", "detail.zh": "请求正文不是有效的 UTF-8", "detail.en": "the body is not valid UTF-8" };

/**
 * A JSON request body, read from its bytes with exactly the checks `czt validate` gives a
 * record (one reader for both, so the server never stores what the validator rejects):
 * UTF-8 only (never replaced by U+FFFD), JSON syntax, duplicate member names, the reserved
 * names `__proto__`/`constructor`/`prototype`, the standard's nesting limit, lone
 * surrogates and noncharacters. Each is a 400 naming its rule and the byte offset where
 * it is; nothing of the body is quoted (it may hold personal data).
 */
export function parseJsonBody(bytes: Buffer): unknown {
  const invalidAt = findInvalidUtf8(bytes);
  if (invalidAt >= 0) {
    throw problems.badRequest(`the body is not valid UTF-8 (byte offset ${invalidAt})`, [
      { ruleId: "input.encoding", pointer: "", offset: invalidAt, detail: renderMessage({ ruleId: "input.encoding", params: notUtf8 }, "en") },
    ]);
  }
  const text = bytes.toString("utf8");
  if (text.trim() === "") throw problems.badRequest("the JSON body is empty", [{ ruleId: "input.malformed-json", pointer: "", offset: 0 }]);
  const outcome = parseJsonText(text);
  if (outcome.ok) return outcome.value;
  const offset = Buffer.byteLength(text.slice(0, outcome.offset ?? 0));
  const detail = renderMessage({ ruleId: outcome.ruleId, params: outcome.params }, "en");
  throw problems.badRequest(`${detail} (byte offset ${offset})`, [{ ruleId: outcome.ruleId, pointer: "", offset, detail }]);
}
