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
  readonly segments: readonly string[];
  readonly since: ReadonlyMap<string, SinceEntry>;
}

const recordTypes: readonly RecordType[] = ["person", "enrolment", "transfer", "assistance"];

function compile(): Readonly<Record<RecordType, readonly DatedField[]>> {
  const lists = codeLists as unknown as Readonly<Record<string, { readonly codes: readonly SinceEntry[] } | undefined>>;
  const pointers = codeListPointers as unknown as Readonly<Record<RecordType, Readonly<Record<string, string>>>>;
  const table = {} as Record<RecordType, DatedField[]>;
  for (const type of recordTypes) {
    table[type] = [];
    for (const [template, list] of Object.entries(pointers[type] ?? {})) {
      const since = new Map((lists[list]?.codes ?? []).filter((entry) => entry.since !== undefined).map((entry) => [entry.code, entry]));
      if (since.size > 0) table[type].push({ list, segments: template.split("/").slice(1), since });
    }
  }
  return table;
}

const table = compile();

/** The date a record's codes are used at (as code.not-active reads it). */
function recordDate(type: RecordType, record: Readonly<Record<string, unknown>>): { readonly date: unknown; readonly field: string } {
  const at = (key: string) => record[key] as Readonly<Record<string, unknown>> | undefined;
  switch (type) {
    case "person":
      return { date: at("meta")?.["lastUpdated"], field: "/meta/lastUpdated" };
    case "enrolment":
      return { date: at("period")?.["start"], field: "/period/start" };
    case "transfer": {
      const steps = record["steps"];
      return { date: Array.isArray(steps) ? (steps[0] as Readonly<Record<string, unknown>> | undefined)?.["at"] : undefined, field: "/steps/0/at" };
    }
    case "assistance":
      return { date: at("dates")?.["applied"], field: "/dates/applied" };
    case "benefit":
    case "medicalRegistration":
      return { date: at("period")?.["start"], field: "/period/start" };
    case "medicalSettlement":
      return { date: record["settlementDate"], field: "/settlementDate" };
    case "organisation":
      return { date: at("meta")?.["lastUpdated"], field: "/meta/lastUpdated" };
    case "donation":
      return { date: record["receivedOn"], field: "/receivedOn" };
    case "consent":
      return { date: record["validFrom"], field: "/validFrom" };
  }
}

function visit(node: unknown, segments: readonly string[], depth: number, pointer: string, found: (code: string, pointer: string) => void): void {
  if (depth === segments.length) {
    if (typeof node === "string") found(node, pointer);
    return;
  }
  const segment = segments[depth]!;
  if (segment === "*") {
    if (Array.isArray(node)) for (let i = 0; i < node.length; i++) visit(node[i], segments, depth + 1, `${pointer}/${i}`, found);
  } else if (typeof node === "object" && node !== null) {
    visit((node as Readonly<Record<string, unknown>>)[segment], segments, depth + 1, `${pointer}/${segment}`, found);
  }
}

export function checkCodeSince(record: Readonly<Record<string, unknown>>, emit: Emit): void {
  const type = record["recordType"] as RecordType;
  const fields = table[type];
  if (fields === undefined || fields.length === 0) return;
  const { date, field } = recordDate(type, record);
  if (typeof date !== "string") return;
  const day = date.slice(0, 10);
  for (const coded of fields) {
    visit(record, coded.segments, 0, "", (code, pointer) => {
      const entry = coded.since.get(code);
      if (entry?.since === undefined || day >= entry.since) return;
      const title = entry.title;
      emit(pointer, {
        code,
        ...(title ? { "code.zh": `${code}（${title.zh}）`, "code.en": `${code} (${title.en})` } : {}),
        list: coded.list,
        since: entry.since,
        date: day,
        dateField: field,
      });
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
    zh: "代码表为代码列出启用日期（since）的，早于该日期的记录应使用当时的代码：如 2016 年前的居民医保用 medical.urbanResident（城镇居民基本医疗保险）或 medical.nrcms（新农合），而非 medical.resident（城乡居民基本医疗保险）。参保取 period.start，转移取 steps[0].at，救助取 dates.applied，人员取 meta.lastUpdated。1.0 数据不检查（1.0 没有历史代码可用）。",
    en: "Where a list gives a code's since date, records dated before it use the code of the time: resident medical insurance before 2016 is medical.urbanResident (城镇居民医保) or medical.nrcms (新农合), not medical.resident (城乡居民医保). The date is an enrolment's period.start, a transfer's steps[0].at, an assistance case's dates.applied, a person's meta.lastUpdated. Not checked on 1.0 data (1.0 had no historic codes to use).",
  },
  paramSources: { code: { fieldAtPointer: true } },
  check(record, _context, emit) {
    checkCodeSince(record, emit);
  },
};
