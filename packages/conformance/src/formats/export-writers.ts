import { schemaVersion } from "@czt/schemas";
import { agencyOf } from "../arbitraries/places.js";
import { datasetAsOf } from "../arbitraries/person.js";
import type { CztRecord } from "../records.js";

/** The publisher of generated exports: the agglomeration's unified centre. */
export const generatedPublisher = agencyOf("430100", "cztCentre");

export interface ExportHeader {
  /** Generated exports follow the current version of the standard. */
  schemaVersion: typeof schemaVersion;
  publisher: typeof generatedPublisher;
  city: "430100";
  created: string;
  asOf: string;
}

export function exportHeader(created: string): ExportHeader {
  return { schemaVersion, publisher: generatedPublisher, city: "430100", created, asOf: datasetAsOf };
}

/** JSON Lines: the optional header line, then one record per line. Yields text chunks. */
export function* jsonLinesChunks(records: Iterable<CztRecord>, header?: ExportHeader): Generator<string> {
  if (header) yield `${JSON.stringify({ recordType: "header", ...header })}\n`;
  for (const record of records) yield `${JSON.stringify(record)}\n`;
}

/** A JSON package (`package.schema.json`), written record by record so it never sits in memory whole. */
export function* jsonPackageChunks(records: Iterable<CztRecord>, header: ExportHeader): Generator<string> {
  const head = JSON.stringify({ ...header, records: [] }, null, 2);
  // Open the records array of the pretty-printed envelope and fill it one record at a time.
  yield `${head.slice(0, head.lastIndexOf("[]"))}[`;
  let first = true;
  for (const record of records) {
    yield `${first ? "" : ","}\n    ${JSON.stringify(record)}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}]\n}\n`;
}
