/**
 * @czt/standard-diff — the breaking-change check of the CZT-SS standard (`czt diff`):
 * compares two versions' JSON Schemas, code lists and OpenAPI contract and classifies every
 * change as breaking for producers, for consumers, or compatible. Never prints, never exits.
 */
export { type Area, type Change, isBreaking, isUnacknowledgedBreak, type Side } from "./change.js";
export { applyCorrections, type Correction, correctionsFile, parseCorrections } from "./corrections.js";
export { type ChangeKind, changeKinds } from "./change-kinds.js";
export { type DiffSummary, diffStandards, hasBreaking, type StandardDiff, summarize } from "./diff-standards.js";
export { standardVersion } from "./standard-version.js";
export { renderJson, renderMarkdown, renderText } from "./render.js";
export { isStandardFile, parseStandardTree, StandardFileError, type StandardTree } from "./standard-tree.js";
