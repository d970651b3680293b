import ExcelJS from "exceljs";
// unzipper (ExcelJS's own zip reader) has no type declarations: the one call used is typed here.
// @ts-expect-error -- untyped module
import unzipper from "unzipper";

interface ZipDirectory {
  files: { path: string; stream(): NodeJS.ReadableStream }[];
}

/** The WorkbookReader's parsers of the workbook's parts (private in ExcelJS 4.4.0, pinned). */
interface WorkbookParts {
  _parseRels(stream: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(stream: NodeJS.ReadableStream): Promise<void>;
  _parseStyles(stream: NodeJS.ReadableStream): Promise<void>;
}

/** A sheet as the streaming reader gives it: its name and its rows (ExcelJS values, 1-based). */
export interface StreamedSheet {
  name: string;
  rows: AsyncIterable<{ number: number; values: unknown[] }>;
}

/**
 * ExcelJS's streaming WorkbookReader, made independent of the order of the parts in the zip.
 * It reads the workbook's sheet names, relationships and styles when it meets them; a sheet
 * stored before them (zip order is the writer's choice, and ExcelJS's own writer varies it)
 * would crash the reader (ExcelJS 4.4.0 reads `model.sheets` of a workbook not parsed yet) or
 * lose its name and date formats. So those small parts are read first, from the zip's central
 * directory, and the sheets are then streamed row by row, never held whole.
 */
export async function* streamWorkbook(path: string): AsyncGenerator<StreamedSheet> {
  const directory = (await unzipper.Open.file(path)) as ZipDirectory;
  const part = (name: string) => directory.files.find((file) => file.path === name)?.stream();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  const parts = reader as unknown as WorkbookParts;
  const rels = part("xl/_rels/workbook.xml.rels");
  if (rels) await parts._parseRels(rels);
  const workbook = part("xl/workbook.xml");
  if (workbook) await parts._parseWorkbook(workbook);
  const styles = part("xl/styles.xml");
  if (styles) await parts._parseStyles(styles);
  for await (const worksheet of reader) {
    const sheet = worksheet as unknown as { name: string } & AsyncIterable<{ number: number; values: unknown[] }>;
    yield { name: sheet.name, rows: sheet };
  }
}
