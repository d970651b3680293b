import { parseIdNumber } from "@czt/domain";
import type { UnreadableCell } from "@czt/validator";
import { applyTransforms, type Value } from "./apply-transforms.js";
import { IdDigestSet } from "./id-digest-set.js";
import type { FieldSpec, JoinSpec, Mapping, RecordSpec, SourceSpec } from "./mapping.js";
import { mintId } from "./mint-id.js";
import { type MapProblem, type ProblemCode, type SourceLocation, unreadableCellMessage } from "./problem.js";
import { columnName, resolveColumn } from "./resolve-column.js";
import { canonicalJson, fillDefaults, getPath, setPath } from "./set-path.js";
import { type CellValue, type SourceRow, type TableInfo, tableLocation } from "./table.js";

/** Where a mapped record came from: the row it was built from. */
export interface RecordOrigin {
  location: SourceLocation;
  source: string;
}

export interface MapperEvents {
  record(record: Record<string, unknown>, origin: RecordOrigin): void;
  problem(problem: MapProblem): void;
  /** A table starts: an observer of its raw rows, if wanted (the profile counts cells with it). */
  table?(source: SourceSpec, table: TableInfo, columns: ReadonlyMap<FieldSpec, number>): ((row: SourceRow) => void) | undefined;
}

/** A table being read through the mapping: hand it rows in order. */
export interface TableMapper {
  row(row: SourceRow): void;
}

interface ParentIndex {
  byKey: Map<string, Record<string, unknown>>;
}

/** A record built from a row, with the keys that join it: its own (`key`) and its parent's (`into.key`). */
interface BuiltRecord {
  record: Record<string, unknown>;
  parentKey: string | undefined;
  joinKey: string | undefined;
}

type Evaluated = { kind: "value"; value: Value } | { kind: "empty" } | { kind: "failed" };

const isEmpty = (cell: CellValue | undefined) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** The columns a record spec reads, filled-down columns aside. */
function columnsRead(spec: RecordSpec, columns: Map<FieldSpec, number>): Set<number> {
  const read = new Set<number>();
  const visit = (field: FieldSpec | undefined) => {
    if (!field) return;
    const column = columns.get(field);
    if (column !== undefined && !field.fillDown) read.add(column);
    for (const inner of field.mint?.from ?? []) visit(inner);
  };
  visit(spec.id);
  visit(spec.key);
  visit(spec.into?.key);
  for (const field of Object.values(spec.fields)) visit(field);
  return read;
}

/**
 * Per record spec of a source, the columns only it reads. When all of them are empty the
 * row holds no record of that spec — a person's row without an enrolment, in a layout with
 * both — which is no record at all, not a record without an id.
 */
function ownColumns(specs: readonly RecordSpec[], columns: Map<FieldSpec, number>): Map<RecordSpec, number[]> {
  const read = specs.map((spec) => columnsRead(spec, columns));
  return new Map(specs.map((spec, i) => [spec, [...read[i]!].filter((column) => read.every((other, j) => j === i || !other.has(column)))]));
}

/** Matches a file name against a source's `file` (`*` any run of characters, case-insensitive). */
export function fileMatches(pattern: string, name: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*")}$`, "i");
  return regex.test(name);
}

/**
 * Runs a mapping over tables as their rows come. Records are handed out as soon as they are
 * built, except those other sources join into (households, enrolments that gather detail
 * rows), which are kept until `end`. Every value that cannot be mapped is a located problem
 * with the source value; the rest of its row and every other row are still mapped.
 */
export class Mapper {
  private readonly parents = new Map<string, ParentIndex>();
  private readonly heldParents: { record: Record<string, unknown>; origin: RecordOrigin }[] = [];
  /** Join items wait for the end: a member sheet may come before its household sheet. */
  private readonly pendingItems: { into: JoinSpec; item: Record<string, unknown>; key: string | undefined; location: SourceLocation; type: string }[] = [];
  /** Every record id produced so far, as digests: the one piece of state kept per row (see IdDigestSet). */
  private readonly ids = new IdDigestSet();
  private readonly sourcesSeen = new Set<string>();
  private readonly joinedInto = new Set<string>();
  /** The file each source matched, to locate a sheet it lacked. */
  private readonly matchedFile = new Map<string, string>();
  /** The unreadable cells the row being mapped has read so far, by column: the fields that read each (see `reportUnreadableReads`). */
  private readonly unreadableReads = new Map<number, { cell: UnreadableCell; at: SourceLocation; fields: string[]; recordType: string }>();

