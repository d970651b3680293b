import type { Bilingual } from "@czt/schemas";
import type { Transform } from "./mapping.js";
import { toBoolean } from "./transforms/boolean.js";
import { crosswalk } from "./transforms/crosswalk.js";
import { toHalfWidth } from "./transforms/half-width.js";
import { idNumber18 } from "./transforms/id-number-18.js";
import { toInteger } from "./transforms/integer.js";
import { parseDate, parseDateTime, parseMonth } from "./transforms/parse-date.js";
import type { Converted } from "./transforms/result.js";
import { yuanToFen } from "./transforms/yuan-to-fen.js";

export type Value = string | number | boolean;

/** Why a transform refused a value: its problem code and message template (`{value}` for the value). */
export interface Refusal {
  code: "map.unmapped-code" | "map.invalid-date" | "map.invalid-amount" | "map.invalid-number" | "map.invalid-id-number";
  reason: Bilingual;
}

type Outcome = { ok: true; value: Value } | { ok: false; refusal: Refusal };

const asText = (value: Value) => (typeof value === "string" ? value : String(value));

function step(result: Converted<Value>, code: Refusal["code"]): Outcome {
  return result.ok ? result : { ok: false, refusal: { code, reason: result.reason } };
}

/**
 * A source value through a field's transforms, in order. A spreadsheet number that a text
 * field receives is written as text (`String`), unless it is beyond 2^53: the digits were
 * lost when the cell was stored as a number (an identity number typed into Excel), which is
 * a finding, not a guess.
 */
export function applyTransforms(input: Value, transforms: readonly Transform[], tables: Readonly<Record<string, Record<string, string>>>): Outcome {
  let value: Value = typeof input === "string" ? input.trim() : input;
  for (const transform of transforms) {
    let outcome: Outcome;
    if (transform === "boolean") outcome = step(toBoolean(value), "map.invalid-number");
    else if (typeof value === "boolean") return { ok: true, value };
    else if (transform === "year") {
      const month = parseMonth(value);
      outcome = month.ok ? { ok: true, value: Number(month.value.slice(0, 4)) } : { ok: false, refusal: { code: "map.invalid-date", reason: month.reason } };
    } else if (transform === "trim") outcome = { ok: true, value: asText(value).trim() };
    else if (transform === "halfWidth") outcome = { ok: true, value: toHalfWidth(asText(value)) };
    else if (transform === "text") outcome = { ok: true, value: asText(value) };
    else if (transform === "yuanToFen") outcome = step(yuanToFen(value), "map.invalid-amount");
    else if (transform === "idNumber18") outcome = step(idNumber18(asText(value)), "map.invalid-id-number");
    else if (transform === "integer") outcome = step(toInteger(value), "map.invalid-number");
    else if (transform === "date") outcome = step(parseDate(value), "map.invalid-date");
    else if (transform === "month") outcome = step(parseMonth(value), "map.invalid-date");
    else if (transform === "dateTime") outcome = step(parseDateTime(value), "map.invalid-date");
    else if ("date" in transform) outcome = step(parseDate(value, transform.date), "map.invalid-date");
    else if ("prefix" in transform) outcome = { ok: true, value: `${transform.prefix}${asText(value)}` };
    else {
      const { table, ...rest } = transform.crosswalk;
      const spec = table === undefined ? rest : { ...rest, table: tables[table] ?? {} };
      outcome = step(crosswalk(asText(value), spec), "map.unmapped-code");
    }
    if (!outcome.ok) return outcome;
    value = outcome.value;
  }
  if (typeof value === "number" && !transforms.some((t) => t === "integer" || t === "yuanToFen" || t === "year")) {
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      return { ok: false, refusal: { code: "map.invalid-number", reason: { zh: "{value} 以数字保存，超过 15 位的数字已丢失：请将该列存为文本", en: "{value} was stored as a number and lost its digits beyond 15: store the column as text" } } };
    }
    return { ok: true, value: String(value) };
  }
  return { ok: true, value };
}
