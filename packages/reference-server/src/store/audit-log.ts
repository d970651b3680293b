import type { Principal } from "../auth/agency.js";
import type { Db } from "./database.js";
import type { RecordType } from "./record-store.js";

/** One read of one record of personal data. */
export interface AuditEvent {
  id: number;
  at: string;
  agency: { creditCode: string; city: string; department: string };
  operation: string;
  recordId: string;
  recordType: RecordType;
  purpose: string;
  consentId?: string;
}

/** What a read appends for each record it returns. */
export interface AuditedRead {
  principal: Principal;
  operation: string;
  purpose: string;
  consentId: string | undefined;
  at: string;
}

interface Row {
  id: number;
  at: string;
  agency: string;
  agency_city: string;
  agency_department: string;
  operation: string;
  record_id: string;
  record_type: RecordType;
  purpose: string;
  consent_id: string | null;
}

const toEvent = (row: Row): AuditEvent => ({
  id: row.id,
  at: row.at,
  agency: { creditCode: row.agency, city: row.agency_city, department: row.agency_department },
  operation: row.operation,
  recordId: row.record_id,
  recordType: row.record_type,
  purpose: row.purpose,
  ...(row.consent_id === null ? {} : { consentId: row.consent_id }),
});

/**
 * The append-only log of reads of personal data (table `audit_events`; triggers refuse
 * UPDATE and DELETE). Appended inside the read's own transaction, so a read that was
 * answered was logged and survives a killed process like the data.
 */
export class AuditLog {
  readonly #append;
  readonly #byRecord;
  readonly #byOwner;

  constructor(db: Db) {
    this.#append = db.prepare(
      `INSERT INTO audit_events (at, agency, agency_city, agency_department, operation, record_id, record_type, owner_city, owner_department, purpose, consent_id)
       VALUES (@at, @agency, @agencyCity, @agencyDepartment, @operation, @recordId, @recordType, @ownerCity, @ownerDepartment, @purpose, @consentId)`,
    );
    this.#byRecord = db.prepare<{ recordId: string; city: string; department: string; after: number; limit: number }, Row>(
      `SELECT * FROM audit_events WHERE record_id = @recordId AND owner_city = @city AND owner_department = @department AND id > @after ORDER BY id LIMIT @limit`,
    );
    this.#byOwner = db.prepare<{ city: string; department: string; after: number; limit: number }, Row>(
      `SELECT * FROM audit_events WHERE owner_city = @city AND owner_department = @department AND id > @after ORDER BY id LIMIT @limit`,
    );
  }

  append(read: AuditedRead, record: { id: string; recordType: RecordType; city: string | null; department: string | null }): void {
    this.#append.run({
      at: read.at,
      agency: read.principal.agency.creditCode,
      agencyCity: read.principal.city,
      agencyDepartment: read.principal.agency.department,
      operation: read.operation,
      recordId: record.id,
      recordType: record.recordType,
      ownerCity: record.city,
      ownerDepartment: record.department,
      purpose: read.purpose,
      consentId: read.consentId ?? null,
    });
  }

  /** One page of the reads of records owned by `owner` (of one record when `recordId` is given), oldest first. */
  list(owner: { city: string; department: string }, query: { recordId?: string; after?: number; limit: number }): { items: AuditEvent[]; hasMore: boolean } {
    const params = { city: owner.city, department: owner.department, after: query.after ?? 0, limit: query.limit + 1 };
    const rows = query.recordId === undefined ? this.#byOwner.all(params) : this.#byRecord.all({ ...params, recordId: query.recordId });
    return { items: rows.slice(0, query.limit).map(toEvent), hasMore: rows.length > query.limit };
  }
}
