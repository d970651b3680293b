export { expandPaths, type InputSource } from "./expand-paths.js";
export { type ReadOptions, readInputBatches, readInputs } from "./read-inputs.js";
export { type ValidateFilesOptions, validateFiles } from "./validate-files.js";
export { validateWithDelta } from "./validate-with-delta.js";
export { type FileMigration, type MigrateFileOptions, migrateFile } from "./migrate-file.js";
export { type StreamedSheet, streamWorkbook } from "./open-workbook.js";
