/** Standard versions (package `schemaVersion`) the rules of this release apply to. */
export const v1: readonly string[] = ["1.0"];
