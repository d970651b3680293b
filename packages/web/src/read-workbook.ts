import { defaultLimits, type InputItem, readWorkbookSheets, unreadableWorkbook, type WorkbookSheet } from "@czt/validator";
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
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    const sheets: WorkbookSheet[] = workbook.worksheets.map((worksheet) => {
      const rows: { number: number; values: unknown[] }[] = [];
      worksheet.eachRow((row, number) => rows.push({ number, values: row.values as unknown[] }));
      return { name: worksheet.name, rows };
    });
    await readWorkbookSheets(sheets, file.name, defaultLimits, emit);
  } catch (error) {
    emit(unreadableWorkbook(file.name, error));
  }
}
