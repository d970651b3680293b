/**
 * Standard versions (package `schemaVersion`) the rules of this release apply to: every
 * minor version of major 1 (a minor version never makes valid data invalid, so the rules hold).
 */
export const v1: readonly string[] = ["1.0", "1.1"];

/** Rules new in 1.1 that judge what 1.0 could not express (1.0 data is judged as 1.0 judged it). */
export const v11: readonly string[] = ["1.1"];
