import { codeListPointers, codeLists } from "@czt/schemas";
import type { Emit, RecordRule, RecordType } from "../rule.js";
import { v1 } from "./support/versions.js";

/**
 * Deprecated and retired codes stay in the schemas' enums (historic records keep them);
 * this rule flags them in new data. Everything it needs is computed once at module load:
 * which coded fields of each record type use a list with non-active entries, and each
 * such code's cut-off date. A record then costs one map lookup per such value and a
 * ten-character comparison.
 */

/** A code whose list entry is not active. `until` null: the list gives no date. */
export interface NonActiveCode {
  readonly status: "deprecated" | "retired";
  readonly until: string | null;
  /** The code with its title, for messages (`maternity (Maternity insurance)`); absent when the list gives none. */
  readonly named?: { readonly "code.zh": string; readonly "code.en": string };
}

/** A coded field whose list has non-active entries. */
export interface CodedField {
  readonly list: string;
  /** Pointer template segments; `*` stands for each item of an array. */
  readonly segments: readonly string[];
  readonly nonActive: ReadonlyMap<string, NonActiveCode>;
}

export type CodeStatusTable = Readonly<Record<RecordType, readonly CodedField[]>>;

interface EntryLike {
  readonly code: string;
  readonly status: string;
  readonly until?: string;
  readonly title?: { readonly zh: string; readonly en: string };
}

export type CodeListsLike = Readonly<Record<string, { readonly codes: readonly EntryLike[] } | undefined>>;
export type CodeListPointersLike = Readonly<Partial<Record<RecordType, Readonly<Record<string, string>>>>>;

const recordTypes: readonly RecordType[] = [

  "person",
  "enrolment",

  "transfer",

  "assistance",
  "benefit",
  "medicalRegistration",
  "medicalSettlement",
  "organisation",
  "donation",
  "consent",
];

/** Code → status and until date, for the list's deprecated and retired entries only. */
export function nonActiveCodesOf(codes: readonly EntryLike[]): ReadonlyMap<string, NonActiveCode> {
  const table = new Map<string, NonActiveCode>();
  for (const entry of codes) {
    if (entry.status !== "deprecated" && entry.status !== "retired") continue;
    const code: NonActiveCode = { status: entry.status, until: entry.until ?? null };
    const title = entry.title;
    table.set(entry.code, title ? { ...code, named: { "code.zh": `${entry.code}（${title.zh}）`, "code.en": `${entry.code} (${title.en})` } } : code);
  }
  return table;
}

/** The coded fields of each record type (from `codeListPointers`) whose list has a non-active entry. */
export function compileCodeStatusTable(pointers: CodeListPointersLike, lists: CodeListsLike): CodeStatusTable {
  const table = {} as Record<RecordType, CodedField[]>;
  for (const type of recordTypes) {
    table[type] = [];
    // A version from before the type has no pointers for it.
    for (const [template, list] of Object.entries(pointers[type] ?? {})) {
      // Stryker disable next-line ArrayDeclaration: a list of one string has no deprecated or retired entry either
      const nonActive = nonActiveCodesOf(lists[list]?.codes ?? []);
      if (nonActive.size === 0) continue;
      table[type].push({ list, segments: template.split("/").slice(1), nonActive });
    }
  }
  return table;
}

/**
 * The date a record's codes are used at, and where it is: an enrolment's start, a
 * transfer's first step (the application), an assistance case's application date, and
 * for a person (whose codes describe the present) the last update.
 */
const dateFields: Readonly<Record<RecordType, string>> = {
  person: "/meta/lastUpdated",
  enrolment: "/period/start",
  transfer: "/steps/0/at",
  assistance: "/dates/applied",
  benefit: "/period/start",
  medicalRegistration: "/period/start",
  medicalSettlement: "/settlementDate",
  organisation: "/meta/lastUpdated",
  donation: "/receivedOn",
  consent: "/validFrom",
};

/** The date fields' pointer segments. */
const dateSegments = Object.fromEntries(Object.entries(dateFields).map(([type, pointer]) => [type, pointer.split("/").slice(1)])) as unknown as Readonly<Record<RecordType, readonly string[]>>;

/** The record's date: the schemas require its date field, and rules see schema-valid records only. */
function recordDate(type: RecordType, record: Readonly<Record<string, unknown>>): string {
  let node: unknown = record;
  for (const segment of dateSegments[type]) node = (node as Readonly<Record<string, unknown>>)[segment];
  return node as string;
}

/** Whether the date (or date-time) `iso` falls on a day after the calendar date `date`, comparing the ten date characters. */
export function isDayAfter(iso: string, date: string): boolean {
  return iso.slice(0, 10) > date;
}

