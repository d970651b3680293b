/**
 * @czt/mapping: a declarative mapping from legacy exports (spreadsheets, CSV with Chinese
 * headers or indicator codes, JSON Lines) to CZT-SS records. A library: it reads the inputs
 * it is given and reports problems as data; it never prints or exits (the czt CLI does).
 * This entry is platform-neutral (it runs in a browser); `@czt/mapping/node` reads files on disk.
 */
export { applyTransforms } from "./apply-transforms.js";
export { exportHeader } from "./export-header.js";
export { type MapFilesSummary, type MapInput, mapInputs } from "./map-inputs.js";
export { fileMatches, Mapper, type MapperEvents, type RecordOrigin, type TableMapper } from "./mapper.js";
export type { Derivation, ExportHeader, FieldSpec, JoinSpec, Mapping, RecordSpec, SourceSpec, Transform } from "./mapping.js";
export { mintId } from "./mint-id.js";
export { type MappingFileProblem, mappingSchema, type ParsedMapping, parseMapping } from "./parse-mapping.js";
export { cellReference, columnLetter, type MapProblem, type ProblemCode, type SourceLocation } from "./problem.js";
export { countFinding, type MappingTally, problemFinding, withMappingFindings } from "./problem-finding.js";
export { type MapRule, mapRules } from "./problem-rules.js";
export { type CodedValue, type ColumnProfile, type MappingProfile, maxDistinct, profileInputs, type TableProfile } from "./profile-inputs.js";
export { type CsvEncoding, type CsvRow, csvRows, detectionBytes } from "./read/csv-rows.js";
export { type JsonLinesRow, jsonLinesRows, memberCell } from "./read/jsonl-rows.js";
export { cellValue, type SheetReader, type SheetRow, sheetReaders } from "./read/xlsx-rows.js";
export { fieldSensitivity, renderProblem, shownValue } from "./render-problem.js";
export type { CellValue, SourceRow, TableInfo } from "./table.js";
export { toBoolean } from "./transforms/boolean.js";
export { type CodeSystem, type CrosswalkSpec, crosswalk } from "./transforms/crosswalk.js";
export { toHalfWidth, trimText } from "./transforms/half-width.js";
export { idNumber18 } from "./transforms/id-number-18.js";
export { toInteger } from "./transforms/integer.js";
export { type DateFormat, excelSerialDate, parseDate, parseDateTime, parseMonth } from "./transforms/parse-date.js";
export type { Converted } from "./transforms/result.js";
export { yuanToFen } from "./transforms/yuan-to-fen.js";
