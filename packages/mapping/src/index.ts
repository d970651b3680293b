/**
 * @czt/mapping: a declarative mapping from legacy exports (spreadsheets, CSV with Chinese
 * headers or indicator codes, JSON Lines) to CZT-SS records. A library: it reads the files
 * it is given and reports problems as data; it never prints or exits (the czt CLI does).
 */
export { applyTransforms } from "./apply-transforms.js";
export { type MapFilesSummary, mapFiles } from "./map-files.js";
export { type CodedValue, type ColumnProfile, type MappingProfile, maxDistinct, profileFiles, type TableProfile } from "./profile-files.js";
export type { Derivation, ExportHeader, FieldSpec, JoinSpec, Mapping, RecordSpec, SourceSpec, Transform } from "./mapping.js";
export { fileMatches, Mapper, type MapperEvents, type RecordOrigin, type TableMapper } from "./mapper.js";
export { mintId } from "./mint-id.js";
export { type MappingFileProblem, mappingSchema, type ParsedMapping, parseMapping } from "./parse-mapping.js";
export { cellReference, columnLetter, type MapProblem, type ProblemCode, type SourceLocation } from "./problem.js";
export { readCsvRows } from "./read/csv-rows.js";
export { cellValue, readXlsxSheets } from "./read/xlsx-rows.js";
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
