/** What one step of a migration did to one record. */
export type RecordMigration =
  | { kind: "unchanged" }
  | { kind: "changed"; record: Record<string, unknown> }
  /** The record cannot be rewritten mechanically: it is copied as it is and listed. */
  | { kind: "failed"; reason: string };

/**
 * One step between two adjacent versions of the same major (`1.0` → `1.1`). The export's
 * declared `schemaVersion` is always rewritten; `migrateRecord` is the mechanical change
 * a step makes to records, if any (a renamed code, a field moved), and must not mutate
 * the record it is given.
 */
export interface MigrationStep {
  from: string;
  to: string;
  /** What the step changes, one line (for `czt migrate --help` and the changelog). */
  summary: string;
  migrateRecord?: (record: Readonly<Record<string, unknown>>) => RecordMigration;
}

/** The steps between released versions, oldest first, each `to` the next one's `from`. */
export type MigrationRegistry = readonly MigrationStep[];
