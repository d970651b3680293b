// Placeholder: owned by the rules work. One file per rule; this module lists them.
import type { DatasetRule, RecordRule } from "../rule.js";

export const recordRules: readonly RecordRule[] = [];
export const datasetRules: readonly DatasetRule[] = [];
