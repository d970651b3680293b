import { type WorkbookRow, workbookRowValues } from "../input/workbook-cell.js";

// ExcelJS and unzipper are loaded on the first workbook read, not with the module: together
// they took about 0.4 s of every `czt validate` start, JSON Lines runs and worker threads included.
type ExcelJSModule = typeof import("exceljs");

interface ZipDirectory {
  files: { path: string; stream(): NodeJS.ReadableStream }[];
}

/** A worksheet as ExcelJS's WorksheetReader gives it: its name and its rows, parsed as they are read. */
type WorksheetReader = { name: string } & AsyncIterable<WorkbookRow & { number: number }>;

/** The WorkbookReader's parsers of the workbook's parts and what they leave behind (private in ExcelJS 4.4.0, pinned). */
interface WorkbookParts {
  _parseRels(stream: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(stream: NodeJS.ReadableStream): Promise<void>;
  _parseStyles(stream: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(stream: NodeJS.ReadableStream): AsyncIterable<unknown>;
  _parseWorksheet(stream: NodeJS.ReadableStream, sheetNo: string): AsyncIterable<{ eventType: string; value: WorksheetReader }>;
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
}

/** A sheet as the streaming reader gives it: its name and its rows (ExcelJS values, 1-based). */
export interface StreamedSheet {
  name: string;
  rows: AsyncIterable<{ number: number; values: unknown[] }>;
}

/** A streamed sheet's rows with their values as the readers take them (`workbookRowValues`: a formula keeps a result of 0). */
async function* rowsOf(sheet: WorksheetReader): AsyncGenerator<{ number: number; values: unknown[] }> {
  for await (const row of sheet) yield { number: row.number, values: workbookRowValues(row) };
}

/** The zip path of a relationship target: relative to `xl/`, or absolute from the package root. */
const partPath = (target: string) => (target.startsWith("/") ? target.slice(1) : `xl/${target}`);

/**
 * An XLSX workbook's sheets, in the workbook's own order, each streamed row by row with
 * ExcelJS's parsers. The parts are opened through the zip's central directory, not by
 * ExcelJS's WorkbookReader walking the zip as one stream: that walk buffers sheets stored
 * before the shared strings in temporary files and, under load, can lose the shared strings
 * (exceljs/exceljs#683: every text cell then reads empty — it failed this project's CI once).
 * Reading each part by its directory entry makes the result independent of the zip's part
 * order and of timing. The small parts (relationships, sheet names, styles, shared strings)
 * are read first; a sheet is never held whole.
 */
export async function* streamWorkbook(path: string): AsyncGenerator<StreamedSheet> {
  const ExcelJS = ((await import("exceljs")) as { default: ExcelJSModule }).default;
  // unzipper (ExcelJS's own zip reader) has no type declarations: the one call used is typed here.
  // @ts-expect-error -- untyped module
  const unzipper = (await import("unzipper")).default as { Open: { file(path: string): Promise<unknown> } };
  const directory = (await unzipper.Open.file(path)) as ZipDirectory;
  const part = (name: string) => directory.files.find((file) => file.path === name)?.stream();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  const parts = reader as unknown as WorkbookParts;
  const rels = part("xl/_rels/workbook.xml.rels");
  const workbook = part("xl/workbook.xml");
  if (!rels || !workbook) throw new Error("the workbook's sheet list (xl/workbook.xml and its relationships) is missing");
  await parts._parseRels(rels);
  await parts._parseWorkbook(workbook);
  const styles = part("xl/styles.xml");
  if (styles) await parts._parseStyles(styles);
  const sharedStrings = part("xl/sharedStrings.xml");
  if (sharedStrings) for await (const _ of parts._parseSharedStrings(sharedStrings));
  for (const sheet of parts.model?.sheets ?? []) {
    const target = parts.workbookRels?.find((rel) => rel.Id === sheet.rId)?.Target;
    const sheetNo = target === undefined ? undefined : /sheet(\d+)\.xml$/.exec(target)?.[1];
    const stream = target === undefined ? undefined : part(partPath(target));
    if (!stream || sheetNo === undefined) throw new Error(`the sheet '${sheet.name}' is listed but its part is missing`);
    for await (const event of parts._parseWorksheet(stream, sheetNo)) {
      if (event.eventType !== "worksheet") continue;
      yield { name: sheet.name, rows: rowsOf(event.value) };
    }
  }
}
