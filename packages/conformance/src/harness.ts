/**
 * @czt/conformance/harness — runs the language-neutral vectors against any implementation
 * over the line protocol (docs/conformance.md), and the adapter side of that protocol.
 */
export { loadVectors, parseVectorFile, VectorFormatError } from "./vectors/load-vectors.js";
export { defaultVectorsDirectory } from "./vectors/default-vectors.js";
export { splitCommand } from "./harness/split-command.js";
export { runHarness, isUnsupported, type HarnessOptions, type HarnessRun, type VectorResult, type VectorStatus } from "./harness/run-harness.js";
export { compareFindings, normaliseFindings, type Comparison } from "./harness/compare-findings.js";
export { agreementByRule, agreementTotals, runPassed, type RuleAgreement, type AgreementTotals } from "./harness/agreement-table.js";
export { formatRunText } from "./harness/report-text.js";
export { formatRunJson } from "./harness/report-json.js";
export { formatRunJunit } from "./harness/report-junit.js";
export { serveAdapter, type AdapterHandlers, type Verdict } from "./adapter/serve-adapter.js";
export { createVectorRunner, type VectorRunnerOptions } from "./adapter/run-vector.js";
export { validatorAdapter } from "./adapter/validator-adapter.js";
export { validatorAdapterScript } from "./bin/paths.js";
export { toProtocolVector, rulesOfVector } from "./vectors/vector-format.js";
export type * from "./vectors/vector-format.js";
export type * from "./protocol/messages.js";
