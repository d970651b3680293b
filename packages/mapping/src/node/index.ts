/**
 * @czt/mapping/node: the mapping over files on disk, for Node (the czt CLI). The package's
 * main entry is platform-neutral (the browser page maps with it); this adds the readers of paths.
 */
export { fileInput } from "./file-input.js";
export { mapFiles } from "./map-files.js";
export { profileFiles } from "./profile-files.js";
export { readCsvRows, readJsonLinesRows, readXlsxSheets } from "./read-files.js";
