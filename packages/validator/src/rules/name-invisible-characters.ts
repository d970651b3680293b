import type { Bilingual, Emit, RecordRule } from "../rule.js";
import { v1 } from "./support/versions.js";

/** The name fields of each record type (pointer templates; agencies and employers included). */
export const nameFields = ["/name", "/meta/sourceAgency/name", "/agency/name", "/employer/name", "/from/agency/name", "/to/agency/name", "/payments/*/payee/name", "/from/external/agency/name", "/to/external/agency/name", "/contributions/*/paidBy/*/name", "/legalSupporters/*/name", "/donorName"] as const;

/**
 * C0 and C1 controls and DEL (Cc), invisible format characters (Cf: bidi embeddings and
 * overrides U+202A–U+202E, isolates U+2066–U+2069, marks, zero-width characters, U+FEFF,
 * soft hyphen, tags) and the line and paragraph separators (Zl, Zp).
 */
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

const kinds: Readonly<Record<"control" | "bidi" | "format", Bilingual>> = {
  control: { zh: "控制字符", en: "a control character" },
  bidi: { zh: "双向文本控制字符", en: "a bidirectional text control" },
  format: { zh: "不可见格式字符", en: "an invisible formatting character" },
};

function kindOf(codePoint: number): Bilingual {
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069) || codePoint === 0x200e || codePoint === 0x200f || codePoint === 0x061c) {
    return kinds.bidi;
  }
  return /\p{Cc}/u.test(String.fromCodePoint(codePoint)) ? kinds.control : kinds.format;
}

type NameField = (typeof nameFields)[number];

/**
 * The name fields each record type the rule applies to has, in the standard's latest
 * version (earlier versions have fewer; a field a record lacks is skipped). Looking a
 * record's own list up by its type spares every record the probes of the other types'
 * fields, which on records of ten shapes cost more than the check itself. A test checks
 * this table against the schemas of every version.
 */
const nameFieldsByType: Readonly<Record<string, readonly NameField[]>> = {
  person: ["/name", "/meta/sourceAgency/name"],
  enrolment: ["/meta/sourceAgency/name", "/agency/name", "/employer/name", "/contributions/*/paidBy/*/name"],
  transfer: ["/meta/sourceAgency/name", "/from/agency/name", "/to/agency/name", "/from/external/agency/name", "/to/external/agency/name", "/contributions/*/paidBy/*/name"],
  assistance: ["/meta/sourceAgency/name", "/agency/name", "/payments/*/payee/name", "/legalSupporters/*/name"],
  organisation: ["/name", "/meta/sourceAgency/name"],
  donation: ["/meta/sourceAgency/name", "/donorName"],
};

/** The name fields of a record type (none for a type the table does not know: the test of the table then fails). */
export function nameFieldsOf(recordType: string): readonly string[] {
  return Object.hasOwn(nameFieldsByType, recordType) ? nameFieldsByType[recordType]! : [];
}

/** A field as its steps, split once: the rule runs on every record, so no pointer is parsed per record. */
const stepsOf = (pointer: string) => ({ steps: pointer.slice(1).split("/") });
const nameFieldStepsByType = new Map(Object.entries(nameFieldsByType).map(([type, fields]) => [type, fields.map(stepsOf)]));
/** The name field of an export's envelope (header line or package members). */
const headerNameFieldSteps = [{ steps: ["publisher", "name"] }];

/**
 * Reports each string at a pointer template that has an invisible character, at its
 * concrete pointer; `*` steps into every item of an array. The rule runs on every
 * record, and nearly every name is clean: the walk allocates nothing (one shared list of
 * array indexes) unless a value fails the test (a profile of a million records
 * had a list-building walk at 15 % of all CPU).
 */
