import type { UnreadableCell, WorkbookSheet } from "@czt/validator";
import { Mapper, type MapperEvents, type TableMapper } from "./mapper.js";
import type { Mapping, SourceSpec } from "./mapping.js";
import { type MapProblem, unreadableCellMessage } from "./problem.js";
import { csvRows } from "./read/csv-rows.js";
import { jsonLinesRows, memberCell } from "./read/jsonl-rows.js";
import { sheetReaders } from "./read/xlsx-rows.js";
import { type CellValue, type TableInfo, tableLocation } from "./table.js";

/** What a run read: the data rows and the inputs. */
export interface MapFilesSummary {
  rows: number;
  files: number;
}

/**
 * An input file of a mapping run, however the platform reads it: its name (what a source's
 * `file` matches and problems are located by), its bytes (CSV, JSON Lines) and, for XLSX,
 * its sheets. Only the one the file's extension needs is called.
 */
export interface MapInput {
  name: string;
  bytes(): AsyncIterable<Uint8Array>;
  sheets(): AsyncIterable<WorkbookSheet> | Iterable<WorkbookSheet> | Promise<Iterable<WorkbookSheet>>;
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
};

const headerText = (cell: CellValue | undefined) => (cell === null || cell === undefined ? "" : String(cell).trim());

/** Rows of one table through the sources that read it: the header row opens their tables, later rows are mapped. */
class TableFeed {
  private tables: TableMapper[] | undefined;
  rows = 0;

  constructor(
    private readonly mapper: Mapper,
    private readonly sources: readonly SourceSpec[],
    private readonly place: { file: string; sheet?: string; lettered: boolean },
    private readonly events?: MapperEvents,
  ) {}

  push(row: number, cells: readonly CellValue[], unreadable?: ReadonlyMap<number, UnreadableCell>): void {
    if (this.tables) {
      this.rows++;
      for (const table of this.tables) table.row(unreadable ? { row, cells, unreadable } : { row, cells });
      return;
    }
    const headerRows = this.sources.filter((source) => (source.headerRow ?? 1) === row);
    if (headerRows.length === 0) return;
    const tables = this.sources.map((source) => {
      const info: TableInfo = { file: this.place.file, headerRow: source.headerRow ?? 1, headers: cells.map(headerText), lettered: this.place.lettered };
      if (this.place.sheet !== undefined) info.sheet = this.place.sheet;
      return { info, mapper: this.mapper.openTable(source, info) };
    });
    this.tables = tables.map((table) => table.mapper);
    // A header cell with no value to read names no column: said once, at the cell (some source has this header row).
    const { info } = tables[0]!;
    for (const [column, cell] of unreadable ?? []) {
      this.events?.problem({ code: "map.unreadable-cell", severity: "error", location: tableLocation(info, row, column), message: unreadableCellMessage(cell, row, column) });
    }
  }
}

function problemAt(file: string, row: number | undefined, message: { zh: string; en: string }): MapProblem {
  const location = row === undefined ? { file } : { file, row };
  return { code: "map.unreadable-row", severity: "error", location, message };
}

/**
 * Maps inputs through a mapping: CSV (UTF-8 or GB18030), XLSX (every sheet a source names;
 * a source without a sheet reads the first) and JSON Lines (the first object's members are
 * the headers). Records and problems go to `events` as they come; an input's rows are
 * streamed, never held. Platform-neutral: `mapFiles` of `@czt/mapping/node` reads paths,
 * the page reads `File`s.
 */
export async function mapInputs(mapping: Mapping, inputs: readonly MapInput[], events: MapperEvents): Promise<MapFilesSummary> {
  const mapper = new Mapper(mapping, events);
  let rows = 0;
  for (const input of inputs) {
    const file = input.name;
    const sources = mapper.sourcesOf(file);
    if (sources.length === 0) {
      events.problem({ code: "map.source-missing", severity: "warning", location: { file }, value: file, message: { zh: "映射中没有读取 {value} 的来源：该文件未读取", en: "no source of the mapping reads {value}: the file is not read" } });
      continue;
    }
    const extension = extensionOf(file);
    try {
      if (extension === ".xlsx") {
        let first = true;
        for await (const sheet of sheetReaders(await input.sheets())) {
          const reading = sources.filter((source) => (source.sheet === undefined ? first : source.sheet === sheet.name));
          first = false;
          const feed = new TableFeed(mapper, reading, { file, sheet: sheet.name, lettered: true }, events);
          for await (const row of sheet.rows) if (reading.length > 0) feed.push(row.row, row.cells, row.unreadable);
          rows += feed.rows;
        }
      } else if (extension === ".jsonl" || extension === ".ndjson") {
        let feed: TableFeed | undefined;
        let headers: string[] = [];
        for await (const row of jsonLinesRows(input.bytes())) {
          if ("error" in row) {
            events.problem(problemAt(file, row.row, { zh: `该行不是 JSON 对象（${row.error}）`, en: `the line is not a JSON object (${row.error})` }));
            continue;
          }
          if (!feed) {
            headers = Object.keys(row.object);
            feed = new TableFeed(mapper, sources.map((source) => ({ ...source, headerRow: 0 })), { file, lettered: false });
            feed.push(0, headers);
          }
          feed.push(row.row, headers.map((header) => memberCell(row.object[header])));
        }
        rows += feed?.rows ?? 0;
      } else {
        const feed = new TableFeed(mapper, sources, { file, lettered: false });
        for await (const row of csvRows(input.bytes())) feed.push(row.row, row.cells);
        rows += feed.rows;
      }
    } catch (error) {
      events.problem(problemAt(file, undefined, { zh: `无法读取该文件：${(error as Error).message}`, en: `the file cannot be read: ${(error as Error).message}` }));
    }
  }
  mapper.end();
  return { rows, files: inputs.length };
}
