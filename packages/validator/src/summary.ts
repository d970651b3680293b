/** Counts over a whole validation run. */
export interface Summary {
  /** Records read, including those lost to input problems (a malformed line is a record that could not be read). */
  records: number;
  /** Records with no error. */
  valid: number;
  /** Records with at least one error. */
  invalid: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings per rule id. */
  byRule: Record<string, number>;
  /** Records with at least one finding, per rule id (a rule may fire more than once on a record). */
  recordsByRule?: Record<string, number>;
  files?: number;
  /**
   * Files checked against each version of the standard, by version (the version a file's
   * package or JSON Lines header declares, `--schema-version`, or the current one for a file
   * that declares none). A file whose version is missing or unknown is in none.
   */
  schemaVersions?: Record<string, number>;
  elapsedMs?: number;
  recordsPerSecond?: number;
}
