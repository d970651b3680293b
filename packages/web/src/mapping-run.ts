import { countFinding, exportHeader, fileMatches, type MapInput, type Mapping, type MappingFileProblem, type MappingTally, mapInputs, parseMapping, problemFinding } from "@czt/mapping";
import type { Finding, InputItem } from "@czt/validator";
import { fileChunks } from "./file-chunks.js";
import { loadWorkbookSheets } from "./read-workbook.js";

/**
 * Where the page locates the mapped records: the export `czt map --output mapped.jsonl`
 * would write (its header on line 1, the records after it), so that a report of the page
 * equals the CLI's for the same files.
 */
export const mappedExportName = "mapped.jsonl";

/** A mapping file that is not valid: its name and every problem, located by line and JSON pointer (as `czt map` lists them). */
export class InvalidMapping extends Error {
  constructor(
    readonly file: string,
    readonly problems: MappingFileProblem[],
  ) {
    super(`mapping file ${file} is invalid`);
  }
}

/** The mapping of a mapping file, as `czt map --mapping` reads it; an InvalidMapping saying what is wrong otherwise. */
export async function loadMapping(file: File): Promise<Mapping> {
  const parsed = parseMapping(await file.text());
  if (!parsed.ok) throw new InvalidMapping(file.name, parsed.problems);
  return parsed.mapping;
}

/** The files some source of the mapping reads (the others are CZT-SS files, validated as they are). */
export function readByMapping(mapping: Mapping, files: readonly File[]): File[] {
  return files.filter((file) => mapping.sources.some((source) => fileMatches(source.file, file.name)));
}

/** A dropped file as a mapping input: its bytes through `File.stream()` (counted for the progress bar), a workbook loaded with ExcelJS's browser build. */
function fileInput(file: File, onBytes: (bytes: number) => void): MapInput {
  return {
    name: file.name,
    async *bytes() {
      for await (const chunk of fileChunks(file)) {
        onBytes(chunk.length);
        yield chunk;
      }
    },
    async sheets() {
      const sheets = await loadWorkbookSheets(file);
      onBytes(file.size);
      return sheets;
    },
  };
}

export interface MappingRunEvents {
  /** The header and each mapped record, located in the mapped export, as `czt map --validate` hands them to the validator. */
  item(item: InputItem): void;
  /** A mapping problem, as a finding of the reports (masked unless `reveal`). */
  finding(finding: Finding): void;
  bytes?(bytes: number): void;
}

/**
 * Maps the files through the mapping as `czt map --validate --output mapped.jsonl` does:
 * the export's header, then its records, each an input item of the validation; every
 * mapping problem a finding, counted in the returned tally.
 */
export async function runMapping(mapping: Mapping, files: readonly File[], reveal: boolean, events: MappingRunEvents): Promise<MappingTally> {
  const tally: MappingTally = { errors: 0, warnings: 0, byRule: {} };
  events.item({ kind: "header", value: exportHeader(mapping), location: { file: mappedExportName, line: 1, recordIndex: -1 } });
  let line = 1;
  let records = 0;
  await mapInputs(
    mapping,
    files.map((file) => fileInput(file, (bytes) => events.bytes?.(bytes))),
    {
      record(record) {
        line++;
        events.item({ kind: "record", value: record, location: { file: mappedExportName, line, recordIndex: records } });
        records++;
      },
      problem(problem) {
        const finding = problemFinding(problem, reveal);
        countFinding(tally, finding);
        events.finding(finding);
      },
    },
  );
  return tally;
}
