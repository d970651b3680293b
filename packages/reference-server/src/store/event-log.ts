import type { Agency } from "../auth/agency.js";
import type { Db } from "./database.js";
import type { RecordType } from "./record-store.js";

export const eventTypes = ["created", "corrected", "retracted", "statusChanged", "linked"] as const;
export type EventType = (typeof eventTypes)[number];

/** A change to append, inside the transaction that makes it. */
export interface NewEvent {
  type: EventType;
  recordType: RecordType;
  recordId: string;
  /** The record's version after the change (its body at that version is in `record_versions`, except for a retraction). */
  version: number;
  occurredAt: string;
  /** The owner of the record (its index columns). */
  city: string | null;
  department: string | null;
  /** The writer; undefined only for records stored before the feed existed (migration 4). */
  agency: Agency | undefined;
  reason?: string;
}

/** An item of the feed (`GET /v1/events`): the change, with the record's body at that version. */
export interface FeedEvent {
  position: number;
  type: EventType;
  recordType: RecordType;
  recordId: string;
  version: number;
  occurredAt: string;
  city?: string;
  department?: string;
  agency?: Agency;
  /** The record at `version`; absent for a retraction. */
  record?: Record<string, unknown>;
  reason?: string;
}

export interface EventFilter {
  types?: readonly EventType[];
  /** Only these record types (the feed narrows them to what the token may read). */
  recordTypes?: readonly RecordType[];
  city?: string;
  department?: string;
}

interface EventRow {
  position: number;
  type: EventType;
  record_type: RecordType;
  record_id: string;
  version: number;
  occurred_at: string;
  city: string | null;
  department: string | null;
  agency: string | null;
  reason: string | null;
  body: string | null;
  person_id: string | null;
}

/** A record an event carries, as the read audit and the consent check see it. */
export interface EventRecordRef {
  id: string;
  recordType: RecordType;
  city: string | null;
  department: string | null;
  personId: string | null;
}

/** The event without its record: what `toEvent` returns before `record` is added. */
function toEventHead(row: EventRow): FeedEvent {
  const event: FeedEvent = {
    position: row.position,
    type: row.type,
    recordType: row.record_type,
    recordId: row.record_id,
    version: row.version,
    occurredAt: row.occurred_at,
  };
  if (row.city !== null) event.city = row.city;
  if (row.department !== null) event.department = row.department;
  if (row.agency !== null) event.agency = JSON.parse(row.agency) as Agency;
  if (row.reason !== null) event.reason = row.reason;
  return event;
}

/** The record's body at the event's version, as stored (none for a retraction). */
const bodyOf = (row: EventRow): string | undefined => (row.body !== null && row.type !== "retracted" ? row.body : undefined);

function toEvent(row: EventRow): FeedEvent {
  const event = toEventHead(row);
  const body = bodyOf(row);
  if (body !== undefined) event.record = JSON.parse(body) as Record<string, unknown>;
  return event;
}

/** Told after a commit that events up to `lastPosition` exist. */
export type CommittedListener = (lastPosition: number) => void;

/**
 * The change feed: one row per stored change, appended in the transaction of the change,
 * so an event exists exactly when its change was committed. Positions come from an
 * AUTOINCREMENT key and the server has a single writer, so they increase strictly in
 * commit order and are never reused, even after the newest rows are rolled back.
 */
export class EventLog {
  readonly #db: Db;
  readonly #insert;
  readonly #last;
  readonly #listeners = new Set<CommittedListener>();
  #appendedSinceNotice = false;
  readonly #byShape = new Map<string, ReturnType<Db["prepare"]>>();

