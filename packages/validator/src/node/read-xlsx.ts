import type { InputItem, ReaderLimits } from "../input/input-item.js";
import { readWorkbookSheets, unreadableWorkbook } from "../input/workbook-reader.js";
import { streamWorkbook } from "./open-workbook.js";
import { nodeText } from "./text-platform.js";

/** An XLSX workbook read like CSV, sheet by sheet, streamed (`streamWorkbook`): rows are never all held. */
export async function readXlsxSource(path: string, display: string, limits: ReaderLimits, emit: (item: InputItem) => void): Promise<void> {
  try {
    await readWorkbookSheets(streamWorkbook(path), display, limits, emit, nodeText);
  } catch (error) {
    emit(unreadableWorkbook(display, error));
  }
}
