/**
 * Standard versions (package `schemaVersion`) the rules of this release apply to: every
 * minor version of major 1 (a minor version never makes valid data invalid, so the rules hold).
 */
export const v1: readonly string[] = ["1.0", "1.1"];