function scan(node: unknown, steps: readonly string[], step: number, indexes: number[], emit: Emit): void {
  if (step === steps.length) {
    // Stryker disable next-line ConditionalExpression: rules see schema-valid records, whose name fields are strings
    if (typeof node === "string" && invisible.test(node)) report(emit, pointerOf(steps, indexes), node);
    return;
  }
  // Schema-valid records and envelopes hold no null.
  if (typeof node !== "object") return;
  const key = steps[step]!;
  if (key !== "*") {
    scan((node as Record<string, unknown>)[key], steps, step + 1, indexes, emit);
    return;
  }
  // A `*` step is an array in a schema-valid record; the item's index is the last of `indexes`.
  const depth = indexes.length;
  indexes.push(0);
  for (const item of node as readonly unknown[]) {
    scan(item, steps, step + 1, indexes, emit);
    indexes[depth]!++;
  }
  indexes.pop();
}

/** The array indexes of the template being walked (empty between walks). */
const walkIndexes: number[] = [];

/** The concrete pointer of a template: each `*` replaced by the next of `indexes`. */
function pointerOf(steps: readonly string[], indexes: readonly number[]): string {
  let next = 0;
  return steps.map((key) => `/${key === "*" ? indexes[next++] : key}`).join("");
}

/** The finding of a name that holds an invisible character: the first one, and how many more. */
function report(emit: Emit, pointer: string, value: string): void {
  const chars = [...value];
  const offending = chars.flatMap((char, index) => (invisible.test(char) ? [index] : []));
  const first = offending[0]!;
  const codePoint = chars[first]!.codePointAt(0)!;
  const kind = kindOf(codePoint);
  const more = offending.length - 1;
  emit(pointer, {
    field: pointer,
    position: first + 1,
    character: `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`,
    kind: kind.en,
    "kind.zh": kind.zh,
    "kind.en": kind.en,
    more: more > 0 ? ` (+${more})` : "",
    "more.zh": more > 0 ? `，另有 ${more} 个` : "",
    "more.en": more > 0 ? ` and ${more} more` : "",
  });
}

/** Reports the first invisible character of each name field of `object` that has one. */
function checkNames(object: Readonly<Record<string, unknown>>, fields: readonly { steps: readonly string[] }[], emit: Emit): void {
  for (const { steps } of fields) {
    walkIndexes.length = 0;
    scan(object, steps, 0, walkIndexes, emit);
  }
}

/**
 * A name holds visible characters only: a control character or a bidi override in a name
 * can rewrite a terminal line or reverse what a reader sees, and no register spells a name
 * with one. The character is named by its code point, never printed.
 */
export const nameInvisibleCharactersRule: RecordRule = {
  kind: "record",
  id: "name.invisible-characters",
  severity: "error",
  category: "text",
  appliesTo: ["person", "enrolment", "transfer", "assistance", "organisation", "donation"],
  versions: v1,
  title: { zh: "名称含控制字符或不可见字符", en: "Control or invisible characters in a name" },
  message: {
    zh: "{field} 的第 {position} 个字符是{kind} {character}{more}",
    en: "{field} has {kind}, {character}, at character {position}{more}",
  },
  guidance: {
    zh: "姓名和机构名称只含可见字符。C0/C1 控制字符（如换行、ESC）、双向文本控制字符（U+202A–U+202E、U+2066–U+2069）和零宽字符等不可见格式字符会改写终端或报告中的显示内容，多为导出程序的编码错误或恶意数据：按户籍或登记信息更正。间隔号 · (U+00B7) 等可见标点不受影响。",
    en: "Person and agency names hold visible characters only. C0/C1 controls (line breaks, ESC), bidirectional text controls (U+202A–U+202E, U+2066–U+2069) and other invisible format characters such as zero-width spaces change what a terminal or report shows; they come from a broken export or from hostile data. Correct the name from the register. Visible punctuation such as the middle dot · (U+00B7) is fine.",
  },
  checkHeader(header, _context, emit) {
    checkNames(header, headerNameFieldSteps, emit);
  },
  check(record, _context, emit) {
    checkNames(record, nameFieldStepsByType.get(record["recordType"] as string)!, emit);
  },
};
