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
  elapsedMs?: number;
  recordsPerSecond?: number;
}
