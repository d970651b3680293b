import { type RecordType, sensitivePointers } from "@czt/schemas";
import { maskValue } from "./mask.js";
import { pointerTemplate } from "./schema/field-map.js";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function escapeToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * A copy of a record with every field the schemas mark `x-czt-sensitivity` masked as a
 * finding's params are (`maskValue`): for showing a whole record next to its findings
 * without revealing more than the findings do. A sensitive object or array is masked in
 * each of its values. A record of no known type is returned masked nowhere but its strings
 * longer than one character — better too much masked than an identity number shown.
 */
export function maskRecord(record: unknown): unknown {
  const type = (record as { recordType?: unknown } | null)?.recordType;
  const pointers = typeof type === "string" && Object.hasOwn(sensitivePointers, type) ? sensitivePointers[type as RecordType] : undefined;
  const walk = (value: Json, pointer: string, inherited: ReturnType<typeof sensitivityAt>): Json => {
    const sensitivity = inherited ?? sensitivityAt(pointer);
    if (Array.isArray(value)) return value.map((item, index) => walk(item, `${pointer}/${index}`, sensitivity));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, `${pointer}/${escapeToken(key)}`, sensitivity)]));
    }
    if (pointer === "/recordType" || pointer === "/id") return value;
    if (pointers === undefined) return typeof value === "string" && value.length > 1 ? maskValue(value, "personal") : value;
    return sensitivity ? maskValue(value, sensitivity) : value;
  };
  function sensitivityAt(pointer: string) {
    return pointers?.[pointerTemplate(pointer)];
  }
  return walk(record as Json, "", undefined);
}
