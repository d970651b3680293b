import type { RecordType } from "../rule.js";
import { buildFieldMap, type FieldInfo } from "../schema/field-map.js";
import { standardSchemaSet } from "../schema/standard-schema-set.js";
import type { ChunkReader, ReaderOptions } from "./chunk-reader.js";
import { LineReader } from "./line-reader.js";

const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

let fieldMaps: Map<string, Map<string, FieldInfo>> | undefined;

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

/** Splits one CSV record (RFC 4180) into cells; `open` is true when a quoted cell runs on to the next line. */
function splitCells(text: string): { cells: string[]; open: boolean } {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
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
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return { cells, open: quoted };
}

/**
 * CSV for the flat record types: the first row names the columns with dotted paths
 * (`recordType`, `id`, `hukou.division`, `documents.0.number`); each later row is one
 * record, its line the row's first line. Empty cells are left out; numbers and booleans
 * are typed from the schema.
 */
export function createCsvReader({ file, encoding, limits, emit, text }: ReaderOptions): ChunkReader {
  let header: string[][] | undefined;
  let recordTypeColumn = -1;
  let done = false;
  let recordIndex = 0;
  let pending: { text: string; line: number } | undefined;

  const fail = (detail: string, line: number, lost: boolean) => {
    emit({ kind: "error", ruleId: "input.csv-columns", params: { detail }, location: { file, line, recordIndex: lost ? recordIndex++ : -1 }, lostRecord: lost });
  };

  const row = (text: string, line: number, last: boolean) => {
    const joined = pending ? `${pending.text}\n${text}` : text;
    const start = pending ? pending.line : line;
    const { cells, open } = splitCells(joined.endsWith("\r") ? joined.slice(0, -1) : joined);
    if (open) {
      pending = last ? undefined : { text: joined, line: start };
      if (last) emit({ kind: "error", ruleId: "input.truncated", params: { detail: "a quoted cell is not closed" }, location: { file, line: start, recordIndex: recordIndex++ } });
      return;
    }
    pending = undefined;
    if (!header) {
      const names = cells.map((cell) => cell.trim());
      const forbidden = names.find((name) => name.split(".").some((segment) => forbiddenKeys.has(segment)));
      if (forbidden !== undefined) {
        emit({ kind: "error", ruleId: "input.forbidden-key", params: { key: forbidden }, location: { file, line: start, recordIndex: -1 }, lostRecord: false });
        done = true;
        return;
      }
      recordTypeColumn = names.indexOf("recordType");
      if (recordTypeColumn === -1) {
        fail("the header row has no recordType column", start, false);
        done = true;
        return;
      }
      header = names.map((name) => name.split("."));
      return;
    }
    if (cells.length === 1 && cells[0]!.trim() === "") return;
    if (cells.length !== header.length) {
      fail(`the row has ${cells.length} cells; the header has ${header.length}`, start, true);
      return;
    }
    const recordType = cells[recordTypeColumn] ?? "";
    const record: Record<string, unknown> = {};
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell === "") continue;
      const segments = header[i]!;
      setPath(record, segments, typedCell(cell, fieldTypes(recordType as RecordType, `/${segments.join("/")}`)));
    }
    emit({ kind: "record", value: record, location: { file, line: start, recordIndex: recordIndex++ } });
  };

  const lines = new LineReader(
    encoding,
    limits,
    (text, line, last) => {
      if (!done) row(text, line, last);
    },
    (ruleId, params, line, severity, lostRecord) => {
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
      if (pending) {
        emit({ kind: "error", ruleId: "input.truncated", params: { detail: "a quoted cell is not closed" }, location: { file, line: pending.line, recordIndex: recordIndex++ } });
        pending = undefined;
      }
    },
    get done() {
      return done || lines.isBinary;
    },
  };
}
