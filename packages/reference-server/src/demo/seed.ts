import { type Agency, cityOfAgency } from "../auth/agency.js";
import { recordKinds } from "../routes/record-kinds.js";
import type { Db } from "../store/database.js";
import { EventLog } from "../store/event-log.js";
import { indexColumns } from "../store/index-columns.js";
import { RecordStore, type RecordType } from "../store/record-store.js";
import { findDatasetConflict } from "../validation/dataset-conflicts.js";
import { RecordChecker } from "../validation/record-checker.js";

export interface SeedResult {
  loaded: number;
  skipped: { id: string; reason: string }[];
}

/** A record to load and the agency that published it (the creator of persons). */
export interface SeedItem {
  record: unknown;
  publisher: Agency;
}

// Referenced records first: a benefit or registration names an enrolment, a settlement its registration.
// Organisations before the cases and donations that refer to them.
const order: RecordType[] = ["person", "organisation", "enrolment", "transfer", "assistance", "benefit", "medicalRegistration", "medicalSettlement", "donation"];

type SeedRecord = Record<string, unknown> & { recordType: RecordType; id: string };

function isRecord(value: unknown): value is SeedRecord {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record["id"] === "string" && order.includes(record["recordType"] as RecordType);
}

/**
 * Loads records (e.g. the example exports of the three cities, together, so that
 * cross-city references resolve) into the store, persons first. Each is checked
 * like an API write: the validator, then its references; records that fail or
 * already exist are skipped and reported, never half-loaded.
 */
export function seedRecords(db: Db, items: readonly SeedItem[], checker: RecordChecker = new RecordChecker()): SeedResult {
  const store = new RecordStore(db);
  const events = new EventLog(db);
  const result: SeedResult = { loaded: 0, skipped: [] };
  const records = items.filter((item): item is { record: SeedRecord; publisher: Agency } => isRecord(item.record));
  for (const item of items) if (!isRecord(item.record)) result.skipped.push({ id: "?", reason: "not a record of the standard" });
  records.sort((a, b) => order.indexOf(a.record.recordType) - order.indexOf(b.record.recordType));
  db.transaction(() => {
    for (const { record, publisher } of records) {
      const kind = recordKinds.find((candidate) => candidate.recordType === record.recordType)!;
      const errors = checker.errors(record);
      const unresolved = kind.references(record).filter(({ id }) => !store.exists(id));
      if (errors.length > 0) result.skipped.push({ id: record.id, reason: errors.map((error) => error.ruleId).join(", ") });
      else if (unresolved.length > 0) result.skipped.push({ id: record.id, reason: `unresolved ${unresolved.map(({ id }) => id).join(", ")}` });
      else if (store.exists(record.id)) result.skipped.push({ id: record.id, reason: "already stored" });
      else {
        const creator = { city: cityOfAgency(publisher) ?? publisher.division, department: publisher.department };
        const conflict = findDatasetConflict(store, record, creator.city);
        if (conflict !== undefined) {
          result.skipped.push({ id: record.id, reason: `${conflict.ruleId} with ${conflict.existingId}` });
          continue;
        }
        const columns = indexColumns(record.recordType, record, creator);
        const at = new Date().toISOString();
        store.insert(record.recordType, record, columns, JSON.stringify(record), { at, agency: publisher });
        // Seeded records are in the feed like any other write, so a consumer starting at 0 sees them.
        events.append({ type: "created", recordType: record.recordType, recordId: record.id, version: 1, occurredAt: at, city: columns.city, department: columns.department, agency: publisher });
        result.loaded++;
      }
    }
  })();
  return result;
}
