import type { Params, RecordType } from "../rule.js";
import { buildFieldMap, type FieldInfo } from "../schema/field-map.js";
import { standardSchemaSet } from "../schema/standard-schema-set.js";
import type { ChunkReader, ReaderOptions } from "./chunk-reader.js";
import { HeaderAliases, recordTypeHeaders } from "./header-aliases.js";
import { detailParams } from "./json-problems.js";
import { LineReader } from "./line-reader.js";
import { reservedNames } from "./scan-json-text.js";

let fieldMaps: Map<string, Map<string, FieldInfo>> | undefined;
let aliases: HeaderAliases | undefined;

/** Field types per record type from the standard's schemas, computed on first use. */
function fieldTypes(recordType: string, pointer: string): readonly string[] {
  if (!fieldMaps) {
    fieldMaps = new Map();
    for (const [type, id] of Object.entries(standardSchemaSet.recordSchemaIds)) {
      fieldMaps.set(type, buildFieldMap(standardSchemaSet.schemas, id));
    }
  }
  return fieldMaps.get(recordType)?.get(pointer.replace(/\/\d+(?=\/|$)/g, "/*"))?.types ?? [];
}

/** A cell as the schema types it: integers and booleans where the field is one, text otherwise. */
function typedCell(text: string, types: readonly string[]): unknown {
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (types.includes("boolean") && (text === "true" || text === "false")) return text === "true";
  return text;
}

/** Sets `value` at a dotted path (`hukou.division`, `documents.0.type`), creating objects and arrays. */
function setPath(target: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let node: Record<string, unknown> | unknown[] = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i]!;
    const nextIsIndex = /^\d+$/.test(segments[i + 1]!);
    const container = node as Record<string, unknown>;
    if (typeof container[key] !== "object" || container[key] === null) container[key] = nextIsIndex ? [] : {};
    node = container[key] as Record<string, unknown>;
  }
  (node as Record<string, unknown>)[segments[segments.length - 1]!] = value;
}

/**
 * The cells of one CSV row (RFC 4180), fed line by line: a quoted cell may run on over
 * lines, and each line is read once (a row is never re-split from its start).
 */
class RowCells {
  cells: string[] = [];
  private cell = "";
  private quoted = false;

  /** Reads one more line of the row; true when the row is complete. */
  feed(line: string): boolean {
    const crlf = line.endsWith("\r");
    const text = crlf ? line.slice(0, -1) : line;
    let cell = this.cell;
    let quoted = this.quoted;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i++;
          } else quoted = false;
        } else cell += c;
      } else if (c === '"' && cell === "") quoted = true;
      else if (c === ",") {
        this.cells.push(cell);
        cell = "";
      } else cell += c;
    }
    this.quoted = quoted;
    if (quoted) {
      // The line break (and its CR) belong to the quoted cell.
      this.cell = `${cell}${crlf ? "\r" : ""}\n`;
      return false;
    }
    this.cells.push(cell);
    this.cell = "";
    return true;
  }
}

/**
 * The most lines one quoted cell may span. A quote still open after them (or after
 * --max-line-bytes) is taken as never closed: the row is reported and reading resumes
 * on its next line, so one stray quote costs one row, not the rest of the file.
 */
export const maxQuotedCellLines = 100;

/** The highest array index a CSV header may name (`documents.99.number`): arrays of at most 100 items. */
export const maxCsvArrayIndex = 99;

/** The first problem of a header row: a reserved name, a column named twice, an array index over the limit, no recordType. */
function headerProblem(names: readonly string[]): { ruleId: string; params: Params } | undefined {
  const seen = new Set<string>();
  for (const [index, name] of names.entries()) {
    const column = index + 1;
    const segments = name.split(".");
    const reserved = segments.find((segment) => reservedNames.has(segment));
    if (reserved !== undefined) return { ruleId: "input.forbidden-key", params: { key: reserved } };
    if (seen.has(name)) return { ruleId: "input.duplicate-name", params: { name: `${column}`, "name.zh": `第 ${column} 列的列名`, "name.en": `of column ${column}` } };
    seen.add(name);
    if (segments.some((segment) => /^\d+$/.test(segment) && (segment.length > 2 || Number(segment) > maxCsvArrayIndex))) {
      return { ruleId: "input.csv-columns", params: detailParams("array-index-too-large", { column, limit: maxCsvArrayIndex }) };
    }
  }
  if (!names.some((name) => recordTypeHeaders.includes(name))) return { ruleId: "input.csv-columns", params: detailParams("no-record-type-column") };
  return undefined;
}

/**
 * The field path of each column in a record type. A Chinese header resolves to its
 * field; a second column resolving to a field already named keeps its own text (the
 * schema then reports it as unknown, located), so no cell silently overwrites another.
 */
function columnPaths(names: readonly string[], type: string, headerAliases: HeaderAliases): (readonly string[])[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const path = headerAliases.path(type, name);
    const key = path.join(".");
    if (taken.has(key)) return [name];
    taken.add(key);
    return path;
  });
}

