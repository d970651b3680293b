import { isUnreadableCell, type UnreadableCell, type WorkbookSheet, workbookCell, workbookCellValue } from "@czt/validator";
import type { CellValue } from "../table.js";

/** A row of a sheet: its 1-based number, its cells from column A, and those with no value to read (see `SourceRow`). */
export interface SheetRow {
  row: number;
  cells: CellValue[];
  unreadable?: Map<number, UnreadableCell>;
}

/** A sheet being read: its name and its rows, one at a time. */
export interface SheetReader {
  name: string;
  rows: AsyncIterable<SheetRow>;
}

/** A cell as the mapping reads it: the validator's reading of workbook cells, so `czt map` and `czt validate` agree (null for a cell with no value to read). */
export const cellValue: (value: unknown) => CellValue = workbookCellValue;

/**
 * A workbook's sheets as the mapping reads them, from rows of ExcelJS values (1-based): Node
 * streams them from disk (`@czt/mapping/node`, through the validator's `streamWorkbook`,
 * independent of the zip's part order), so a 200 000-row sheet is never held as objects;
 * the page loads the workbook with ExcelJS's browser build.
 * Each sheet must be read to its end before the next is given.
 */
export async function* sheetReaders(sheets: AsyncIterable<WorkbookSheet> | Iterable<WorkbookSheet>): AsyncGenerator<SheetReader> {
  for await (const sheet of sheets) {
    async function* rows(): AsyncGenerator<SheetRow> {
      for await (const row of sheet.rows) {
        const values = row.values;
        const cells: CellValue[] = [];
        let unreadable: Map<number, UnreadableCell> | undefined;
        for (let column = 1; column < values.length; column++) {
          const cell = workbookCell(values[column]);
          if (isUnreadableCell(cell)) {
            unreadable ??= new Map();
            unreadable.set(column, cell);
            cells.push(null);
          } else cells.push(cell);
        }
        yield unreadable ? { row: row.number, cells, unreadable } : { row: row.number, cells };
      }
    }
    yield { name: sheet.name, rows: rows() };
  }
}