const statusText = {
  deprecated: { "status.zh": "弃用", "status.en": "deprecated" },
  retired: { "status.zh": "停用", "status.en": "retired" },
} as const;
const untilFromList = { "cutoff.zh": "代码表所列截止日期", "cutoff.en": "its until date in the list" } as const;
const untilFromAsOf = { "cutoff.zh": "代码表未列截止日期，取核对日期", "cutoff.en": "the list gives no until date: the as-of date" } as const;

/** Array indexes of the `*` segments on the way down, reused across records. */
const indexStack: number[] = [];

function concretePointer(segments: readonly string[]): string {
  let pointer = "";
  let star = 0;
  for (const segment of segments) pointer += `/${segment === "*" ? String(indexStack[star++]) : segment}`;
  return pointer;
}

/** Emits when `code` is non-active in the field's list and `date` is after its cut-off; a missing value (undefined) is no key of the list. */
function report(field: CodedField, code: string, date: string, type: RecordType, asOf: string, emit: Emit): void {
  const entry = field.nonActive.get(code);
  if (entry === undefined) return;
  const until = entry.until ?? asOf;
  if (!isDayAfter(date, until)) return;
  emit(concretePointer(field.segments), {
    code,
    ...entry.named,
    list: field.list,
    status: entry.status,
    ...statusText[entry.status],
    until,
    ...(entry.until === null ? untilFromAsOf : untilFromList),
    date: date.slice(0, 10),
    dateField: dateFields[type],
  });
}

/** Visits every value of a field's template, `*` standing for each item of an array. */
function walk(node: unknown, depth: number, field: CodedField, date: string, type: RecordType, asOf: string, emit: Emit): void {
  const segments = field.segments;
  if (depth === segments.length) {
    report(field, node as string, date, type, asOf, emit);
    return;
  }
  const segment = segments[depth]!;
  if (segment === "*") {
    if (!Array.isArray(node)) return;
    node.forEach((item: unknown, i: number) => {
      indexStack.push(i);
      walk(item, depth + 1, field, date, type, asOf, emit);
      indexStack.pop();
    });
  } else if (typeof node === "object") {
    // Schema-valid records hold no null.
    walk((node as Readonly<Record<string, unknown>>)[segment], depth + 1, field, date, type, asOf, emit);
  }
}

/** Reports every code of `record` that the table marks non-active at the record's date. */
export function checkCodeStatus(table: CodeStatusTable, record: Readonly<Record<string, unknown>>, asOf: string, emit: Emit): void {
  const type = record["recordType"] as RecordType;
  const date = recordDate(type, record);
  for (const field of table[type]) walk(record, 0, field, date, type, asOf, emit);
}

const standardTable: CodeStatusTable = compileCodeStatusTable(codeListPointers, codeLists as unknown as CodeListsLike);

/** A code the list marks deprecated or retired, used by a record dated after the code's until date. */
export const codeNotActiveRule: RecordRule = {
  kind: "record",
  id: "code.not-active",
  severity: "warning",
  category: "code",
  appliesTo: recordTypes,
  versions: v1,
  title: { zh: "代码已弃用或停用", en: "Code no longer active" },
  message: {
    zh: "代码表 {list} 的代码 {code} 已{status}，{until}（{cutoff}）之后不应再用于新数据；本记录的日期 {dateField} 为 {date}",
    en: "{list} code {code} is {status} and not for new data after {until} ({cutoff}); this record's date {dateField} is {date}",
  },
  guidance: {
    zh: "代码表中状态为 deprecated（弃用）或 retired（停用）的代码仍被模式接受，以便保留历史记录（如 2019 年前的生育保险、新农合参保），但不应出现在新数据中。记录的日期晚于代码的 until 日期时提示：参保取 period.start，转移取第一步 steps[0].at，救助取 dates.applied，人员取 meta.lastUpdated。代码表未列 until 日期的，以核对日期（asOf）为截止日期，即只提示日期晚于核对日期的记录。改用现行代码（如 maternity 并入 medical.employee，medical.nrcms 并入 medical.resident）。",
    en: "Codes a list marks deprecated or retired are still accepted by the schemas so that historic records keep them (maternity insurance before 2019, 新农合 enrolments), but new data should not use them. A record is flagged when its date is after the code's until date: an enrolment's period.start, a transfer's first step steps[0].at, an assistance case's dates.applied, a person's meta.lastUpdated. When the list gives no until date the as-of date stands in, so only records dated after the as-of date are flagged. Use the current code instead (maternity is merged into medical.employee, medical.nrcms into medical.resident).",
  },
  // The code is masked when the field it is in is sensitive (an ethnicity code is personal data).
  paramSources: { code: { fieldAtPointer: true } },
  check(record, context, emit) {
    checkCodeStatus(standardTable, record, context.asOf, emit);
  },
};