  constructor(
    private readonly mapping: Mapping,
    private readonly events: MapperEvents,
  ) {
    for (const source of mapping.sources) for (const spec of source.records) if (spec.into) this.joinedInto.add(`${spec.into.source}|${spec.into.recordType ?? spec.recordType}`);
  }

  /** The sources that read a file; a sheet name narrows XLSX sources (a source without a sheet reads the first). */
  sourcesOf(fileName: string): SourceSpec[] {
    const sources = this.mapping.sources.filter((source) => fileMatches(source.file, fileName));
    for (const source of sources) if (!this.matchedFile.has(source.name)) this.matchedFile.set(source.name, fileName);
    return sources;
  }

  /** Starts a table of a source: its columns are resolved now (a column that is not there is one problem, here). */
  openTable(source: SourceSpec, table: TableInfo): TableMapper {
    this.sourcesSeen.add(source.name);
    const columns = new Map<FieldSpec, number>();
    const missing = new Set<string>();
    const resolve = (spec: FieldSpec) => {
      const column = resolveColumn(spec, table.headers);
      if (column === undefined) {
        const name = columnName(spec);
        if (!missing.has(name)) {
          missing.add(name);
          this.problem("map.column-missing", tableLocation(table, table.headerRow), { zh: `第 ${table.headerRow} 行的列名中没有“{value}”列`, en: `no column '{value}' in the header row ${table.headerRow}` }, name);
        }
        return;
      }
      if (column > 0) columns.set(spec, column);
      spec.mint?.from.forEach(resolve);
    };
    for (const spec of source.records) {
      for (const field of [spec.id, spec.key, spec.into?.key, ...Object.values(spec.fields)]) if (field) resolve(field);
    }
    const own = ownColumns(source.records, columns);
    const observe = this.events.table?.(source, table, columns);
    const fillDown = [...columns].filter(([spec]) => spec.fillDown).map(([, column]) => column - 1);
    const above: (CellValue | undefined)[] = [];
    return {
      row: (row) => {
        // A blank row is nothing, even where a merged cell above would fill it down.
        if (row.cells.every(isEmpty) && !row.unreadable) return;
        observe?.(row);
        if (fillDown.length === 0) return this.mapRow(source, table, columns, missing, row, own);
        const cells = [...row.cells];
        for (const index of fillDown) {
          const cell = cells[index];
          // A cell with no value to read is not filled from above: it is reported where it is read.
          if (row.unreadable?.has(index + 1)) continue;
          if (cell === null || cell === undefined || cell === "") cells[index] = above[index] ?? null;
          else above[index] = cell;
        }
        this.mapRow(source, table, columns, missing, row.unreadable ? { row: row.row, cells, unreadable: row.unreadable } : { row: row.row, cells }, own);
      },
    };
  }

  private problem(code: ProblemCode, location: SourceLocation, message: { zh: string; en: string }, value?: string, field?: string, recordType?: string): void {
    const problem: MapProblem = { code, severity: "error", location, message };
    if (value !== undefined) problem.value = value;
    if (field !== undefined) problem.field = field;
    if (recordType !== undefined) problem.recordType = recordType;
    this.events.problem(problem);
  }

  private mapRow(source: SourceSpec, table: TableInfo, columns: Map<FieldSpec, number>, missing: Set<string>, row: SourceRow, own: Map<RecordSpec, number[]>): void {
    const records: { spec: RecordSpec; built: BuiltRecord }[] = [];
    for (const spec of source.records) {
      const only = own.get(spec) ?? [];
      if (only.length > 0 && only.every((column) => isEmpty(row.cells[column - 1]) && !row.unreadable?.has(column))) continue;
      const built = this.buildRecord(spec, table, columns, missing, row);
      if (built) records.push({ spec, built });
    }
    this.reportUnreadableReads(row.row);
    for (const { spec, built } of records) {
      const origin: RecordOrigin = { location: tableLocation(table, row.row), source: source.name };
      if (spec.into) this.pendingItems.push({ into: spec.into, item: built.record, key: built.joinKey, location: tableLocation(table, row.row, columns.get(spec.into.key)), type: spec.recordType });
      else this.accept(source, spec, built.record, built.parentKey, origin);
    }
  }

