/**
 * @czt/conformance — the CZT-SS conformance kit: fast-check arbitraries of valid records
 * and datasets, a mutation catalogue (one rule-breaking mutator per rule), streaming
 * generators for synthetic exports and the vector format. The harness that runs vectors
 * against other implementations is in `@czt/conformance/harness` (Node only).
 */
export type * from "./records.js";
export { datasetAsOf, personArbitrary, buildPerson, personChoiceArbitrary, type PersonChoice } from "./arbitraries/person.js";
export { enrolmentArbitrary, transferArbitrary, assistanceArbitrary, recordArbitrary } from "./arbitraries/record-arbitraries.js";
export { benefitArbitrary, medicalRegistrationArbitrary, medicalSettlementArbitrary } from "./arbitraries/record-arbitraries.js";
export { datasetArbitrary, storyArbitrary, buildDataset, buildStory, fileOfRecord, type Story, type DatasetArbitraryOptions } from "./arbitraries/dataset.js";
export { pooledFundOf, monthsOf, individualTotalOf, contributionYears, percentOf } from "./arbitraries/contributions.js";
export { generatedParameters, generatedDibaoStandards, generatedContributionBase } from "./arbitraries/generated-parameters.js";
export { identityOf } from "./arbitraries/identity.js";
export { releasedArbitraries } from "./releases/index.js";
export { mutationCatalogue, mutatorFor } from "./mutations/catalogue.js";
export type { Mutation, Mutator } from "./mutations/mutator.js";
export { generateRecords, type GenerateOptions, type GeneratedType } from "./generate/generate-records.js";
export { jsonLinesChunks, jsonPackageChunks, exportHeader, generatedPublisher, type ExportHeader } from "./formats/export-writers.js";
export { validateEntries, type AttributedFinding } from "./validate-entries.js";
export type * from "./vectors/vector-format.js";
export { toProtocolVector, rulesOfVector } from "./vectors/vector-format.js";
export type * from "./protocol/messages.js";
export { protocolVersion } from "./protocol/messages.js";
export { csvChunks, csvRow, generatedCsvColumns, CsvColumnError } from "./formats/csv-writer.js";
