import { unescapeXlsxText } from "../input/xlsx-escapes.js";
import type { SheetContext } from "./worksheet-rows.js";

// ExcelJS, unzipper and the sheet parser (saxes) are loaded on the first workbook read, not with
// the module: together they took about 0.4 s of every `czt validate` start, JSON Lines runs and worker threads included.
type ExcelJSModule = typeof import("exceljs");

/** A zip entry's content as a Node stream (unzipper's). */
interface PartStream extends NodeJS.ReadableStream {
  setEncoding(encoding: BufferEncoding): this;
}

interface ZipDirectory {
  files: { path: string; stream(): PartStream }[];
}

/** The WorkbookReader's parsers of the workbook's parts and what they leave behind (private in ExcelJS 4.4.0, pinned). */
interface WorkbookParts {
  _parseRels(stream: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(stream: NodeJS.ReadableStream): Promise<void>;
  _parseStyles(stream: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(stream: NodeJS.ReadableStream): AsyncIterable<unknown>;
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
  properties?: { model?: { date1904?: boolean } };
  styles?: { getStyleModel(id: number): { numFmt?: string } | null };
  sharedStrings?: unknown[];
}

/** A sheet as `streamWorkbook` gives it: its name and its rows (values as ExcelJS's loader gives them, 1-based). */
export interface StreamedSheet {
  name: string;
  rows: AsyncIterable<{ number: number; values: unknown[] }>;
}

/** A shared string (text, or ExcelJS's `{richText}` of runs) with its `_xHHHH_` escapes read: ExcelJS's streaming reader leaves them. */
function unescapedSharedString(shared: unknown): unknown {
  if (typeof shared === "string") return unescapeXlsxText(shared);
  const runs = (shared as { richText?: { text?: unknown }[] } | null)?.richText;
  if (!Array.isArray(runs)) return shared;
  return { richText: runs.map((run) => (typeof run.text === "string" ? { ...run, text: unescapeXlsxText(run.text) } : run)) };
}

/** The zip path of a relationship target: relative to `xl/`, or absolute from the package root. */
const partPath = (target: string) => (target.startsWith("/") ? target.slice(1) : `xl/${target}`);

/**
 * An XLSX workbook's sheets, in the workbook's own order, each streamed row by row. The parts
 * are opened through the zip's central directory, not by ExcelJS's WorkbookReader walking the
 * zip as one stream: that walk buffers sheets stored before the shared strings in temporary
 * files and, under load, can lose the shared strings (exceljs/exceljs#683: every text cell
 * then reads empty — it failed this project's CI once). Reading each part by its directory
 * entry makes the result independent of the zip's part order and of timing. The small parts
 * (relationships, sheet names, styles, shared strings) are read first with ExcelJS's parsers;
 * the sheets with `worksheetRows`, never held whole. Every part is decoded as a stream of
 * UTF-8: ExcelJS decodes each chunk on its own, which broke a character (a Chinese name) cut
 * at a chunk's end into U+FFFD.
 */
export async function* streamWorkbook(path: string): AsyncGenerator<StreamedSheet> {
  const ExcelJS = ((await import("exceljs")) as { default: ExcelJSModule }).default;
  // unzipper (ExcelJS's own zip reader) has no type declarations: the one call used is typed here.
  // @ts-expect-error -- untyped module
  const unzipper = (await import("unzipper")).default as { Open: { file(path: string): Promise<unknown> } };
  // ExcelJS's own test of a date format (untyped internals of the pinned 4.4.0): the page's loader applies it to every cell.
  // @ts-expect-error -- untyped module
  const { isDateFmt } = (await import("exceljs/lib/utils/utils.js")).default as { isDateFmt(format: string | undefined): boolean };
  const { worksheetRows } = await import("./worksheet-rows.js");
  const directory = (await unzipper.Open.file(path)) as ZipDirectory;
  const part = (name: string) => directory.files.find((file) => file.path === name)?.stream().setEncoding("utf8");
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
  const dateStyles = new Map<number, boolean>();
  const context: SheetContext = {
    sharedStrings: (parts.sharedStrings ?? []).map(unescapedSharedString),
    // Style 0 formats no date, as ExcelJS's loader has it on the page.
    isDateStyle: (style) => {
      const known = dateStyles.get(style);
      if (known !== undefined) return known;
      const date = style !== 0 && isDateFmt(parts.styles?.getStyleModel(style)?.numFmt);
      dateStyles.set(style, date);
      return date;
    },
    date1904: parts.properties?.model?.date1904 === true,
  };
  for (const sheet of parts.model?.sheets ?? []) {
    const target = parts.workbookRels?.find((rel) => rel.Id === sheet.rId)?.Target;
    const stream = target === undefined ? undefined : part(partPath(target));
    if (!stream) throw new Error(`the sheet '${sheet.name}' is listed but its part is missing`);
    yield { name: sheet.name, rows: worksheetRows(stream as AsyncIterable<string>, context) };
  }
}