  /**
   * One `map.unreadable-cell` per cell of the row that fields read, once all its records are
   * built: a cell several fields (or record types) read is one fault of the workbook, not one
   * per field. The first field is the problem's `field`; `fields` lists them all when more than one.
   */
  private reportUnreadableReads(row: number): void {
    for (const [column, read] of this.unreadableReads) {
      const problem: MapProblem = { code: "map.unreadable-cell", severity: "error", location: read.at, message: unreadableCellMessage(read.cell, row, column), field: read.fields[0]!, recordType: read.recordType };
      if (read.fields.length > 1) problem.fields = read.fields;
      this.events.problem(problem);
    }
    this.unreadableReads.clear();
  }

  private evaluate(spec: FieldSpec, record: Record<string, unknown>, table: TableInfo, columns: Map<FieldSpec, number>, missing: Set<string>, row: SourceRow, field: string, recordType: string): Evaluated {
    const column = columns.get(spec);
    const at = tableLocation(table, row.row, column);
    let raw: Value | null = null;
    if (spec.value !== undefined) raw = spec.value;
    else if (spec.derive !== undefined) {
      const from = getPath(record, spec.from ?? "idNumber");
      if (typeof from !== "string") return { kind: "empty" };
      const parsed = parseIdNumber(from);
      if (!parsed) {
        this.problem("map.invalid-id-number", at, { zh: "无法从公民身份号码 {value} 推导", en: "cannot derive from the identity number {value}" }, from, field, recordType);
        return { kind: "failed" };
      }
      raw = spec.derive === "sexFromIdNumber" ? parsed.sex : parsed.birthDate;
    } else if (spec.mint !== undefined) {
      const parts: string[] = [];
      for (const part of spec.mint.from) {
        const value = this.evaluate(part, record, table, columns, missing, row, field, recordType);
        if (value.kind !== "value") {
          if (value.kind === "empty") this.problem("map.missing-value", at, { zh: "生成记录标识所需的值为空", en: "a value the record id is minted from is empty" }, undefined, field, recordType);
          return { kind: "failed" };
        }
        parts.push(String(value.value));
      }
      raw = mintId(spec.mint.prefix, parts);
    } else if (column !== undefined) {
      const unreadable = row.unreadable?.get(column);
      if (unreadable) {
        const read = this.unreadableReads.get(column);
        if (!read) this.unreadableReads.set(column, { cell: unreadable, at, fields: [field], recordType });
        else if (!read.fields.includes(field)) read.fields.push(field);
        return { kind: "failed" };
      }
      raw = row.cells[column - 1] ?? null;
    } else if (missing.has(columnName(spec))) return { kind: "empty" };
    if (raw === null || (typeof raw === "string" && raw.trim() === "")) {
      if (spec.default !== undefined) return { kind: "value", value: spec.default };
      if (spec.required) {
        this.problem("map.missing-value", at, { zh: `${field} 的值为空`, en: `the value of ${field} is empty` }, undefined, field, recordType);
        return { kind: "failed" };
      }
      return { kind: "empty" };
    }
    const outcome = applyTransforms(raw, spec.transform ?? [], this.mapping.crosswalks ?? {});
    if (!outcome.ok) {
      this.problem(outcome.refusal.code, at, outcome.refusal.reason, String(raw), field, recordType);
      return { kind: "failed" };
    }
    return { kind: "value", value: outcome.value };
  }

  private buildRecord(spec: RecordSpec, table: TableInfo, columns: Map<FieldSpec, number>, missing: Set<string>, row: SourceRow): BuiltRecord | undefined {
    const record: Record<string, unknown> = spec.into ? {} : { recordType: spec.recordType };
    const type = spec.recordType;
    let idFailed = false;
    if (spec.id) {
      const id = this.evaluate(spec.id, record, table, columns, missing, row, "id", type);
      if (id.kind === "value") record["id"] = String(id.value);
      else {
        if (id.kind === "empty") this.problem("map.missing-value", tableLocation(table, row.row, columns.get(spec.id)), { zh: "记录标识为空", en: "the record id is empty" }, undefined, "id", type);
        idFailed = true;
      }
    }
    // Derivations read the fields set before them: evaluate them last.
    const ordered = Object.entries(spec.fields).sort(([, a], [, b]) => Number(a.derive !== undefined) - Number(b.derive !== undefined));
    for (const [path, field] of ordered) {
      const value = this.evaluate(field, record, table, columns, missing, row, path, type);
      if (value.kind === "value" && getPath(record, path) === undefined) setPath(record, path, value.value);
    }
    if (idFailed) return undefined;
    const defaults = this.mapping.defaults?.[type];
    if (defaults && !spec.into) fillDefaults(record, defaults);
    const key = (field: FieldSpec | undefined): string | undefined => {
      if (!field) return undefined;
      const value = this.evaluate(field, record, table, columns, missing, row, "key", type);
      return value.kind === "value" ? String(value.value) : undefined;
    };
    return { record, parentKey: key(spec.key), joinKey: spec.into ? key(spec.into.key) : undefined };
  }

