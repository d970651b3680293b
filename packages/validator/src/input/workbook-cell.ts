/** A workbook cell's value as the readers use it: text, a number, a boolean, or empty. */
export type WorkbookCellValue = string | number | boolean | null;

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * An ExcelJS cell value as `czt validate` and `czt map` read it. Formulas give their cached
 * result (a workbook saved by Excel or WPS holds it); rich text its plain text; a number
 * formatted as a date (ExcelJS gives a Date in UTC) its `YYYY-MM-DD`, with the time when it
 * has one; text — codes with leading zeros stored as text — stays text; an error cell
 * (#N/A) is empty.
 */
export function workbookCellValue(value: unknown): WorkbookCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const [h, m, s] = [value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds()];
    return h === 0 && m === 0 && s === 0 ? date : `${date}T${pad(h)}:${pad(m)}:${pad(s)}`;
  }
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if ("result" in object) return workbookCellValue(object["result"]);
    if (Array.isArray(object["richText"])) return (object["richText"] as { text: string }[]).map((run) => run.text).join("");
    if ("text" in object) return workbookCellValue(object["text"]);
    if ("error" in object) return null;
  }
  return String(value);
}
