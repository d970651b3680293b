/**
 * Why an export, or one record of it, could not be migrated. `record`: that record is
 * copied unchanged and the rest of the file is migrated; every other kind concerns the
 * whole file, which is not migrated at all. Messages name no personal data.
 */
export interface MigrationProblem {
  kind: "no-version" | "unknown-source" | "downgrade" | "cross-major" | "malformed" | "not-utf8" | "record";
  line: number;
  column?: number;
  /** Records only: index in the file, from 0, and the record's `id` when it has one (unmasked: the caller masks it). */
  recordIndex?: number;
  recordId?: string;
  message: string;
}