  private accept(source: SourceSpec, spec: RecordSpec, record: Record<string, unknown>, parentKey: string | undefined, origin: RecordOrigin): void {
    const id = String(record["id"]);
    const added = this.ids.add(id, spec.repeated ? canonicalJson(record) : undefined);
    if (added === "same") return;
    if (added === "duplicate") {
      this.problem("map.duplicate-id", origin.location, { zh: "记录标识 {value} 已由前面的行生成：该行未写入", en: "the record id {value} was already produced by an earlier row: this row is not written" }, id, "id", spec.recordType);
      return;
    }
    const parentName = `${source.name}|${spec.recordType}`;
    if (this.joinedInto.has(parentName)) {
      let index = this.parents.get(parentName);
      if (!index) {
        index = { byKey: new Map() };
        this.parents.set(parentName, index);
      }
      if (parentKey !== undefined) index.byKey.set(parentKey, record);
      this.heldParents.push({ record, origin });
      return;
    }
    this.events.record(record, origin);
  }

  private join(into: JoinSpec, item: Record<string, unknown>, key: string | undefined, location: SourceLocation, type: string): void {
    const parentName = `${into.source}|${into.recordType ?? type}`;
    const parent = key === undefined ? undefined : this.parents.get(parentName)?.byKey.get(key);
    if (!parent) {
      this.problem("map.parent-missing", location, { zh: `该行的键 {value} 在 ${into.source} 中没有对应的记录`, en: `the key {value} of this row has no record in ${into.source}` }, key ?? "", undefined, type);
      return;
    }
    let items = getPath(parent, into.array);
    if (!Array.isArray(items)) {
      items = [];
      setPath(parent, into.array, items);
    }
    const list = items as Record<string, unknown>[];
    if (into.groupBy) {
      const same = list.find((candidate) => into.groupBy!.every((path) => canonicalJson(getPath(candidate, path)) === canonicalJson(getPath(item, path))));
      if (same) {
        for (const path of into.sum ?? []) {
          const add = getPath(item, path);
          if (typeof add === "number") setPath(same, path, (Number(getPath(same, path)) || 0) + add);
        }
        if (into.count) setPath(same, into.count, (Number(getPath(same, into.count)) || 0) + 1);
        return;
      }
      if (into.count) setPath(item, into.count, 1);
    }
    list.push(item);
  }

  /** After the last table: the records others joined into, and a problem for each source no input had. */
  end(): void {
    for (const { into, item, key, location, type } of this.pendingItems) this.join(into, item, key, location, type);
    this.pendingItems.length = 0;
    for (const { record, origin } of this.heldParents) this.events.record(record, origin);
    this.heldParents.length = 0;
    for (const source of this.mapping.sources) {
      if (this.sourcesSeen.has(source.name)) continue;
      const file = this.matchedFile.get(source.name);
      const location: SourceLocation = { file: file ?? source.file };
      if (source.sheet !== undefined && file !== undefined) location.sheet = source.sheet;
      this.problem(
        source.sheet !== undefined && file !== undefined ? "map.sheet-missing" : "map.source-missing",
        location,
        source.sheet !== undefined && file !== undefined
          ? { zh: `没有输入含有工作表“{value}”（来源 ${source.name}）`, en: `no input has the sheet '{value}' (source ${source.name})` }
          : { zh: `没有输入文件与 {value} 匹配（来源 ${source.name}）`, en: `no input file matches {value} (source ${source.name})` },
        file !== undefined && source.sheet !== undefined ? source.sheet : source.file,
      );
    }
  }
}
