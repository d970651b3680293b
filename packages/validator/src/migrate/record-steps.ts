import type { MigrationStep } from "./migration-step.js";

export type RecordOutcome = { kind: "unchanged" } | { kind: "changed"; record: Record<string, unknown> } | { kind: "failed"; reason: string };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The steps that change records, if any: without them records are copied as bytes. */
export function recordSteps(steps: readonly MigrationStep[]): MigrationStep[] {
  return steps.filter((step) => step.migrateRecord !== undefined);
}

/** Runs a record through each step in order; the first step that cannot rewrite it stops it. */
export function migrateRecordText(text: string, steps: readonly MigrationStep[]): RecordOutcome & { id?: string } {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return { kind: "failed", reason: "the record is not valid JSON" };
  }
  if (!isPlainObject(record)) return { kind: "failed", reason: "the record is not a JSON object" };
  const id = typeof record["id"] === "string" ? { id: record["id"] } : {};
  let current: Record<string, unknown> = record;
  let changed = false;
  for (const step of steps) {
    const outcome = step.migrateRecord?.(current) ?? { kind: "unchanged" };
    if (outcome.kind === "failed") return { ...outcome, reason: `${step.from} → ${step.to}: ${outcome.reason}`, ...id };
    if (outcome.kind === "changed") {
      current = outcome.record;
      changed = true;
    }
  }
  return changed ? { kind: "changed", record: current, ...id } : { kind: "unchanged", ...id };
}