  constructor(db: Db) {
    this.#db = db;
    this.#insert = db.prepare(
      `INSERT INTO events (type, record_type, record_id, version, occurred_at, city, department, agency, reason)
       VALUES (@type, @recordType, @recordId, @version, @occurredAt, @city, @department, @agency, @reason)`,
    );
    this.#last = db.prepare("SELECT coalesce(max(position), 0) FROM events").pluck();
  }

  /** Appends an event; call inside the transaction that stores the change. Returns its position. */
  append(event: NewEvent): number {
    if (!this.#db.inTransaction) throw new Error("an event is appended inside the transaction of its change");
    const result = this.#insert.run({
      ...event,
      agency: event.agency === undefined ? null : JSON.stringify(event.agency),
      reason: event.reason ?? null,
    });
    this.#appendedSinceNotice = true;
    return Number(result.lastInsertRowid);
  }

  /** The position of the newest committed event (0 when there is none). */
  lastPosition(): number {
    return this.#last.get() as number;
  }

  /** Up to `limit` events after `position`, oldest first, matching the filter. */
  readAfter(position: number, filter: EventFilter, limit: number): FeedEvent[] {
    return this.#rows(position, filter, limit).map(toEvent);
  }

  /**
   * The same events as JSON texts, the record spliced in as stored (or as `view` renders it):
   * the feed route serves pages without parsing and re-serialising every record.
   */
  readAfterAsJson(
    position: number,
    filter: EventFilter,
    limit: number,
    view?: (recordType: RecordType, json: string) => string,
  ): { json: string[]; last: number | undefined; records: EventRecordRef[] } {
    const rows = this.#rows(position, filter, limit);
    const records: EventRecordRef[] = [];
    const json = rows.map((row) => {
      const head = JSON.stringify(toEventHead(row));
      const body = bodyOf(row);
      if (body === undefined) return head;
      records.push({ id: row.record_id, recordType: row.record_type, city: row.city, department: row.department, personId: row.person_id });
      return `${head.slice(0, -1)},"record":${view === undefined ? body : view(row.record_type, body)}}`;
    });
    return { json, last: rows.at(-1)?.position, records };
  }

  #rows(position: number, filter: EventFilter, limit: number): EventRow[] {
    const where = ["e.position > @after"];
    const params: Record<string, unknown> = { after: position, limit };
    const list = (column: string, name: string, values: readonly string[] | undefined) => {
      if (values === undefined) return;
      if (values.length === 0) {
        where.push("0");
        return;
      }
      where.push(`${column} IN (${values.map((_, index) => `@${name}${index}`).join(", ")})`);
      values.forEach((value, index) => {
        params[`${name}${index}`] = value;
      });
    };
    list("e.type", "type", filter.types);
    list("e.record_type", "recordType", filter.recordTypes);
    if (filter.city !== undefined) {
      where.push("e.city = @city");
      params["city"] = filter.city;
    }
    if (filter.department !== undefined) {
      where.push("e.department = @department");
      params["department"] = filter.department;
    }
    const sql = `SELECT e.position, e.type, e.record_type, e.record_id, e.version, e.occurred_at, e.city, e.department, e.agency, e.reason, v.body,
        json_extract(v.body, '$.personId') AS person_id
      FROM events e LEFT JOIN record_versions v ON v.id = e.record_id AND v.version = e.version
      WHERE ${where.join(" AND ")} ORDER BY e.position LIMIT @limit`;
    // Statements are cached per query shape: the feed is polled with the same filters over and over.
    let statement = this.#byShape.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      if (this.#byShape.size < 256) this.#byShape.set(sql, statement);
    }
    return statement.all(params) as EventRow[];
  }

  /** Registers a listener told after each commit that appended events; returns the unsubscribe function. */
  onCommitted(listener: CommittedListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Called by the writer after a COMMIT (never inside a transaction): tells the listeners
   * when events were appended since the last notice. A listener that throws does not stop the others.
   */
  committed(): void {
    if (!this.#appendedSinceNotice || this.#db.inTransaction) return;
    this.#appendedSinceNotice = false;
    if (this.#listeners.size === 0) return;
    const last = this.lastPosition();
    for (const listener of this.#listeners) {
      try {
        listener(last);
      } catch {
        // A listener's failure is its own (it cannot undo a commit).
      }
    }
  }
}
