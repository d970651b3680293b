import { codeListPointers, codeLists } from "@czt/schemas";
import type { Emit, RecordRule, RecordType } from "../rule.js";
import { v1 } from "./support/versions.js";

/**
 * The mirror of code.not-active: a code used by a record dated before the code's `since`
 * date, when the concept it names did not exist yet (城乡居民医保 sent for 2010, when the
 * person was in 城镇居民医保 or 新农合). Compiled once: the coded fields whose list has a
 * code with a `since` date, and each such code's date.
 */

interface SinceEntry {
  readonly code: string;
  readonly since?: string;
  readonly title?: { readonly zh: string; readonly en: string };
}

interface DatedField {
  readonly list: string;
  readonly pointer: string;
  /** Pointer segments: the fields of dated lists are plain pointers, no `*` (test/rules/code-not-yet-in-force.test.ts). */
  readonly segments: readonly string[];
  readonly since: ReadonlyMap<string, SinceEntry>;
}

/** The record types with a coded field whose list dates a code (test/rules/code-not-yet-in-force.test.ts). */
const recordTypes = ["enrolment", "transfer", "assistance"] as const satisfies readonly RecordType[];
type DatedType = (typeof recordTypes)[number];

function compile(): Readonly<Record<DatedType, readonly DatedField[]>> {
  const lists = codeLists as unknown as Readonly<Record<string, { readonly codes: readonly SinceEntry[] } | undefined>>;
  const pointers = codeListPointers as unknown as Readonly<Record<RecordType, Readonly<Record<string, string>>>>;
  const table = {} as Record<DatedType, DatedField[]>;
  for (const type of recordTypes) {
    table[type] = [];
    for (const [template, list] of Object.entries(pointers[type] ?? {})) {
      const since = new Map((lists[list]?.codes ?? []).filter((entry) => entry.since !== undefined).map((entry) => [entry.code, entry]));
      if (since.size > 0) table[type].push({ list, pointer: template, segments: template.split("/").slice(1), since });
    }
  }
  return table;
}

const table = compile();

/** The date a record's codes are used at (as code.not-active reads it). */
function recordDate(type: DatedType, record: Readonly<Record<string, unknown>>): { readonly date: unknown; readonly field: string } {
  const at = (key: string) => record[key] as Readonly<Record<string, unknown>>;
  // Rules see schema-valid records only, where period, steps[0] and dates are required.
  switch (type) {
    case "enrolment":
      return { date: at("period")["start"], field: "/period/start" };
    case "transfer":
      return { date: (record["steps"] as readonly Readonly<Record<string, unknown>>[])[0]!["at"], field: "/steps/0/at" };
    case "assistance":
      return { date: at("dates")["applied"], field: "/dates/applied" };
  }
}

/** The value at a plain pointer's segments, undefined when a step is missing (schema-valid records hold no null). */
function valueAt(record: Readonly<Record<string, unknown>>, segments: readonly string[]): unknown {
  let node: unknown = record;
  for (const segment of segments) {
    if (typeof node !== "object") return undefined;
    node = (node as Readonly<Record<string, unknown>>)[segment];
  }
  return node;
}

export function checkCodeSince(record: Readonly<Record<string, unknown>>, emit: Emit): void {
  const type = record["recordType"] as DatedType;
  const { date, field } = recordDate(type, record);
  const day = (date as string).slice(0, 10);
  for (const coded of table[type]) {
    // A missing field (undefined) is no key of the map.
    const code = valueAt(record, coded.segments) as string;
    const entry = coded.since.get(code);
    if (entry?.since === undefined || day >= entry.since) continue;
    const title = entry.title;
    emit(coded.pointer, {
      code,
      ...(title ? { "code.zh": `${code}（${title.zh}）`, "code.en": `${code} (${title.en})` } : {}),
      list: coded.list,
      since: entry.since,
      date: day,
      dateField: field,
    });
  }
}

/** A code used by a record dated before the code came into force. */
export const codeNotYetInForceRule: RecordRule = {
  kind: "record",
  id: "code.not-yet-in-force",
  severity: "warning",
  category: "code",
  appliesTo: recordTypes,
  versions: v1,
  title: { zh: "代码尚未启用", en: "Code not yet in force" },
  message: {
    zh: "代码表 {list} 的代码 {code} 自 {since} 起启用，本记录的日期 {dateField} 为 {date}，早于启用日期",
    en: "{list} code {code} applies from {since}; this record's date {dateField} is {date}, before it",
  },
  guidance: {
    zh: "代码表为代码列出启用日期（since）的，早于该日期的记录应使用当时的代码：如 2016 年前的居民医保用 medical.urbanResident（城镇居民基本医疗保险）或 medical.nrcms（新农合），而非 medical.resident（城乡居民基本医疗保险）。参保取 period.start，转移取 steps[0].at，救助取 dates.applied。1.0 数据不检查（1.0 没有历史代码可用）。",
    en: "Where a list gives a code's since date, records dated before it use the code of the time: resident medical insurance before 2016 is medical.urbanResident (城镇居民医保) or medical.nrcms (新农合), not medical.resident (城乡居民医保). The date is an enrolment's period.start, a transfer's steps[0].at, an assistance case's dates.applied. Not checked on 1.0 data (1.0 had no historic codes to use).",
  },
  paramSources: { code: { fieldAtPointer: true } },
  check(record, _context, emit) {
    checkCodeSince(record, emit);
  },
};