/**
 * CSV for the flat record types: the first row names the columns with dotted paths
 * (`recordType`, `id`, `hukou.division`, `documents.0.number`) or the fields' Chinese
 * titles (`记录类型`, `公民身份号码`, `户籍.户籍所在地`, see header-aliases.ts); each later
 * row is one record, its line the row's first line. Empty cells are left out; numbers
 * and booleans are typed from the schema; a coded cell may hold the code's zh title.
 */
export function createCsvReader({ file, encoding, limits, emit, text }: ReaderOptions): ChunkReader {
  let header: string[] | undefined;
  const pathsByType = new Map<string, (readonly string[])[]>();
  let recordTypeColumn = -1;
  let done = false;
  let recordIndex = 0;
  /** The row being read: its cells so far and its lines (kept to read them again if its quote never closes). */
  let open: { cells: RowCells; lines: { text: string; line: number }[]; bytes: number } | undefined;

  const error = (ruleId: string, params: Params, line: number, lost: boolean) => {
    emit({ kind: "error", ruleId, params, location: { file, line, recordIndex: lost ? recordIndex++ : -1 }, lostRecord: lost });
  };

  const complete = (cells: string[], start: number) => {
    if (!header) {
      const names = cells.map((cell) => cell.trim());
      const problem = headerProblem(names);
      if (problem) {
        error(problem.ruleId, problem.params, start, false);
        done = true;
        return;
      }
      recordTypeColumn = names.findIndex((name) => recordTypeHeaders.includes(name));
      header = names;
      return;
    }
    if (cells.length === 1 && cells[0]!.trim() === "") return;
    if (cells.length !== header.length) {
      error("input.csv-columns", detailParams("cell-count", { cells: cells.length, columns: header.length }), start, true);
      return;
    }
    aliases ??= new HeaderAliases(standardSchemaSet);
    const recordType = aliases.recordType(cells[recordTypeColumn] ?? "");
    let paths = pathsByType.get(recordType);
    if (!paths) {
      paths = columnPaths(header, recordType, aliases);
      // Only the standard's record types are kept: an unknown one (reported by the schema) may be different on every row.
      if (aliases.knows(recordType)) pathsByType.set(recordType, paths);
    }
    const record: Record<string, unknown> = {};
    for (let i = 0; i < cells.length; i++) {
      const cell = i === recordTypeColumn ? recordType : cells[i]!;
      if (cell === "") continue;
      const segments = paths[i]!;
      const pointer = `/${segments.join("/")}`;
      const code = aliases.code(recordType, pointer.replace(/\/\d+(?=\/|$)/g, "/*"), cell);
      setPath(record, segments, typedCell(code, fieldTypes(recordType as RecordType, pointer)));
    }
    emit({ kind: "record", value: record, location: { file, line: start, recordIndex: recordIndex++ } });
  };

  /** A row whose quote never closed: reported at its first line, its later lines read again as rows of their own. */
  const recover = (row: NonNullable<typeof open>) => {
    error("input.csv-columns", detailParams("quote-not-closed-within", { lines: maxQuotedCellLines, limit: limits.maxRecordBytes }), row.lines[0]!.line, true);
    for (const later of row.lines.slice(1)) if (!done) feed(later.text, later.line);
  };

  const feed = (line: string, number: number) => {
    const row = open ?? { cells: new RowCells(), lines: [], bytes: 0 };
    row.lines.push({ text: line, line: number });
    row.bytes += line.length;
    if (row.cells.feed(line)) {
      open = undefined;
      complete(row.cells.cells, row.lines[0]!.line);
      return;
    }
    open = row;
    if (row.lines.length >= maxQuotedCellLines || row.bytes > limits.maxRecordBytes) {
      open = undefined;
      recover(row);
    }
  };

  /** At the end of the file, a quote still open: a file cut short in its last row, or a stray quote (then its later lines are read again). */
  const finish = () => {
    const row = open;
    open = undefined;
    if (!row || done) return;
    if (row.lines.length === 1) error("input.truncated", detailParams("quote-not-closed"), row.lines[0]!.line, true);
    else recover(row);
    finish();
  };

  const lines = new LineReader(
    encoding,
    limits,
    (text, line) => {
      if (!done) feed(text, line);
    },
    (ruleId, params, line, severity, lostRecord) => {
      if (done) return; // after a bad header, nothing more is read, whatever the chunking
      const lost = lostRecord !== false;
      const location = { file, line, recordIndex: lost ? recordIndex++ : -1 };
      emit(severity ? { kind: "error", ruleId, params, location, severity, lostRecord: lost } : { kind: "error", ruleId, params, location, lostRecord: lost });
    },
    text,
  );
  return {
    push: (chunk) => lines.push(chunk),
    end: () => {
      lines.end();
      finish();
    },
    get done() {
      return done || lines.isBinary;
    },
  };
}
