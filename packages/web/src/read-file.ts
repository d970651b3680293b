import { createReader, defaultLimits, formatFromName, type InputItem, sniffFormat } from "@czt/validator";
import { fileChunks as chunks } from "./file-chunks.js";
import { readWorkbook } from "./read-workbook.js";

/**
 * The first pass over a JSON document, as the CLI makes it: the package's members, so the
 * header is whole before the first record is checked even when members follow the records.
 */
async function packageMembers(file: File): Promise<Record<string, unknown> | undefined> {
  let members: Record<string, unknown> | undefined;
  const reader = createReader("json", {
    file: file.name,
    encoding: "auto",
    limits: defaultLimits,
    membersOnly: true,
    emit: (item) => {
      if (item.kind === "header") members = item.value as Record<string, unknown>;
    },
  });
  for await (const chunk of chunks(file)) {
    reader.push(chunk);
    if (reader.done) break;
  }
  if (!reader.done) reader.end();
  return members;
}

/**
 * Reads one file with the validator's own readers (JSON, JSON Lines, CSV, XLSX; UTF-8, else
 * GB18030 with a warning, through TextDecoder) and hands every item to `emit` as it is
 * read. `onBytes` gets the bytes read so far; `stop` ends the reading early (a record found).
 */
export async function readFile(file: File, emit: (item: InputItem) => void, onBytes?: (bytes: number) => void, stop?: () => boolean): Promise<void> {
  if (/\.xlsx$/i.test(file.name)) {
    await readWorkbook(file, emit);
    onBytes?.(file.size);
    return;
  }
  let reader: ReturnType<typeof createReader> | undefined;
  let bytes = 0;
  for await (const chunk of chunks(file)) {
    bytes += chunk.length;
    if (!reader) {
      const format = formatFromName(file.name) ?? sniffFormat(chunk);
      const members = format === "json" ? await packageMembers(file) : undefined;
      reader = createReader(format, { file: file.name, encoding: "auto", limits: defaultLimits, emit, ...(members ? { packageMembers: members } : {}) });
    }
    reader.push(chunk);
    onBytes?.(bytes);
    if (reader.done || stop?.()) return;
  }
  reader ??= createReader(formatFromName(file.name) ?? "jsonl", { file: file.name, encoding: "auto", limits: defaultLimits, emit });
  reader.end();
}
