import { defaultLimits, type InputItem, readWorkbookSheets, unreadableWorkbook, type WorkbookSheet, workbookRowValues } from "@czt/validator";
import ExcelJS from "exceljs";

/**
 * An XLSX workbook as the CLI reads it (`czt validate book.xlsx`): each sheet `file#sheet`,
 * headers as field paths or zh titles, a sheet named after a record type when it has no
 * record type column. The page loads the workbook whole with ExcelJS's browser build (the
 * CLI streams it from disk, which a browser cannot): fine for the spreadsheets a 区县 office
 * keeps, and the reason large exports belong in JSON Lines or CSV. Imported statically: the
 * worker runs from a blob: URL, where a split-off chunk could not be resolved.
 */
export async function readWorkbook(file: File, emit: (item: InputItem) => void): Promise<void> {
  try {
    await readWorkbookSheets(await loadWorkbookSheets(file), file.name, defaultLimits, emit);
  } catch (error) {
    emit(unreadableWorkbook(file.name, error));
  }
}

/**
 * The sheets of a workbook in workbook order, each with its non-empty rows (ExcelJS values,
 * 1-based, a formula with its cached result even when it is 0: `workbookRowValues`): what
 * the validator and the mapping read.
 */
export async function loadWorkbookSheets(file: Blob): Promise<WorkbookSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  return workbook.worksheets.map((worksheet) => {
    const rows: { number: number; values: unknown[] }[] = [];
    worksheet.eachRow((row, number) => rows.push({ number, values: workbookRowValues(row) }));
    return { name: worksheet.name, rows };
  });
}
