import type { Finding, ValidationSession } from "@czt/validator";
import type { AttributedRecord } from "./vectors/vector-format.js";

export interface AttributedFinding {
  finding: Finding;
  /** Index of the record in the input list, when the finding is about one record. */
  record: number | undefined;
}

/**
 * Feeds records attributed to files through a validation session (all layers, dataset
 * rules included) and maps every finding back to the record's index in the list.
 * Each record's location is its file and its index within that file, as a reader would give.
 */
export function validateEntries(session: ValidationSession, entries: readonly AttributedRecord[]): AttributedFinding[] {
  const indexOf = new Map<string, number>();
  const countInFile = new Map<string, number>();
  const collected: AttributedFinding[] = [];
  entries.forEach((entry, index) => {
    const recordIndex = countInFile.get(entry.file) ?? 0;
    countInFile.set(entry.file, recordIndex + 1);
    indexOf.set(`${entry.file}\u0000${recordIndex}`, index);
    for (const finding of session.add({ kind: "record", value: entry.record, location: { file: entry.file, line: recordIndex + 1, recordIndex } })) {
      collected.push({ finding, record: index });
    }
  });
  for (const finding of session.finish().findings) {
    collected.push({ finding, record: indexOf.get(`${finding.file}\u0000${finding.recordIndex}`) });
  }
  return collected;
}
