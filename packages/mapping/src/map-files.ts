import { basename, extname } from "node:path";
import type { Mapping, SourceSpec } from "./mapping.js";
import { Mapper, type MapperEvents, type TableMapper } from "./mapper.js";
import type { MapProblem } from "./problem.js";
import { readCsvRows } from "./read/csv-rows.js";
import { memberCell, readJsonLinesRows } from "./read/jsonl-rows.js";
import { readXlsxSheets } from "./read/xlsx-rows.js";
import type { CellValue, TableInfo } from "./table.js";

/** What a run read: rows per file and the encodings detected. */
export interface MapFilesSummary {
  rows: number;
  files: number;
}

const headerText = (cell: CellValue | undefined) => (cell === null || cell === undefined ? "" : String(cell).trim());

/** Rows of one table through the sources that read it: the header row opens their tables, later rows are mapped. */
class TableFeed {
  private tables: TableMapper[] | undefined;
  rows = 0;

  constructor(
    private readonly mapper: Mapper,
    private readonly sources: readonly SourceSpec[],
    private readonly place: { file: string; sheet?: string; lettered: boolean },
  ) {}

  push(row: number, cells: readonly CellValue[]): void {
    if (this.tables) {
      this.rows++;
      for (const table of this.tables) table.row({ row, cells });
      return;
    }
    const headerRows = this.sources.filter((source) => (source.headerRow ?? 1) === row);
    if (headerRows.length === 0) return;
    this.tables = this.sources.map((source) => {
      const info: TableInfo = { file: this.place.file, headerRow: source.headerRow ?? 1, headers: cells.map(headerText), lettered: this.place.lettered };
      if (this.place.sheet !== undefined) info.sheet = this.place.sheet;
      return this.mapper.openTable(source, info);
    });
  }
}

function problemAt(file: string, row: number | undefined, message: { zh: string; en: string }): MapProblem {
  const location = row === undefined ? { file } : { file, row };
  return { code: "map.unreadable-row", severity: "error", location, message };
}

/**
 * Maps input files through a mapping: CSV (UTF-8 or GB18030), XLSX (every sheet a source
 * names; a source without a sheet reads the first) and JSON Lines (the first object's
 * members are the headers). Records and problems go to `events` as they come; a file's
 * rows are streamed, never held.
 */
export async function mapFiles(mapping: Mapping, paths: readonly string[], events: MapperEvents): Promise<MapFilesSummary> {
  const mapper = new Mapper(mapping, events);
  let rows = 0;
  for (const path of paths) {
    const file = basename(path);
    const sources = mapper.sourcesOf(file);
    if (sources.length === 0) {
      events.problem({ code: "map.source-missing", severity: "warning", location: { file }, value: file, message: { zh: "映射中没有读取 {value} 的来源：该文件未读取", en: "no source of the mapping reads {value}: the file is not read" } });
      continue;
    }
    const extension = extname(file).toLowerCase();
    try {
      if (extension === ".xlsx") {
        let first = true;
        for await (const sheet of readXlsxSheets(path)) {
          const reading = sources.filter((source) => (source.sheet === undefined ? first : source.sheet === sheet.name));
          first = false;
          const feed = new TableFeed(mapper, reading, { file, sheet: sheet.name, lettered: true });
          for await (const row of sheet.rows) if (reading.length > 0) feed.push(row.row, row.cells);
          rows += feed.rows;
        }
      } else if (extension === ".jsonl" || extension === ".ndjson") {
        let feed: TableFeed | undefined;
        let headers: string[] = [];
        for await (const row of readJsonLinesRows(path)) {
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
        for await (const row of readCsvRows(path)) feed.push(row.row, row.cells);
        rows += feed.rows;
      }
    } catch (error) {
      events.problem(problemAt(file, undefined, { zh: `无法读取该文件：${(error as Error).message}`, en: `the file cannot be read: ${(error as Error).message}` }));
    }
  }
  mapper.end();
  return { rows, files: paths.length };
}
