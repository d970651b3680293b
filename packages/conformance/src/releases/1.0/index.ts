/**
 * The arbitraries of release 1.0 of the standard, kept with the release: a frozen copy of
 * `src/arbitraries/` as it was when 1.0 was released (in `./arbitraries/`, never edited
 * afterwards). The live arbitraries follow the working version (1.1 and later); these keep
 * generating 1.0 data, so a property can show that every record valid under 1.0 stays
 * valid under each later minor version (`test/compatibility.property.test.ts`). A test holds
 * the files to `SHA256SUMS` (written with `find . -name '*.ts' | sed 's#^./##' | sort | xargs sha256sum`).
 */
export { datasetArbitrary } from "./arbitraries/dataset.js";
export { personArbitrary } from "./arbitraries/person.js";
export { assistanceArbitrary, enrolmentArbitrary, recordArbitrary, transferArbitrary } from "./arbitraries/record-arbitraries.js";
