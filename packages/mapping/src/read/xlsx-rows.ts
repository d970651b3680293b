import type { WorkbookSheet } from "@czt/validator";
import type { CellValue } from "../table.js";

/** A row of a sheet: its 1-based number and its cells from column A. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

/** A sheet being read: its name and its rows, one at a time. */
export interface SheetReader {
  name: string;
  rows: AsyncIterable<SheetRow>;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A cell as the mapping reads it. Formulas give their cached result (a workbook saved by
 * Excel or WPS holds it); rich text its plain text; a number formatted as a date (ExcelJS
 * gives a Date in UTC) its `YYYY-MM-DD`, with the time when it has one; text — codes with
 * leading zeros stored as text — stays text; an error cell (#N/A) is empty.
 */
export function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const [h, m, s] = [value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds()];
    return h === 0 && m === 0 && s === 0 ? date : `${date}T${pad(h)}:${pad(m)}:${pad(s)}`;
  }
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if ("result" in object) return cellValue(object["result"]);
    if (Array.isArray(object["richText"])) return (object["richText"] as { text: string }[]).map((run) => run.text).join("");
    if ("text" in object) return cellValue(object["text"]);
    if ("error" in object) return null;
  }
  return String(value);
}

/**
 * A workbook's sheets as the mapping reads them, from ExcelJS rows (1-based values): Node
 * streams them from disk with ExcelJS's WorkbookReader (`@czt/mapping/node`, through the
 * validator's `streamWorkbook`, independent of the zip's part order), so a 200 000-row
 * sheet is never held as objects; the page loads the workbook with ExcelJS's browser build.
 * Each sheet must be read to its end before the next is given.
 */
export async function* sheetReaders(sheets: AsyncIterable<WorkbookSheet> | Iterable<WorkbookSheet>): AsyncGenerator<SheetReader> {
  for await (const sheet of sheets) {
    async function* rows(): AsyncGenerator<SheetRow> {
      for await (const row of sheet.rows) {
        const values = row.values;
        const cells: CellValue[] = [];
        for (let column = 1; column < values.length; column++) cells.push(cellValue(values[column]));
        yield { row: row.number, cells };
      }
    }
    yield { name: sheet.name, rows: rows() };
  }
}
