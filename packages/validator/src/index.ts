export { ruleById, rules } from "./catalogue.js";
export { type ContractError, ContractSchemas } from "./contract-schemas.js";
export { inputRules, schemaRules } from "./engine-rules.js";
export { fillTemplate } from "./fill-template.js";
export { type FindingOptions, makeFinding } from "./finding-factory.js";
export type { DatasetIndexRows, IndexAgency, IndexMonthRange, IndexProject, IndexReference, IndexRow, IndexRunSettings } from "./index-row.js";
export type { ChunkReader, ReaderOptions } from "./input/chunk-reader.js";
export { createReader } from "./input/create-reader.js";
export { csvColumns } from "./input/csv-columns.js";
export { formatFromName, type InputFormat, sniffFormat } from "./input/detect-format.js";
export { findInvalidUtf8 } from "./input/find-invalid-utf8.js";
export type { Encoding, InputItem, ReaderLimits } from "./input/input-item.js";
export { defaultLimits, standardMaxDepth } from "./input/input-item.js";
export { createJsonDocumentReader } from "./input/json-document-reader.js";
export { createJsonLinesReader } from "./input/json-lines-reader.js";
export { type ParseOutcome, parseJsonText } from "./input/parse-json-text.js";
export {
  columnLetter,
  isUnreadableCell,
  type UnreadableCell,
  unreadableCellParams,
  type WorkbookCellValue,
  type WorkbookRow,
  workbookCell,
  workbookCellValue,
  workbookRowValues,
} from "./input/workbook-cell.js";
export { readWorkbookSheets, unreadableWorkbook, type WorkbookSheet } from "./input/workbook-reader.js";
export { maskRecord } from "./mask-record.js";
export { renderMessage } from "./message.js";
export * from "./migrate/index.js";
export type { Confidence, DefaultRowProvenance } from "./parameter-defaults/confidence.js";
export { defaultParameterTables, withDefaultParameters } from "./parameter-defaults/index.js";
export type { Parameters } from "./parameters.js";
export { parseParameters } from "./parameters.js";
export { csvCell } from "./report/csv-report.js";
export { displayText } from "./report/display-text.js";
export { createReportWriter, formatReport } from "./report/format-report.js";
export type { ReportFormat, ReportOptions } from "./report/report-options.js";
export type { ReportSink, ReportWriter } from "./report/report-writer.js";
export { escapeXml } from "./report/xml-text.js";
export type * from "./rule.js";
export { movesBetweenPools } from "./rules/support/pooling.js";
export type { SchemaSet } from "./schema/schema-set.js";
export { ucs2length } from "./schema/ucs2length.js";
export type { ValidationReport, ValidationSession } from "./session.js";
export type { Summary } from "./summary.js";
export { type Checks, createValidator, type Validator, type ValidatorOptions } from "./validator.js";
