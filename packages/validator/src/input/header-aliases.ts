import type { RecordType } from "../rule.js";
import { buildFieldMap, type FieldInfo } from "../schema/field-map.js";
import type { SchemaSet } from "../schema/schema-set.js";
import { recordTypesOf } from "../schema/schema-set.js";

/** The header of the record type column, in English (the field name) and Chinese (its x-czt-title). */
export const recordTypeHeaders: readonly string[] = ["recordType", "记录类型"];

/**
 * Short forms of code titles that offices write instead of the full title (男 for 男性).
 * Only where the short form is the common usage and cannot mean another code of the list.
 */
const shortCodeTitles: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sex: { 男: "1", 女: "2", 未知: "0" },
};

/** What the header names and code titles of one record type resolve to. */
export interface RecordTypeAliases {
  /** Header text (Chinese title path or own title) → field path segments. */
  headers: ReadonlyMap<string, readonly string[]>;
}

function leafPointers(fields: Map<string, FieldInfo>): string[] {
  return [...fields.entries()]
    .filter(([pointer, info]) => pointer !== "/extensions" && !info.types.includes("object") && !info.types.includes("array"))
    .map(([pointer]) => pointer);
}

/**
 * The Chinese headers of a record type: for every leaf field the zh titles of its path
 * joined by `.` (`户籍.户籍所在地`, an array item as `证件.0.证件号码` or `证件.证件号码` for the
 * first), and the field's own title alone (`证件号码`) where no other field of the record
 * type has it.
 */
function headerAliases(fields: Map<string, FieldInfo>): Map<string, readonly string[]> {
  const aliases = new Map<string, readonly string[]>();
  const ownTitleCount = new Map<string, number>();
  // Stryker disable next-line ArrayDeclaration: a stray entry is a title no field has, counted by no field, so never an alias
  const own: [string, readonly string[]][] = [];
  for (const pointer of leafPointers(fields)) {
    const names = pointer.slice(1).split("/");
    const titled: string[] = [];
    const indexed: string[] = [];
    const path: string[] = [];
    let complete = true;
    for (const [depth, name] of names.entries()) {
      if (name === "*") {
        indexed.push("0");
        path.push("0");
        continue;
      }
      const title = fields.get(`/${names.slice(0, depth + 1).join("/")}`)?.title?.zh;
      if (title === undefined || title.includes(".")) {
        complete = false;
        break;
      }
      titled.push(title);
      indexed.push(title);
      path.push(name);
    }
    if (!complete) continue;
    aliases.set(indexed.join("."), path);
    if (!aliases.has(titled.join("."))) aliases.set(titled.join("."), path);
    const last = titled[titled.length - 1]!;
    ownTitleCount.set(last, (ownTitleCount.get(last) ?? 0) + 1);
    own.push([last, path]);
  }
  for (const [title, path] of own) if (ownTitleCount.get(title) === 1 && !aliases.has(title)) aliases.set(title, path);
  return aliases;
}

/**
 * Chinese header names and code titles accepted in CSV input, derived from the
 * standard's `x-czt-title`s and code lists, computed per record type on first use.
 */
export class HeaderAliases {
  private readonly byType = new Map<string, { headers: Map<string, readonly string[]>; fields: Map<string, FieldInfo> }>();
  private readonly recordTypeTitles = new Map<string, string>();

  constructor(private readonly set: SchemaSet) {
    for (const type of recordTypesOf(set)) {
      const title = (set.schemas[set.recordSchemaIds[type]!] as { "x-czt-title"?: { zh?: string } })["x-czt-title"]?.zh;
      // A type without a zh title maps its own name, which recordType gives anyway.
      this.recordTypeTitles.set(title || type, type);
    }
  }

  private static readonly none = { headers: new Map<string, readonly string[]>(), fields: new Map<string, FieldInfo>() };

  /** The aliases of a record type; a type the standard does not have has none (and is not cached: a hostile file may name millions). */
  private of(type: string) {
    let entry = this.byType.get(type);
    if (!entry) {
      if (!Object.hasOwn(this.set.recordSchemaIds, type)) return HeaderAliases.none;
      // An id left undefined (a type of a later version) names no schema: no fields.
      const fields = buildFieldMap(this.set.schemas, this.set.recordSchemaIds[type as RecordType] as string);
      entry = { headers: headerAliases(fields), fields };
      this.byType.set(type, entry);
    }
    return entry;
  }

  /** Whether the standard has this record type (its aliases are worth keeping). */
  knows(type: string): boolean {
    return Object.hasOwn(this.set.recordSchemaIds, type) && type !== "jsonlHeader" && type !== "package";
  }

  /** The record type a cell of the record type column names: the type itself, or its zh title (人员 → person). */
  recordType(cell: string): string {
    return this.recordTypeTitles.get(cell) ?? cell;
  }

  /** The path of a header in a record type: a Chinese title resolved, anything else split at its dots. */
  path(type: string, header: string): readonly string[] {
    return this.of(type).headers.get(header) ?? header.split(".");
  }

  /** The code a cell of a coded field stands for: the code itself, or its zh title (男性 or 男 → 1). */
  code(type: string, pointerTemplate: string, cell: string): string {
    const list = this.of(type).fields.get(pointerTemplate)?.codeList;
    // A field without a list looks up "", which names no list: no codes, the cell as written.
    // Stryker disable next-line StringLiteral: no code list is named "" or "Stryker was here!"
    const codes = this.set.codeLists?.[list ?? ""]?.codes;
    if (!codes || codes.some((entry) => entry.code === cell)) return cell;
    return codes.find((entry) => entry.title?.zh === cell)?.code ?? shortCodeTitles[list as string]?.[cell] ?? cell;
  }
}
