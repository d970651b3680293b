import type { Agency } from "../auth/agency.js";
import type Database from "better-sqlite3";
import type { Db } from "./database.js";

export type RecordType =
  | "person"
  | "enrolment"
  | "transfer"
  | "assistance"
  | "benefit"
  | "medicalRegistration"
  | "medicalSettlement"
  | "organisation"
  | "donation"
  | "consent";

/** A record as stored: its JSON body and its version (the ETag). */
export interface StoredRecord {
  id: string;
  recordType: RecordType;
  body: Record<string, unknown>;
  version: number;
  /** Set when the record was retracted: it is a tombstone, read as 410 Gone. */
  retracted?: Tombstone;
  /** The owner and the person, as indexed (absent on a record just built, not read). */
  city?: string | null;
  department?: string | null;
  personId?: string | null;
}

/** Why and when a record was retracted, and by whom. */
export interface Tombstone {
  reason: string;
  retractedAt: string;
  agency?: Agency;
}

/** Who stored a version, and when. */
export interface Writer {
  at: string;
  agency?: Agency;
}

/** One stored version of a record. */
export interface RecordVersion {
  version: number;
  writtenAt: string;
  json: string;
}

/** The columns a record is found by; derived from the body by `indexColumns`. */
export interface IndexColumns {
  city: string | null;
  department: string | null;
  personId: string | null;
  idNumber: string | null;
  scheme: string | null;
  family: string | null;
  status: string | null;
  programme: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface ListQuery {
  recordType: RecordType;
  personId?: string;
  idNumber?: string;
  scheme?: string;
  family?: string;
  status?: string;
  programme?: string;
  activeOn?: string;
  /** Assistance cases covering this person or naming them in the household (table `case_members`). */
  memberPersonId?: string;
  /** Assistance cases in this county division, or in any division under a city or province code (`430100`: all of Changsha). */
  division?: string;
  /** Persons by exact name and birth date (index `records_person_name`). */
  name?: string;
  birthDate?: string;
  /** Keyset pagination: ids strictly after this one. */
  after?: string;
  limit: number;
}

interface Row {
  id: string;
  record_type: RecordType;
  body: string;
  version: number;
  retracted?: string | null;
  city?: string | null;
  department?: string | null;
  person_id?: string | null;
}

const toRecord = (row: Row): StoredRecord => {
  const record: StoredRecord = {
    id: row.id,
    recordType: row.record_type,
    body: JSON.parse(row.body) as Record<string, unknown>,
    version: row.version,
    city: row.city ?? null,
    department: row.department ?? null,
    personId: row.person_id ?? null,
  };
  if (typeof row.retracted === "string") record.retracted = JSON.parse(row.retracted) as Tombstone;
  return record;
};

const writerAgency = (writer: Writer | undefined): string | null => (writer?.agency === undefined ? null : JSON.stringify(writer.agency));

/** A record's stored JSON text, unparsed, with its owner and person. */
export interface RawRecord {
  id: string;
  recordType: RecordType;
  json: string;
  version: number;
  city: string | null;
  department: string | null;
  personId: string | null;
  /** Set when the record was retracted: it is a tombstone, read as 410 Gone. */
  retracted?: Tombstone;
}

/** The leading digits a division code stands for: `430100` → `4301`, `430000` → `43`, `430225` → itself. */
export function divisionPrefix(division: string): string {
  let prefix = division;
  while (prefix.length > 2 && prefix.endsWith("00")) prefix = prefix.slice(0, -2);
  return prefix;
}

/** Records of every type in one table, with the columns the API filters on. */
export class RecordStore {
  readonly #db: Db;
  readonly #get;
  readonly #insert;
  readonly #update;
  readonly #personsByIdNumber;
  readonly #enrolmentsInFamily;
  readonly #insertVersion;
  readonly #versions;
  readonly #version;
  readonly #retract;
  readonly #owner;
  readonly #clearMembers;
  readonly #addMember;
  readonly #listByShape = new Map<string, Database.Statement<Record<string, unknown>, Row>>();

  constructor(db: Db) {
    this.#db = db;
    this.#get = db.prepare<[string], Row>("SELECT id, record_type, body, version, retracted, city, department, person_id FROM records WHERE id = ?");
    this.#owner = db.prepare<[string], { city: string | null; department: string | null }>("SELECT city, department FROM records WHERE id = ?");
    this.#insertVersion = db.prepare("INSERT INTO record_versions (id, version, body, written_at, agency) VALUES (?, ?, ?, ?, ?)");
    this.#versions = db.prepare<[string], { version: number; written_at: string; body: string }>(
      "SELECT version, written_at, body FROM record_versions WHERE id = ? ORDER BY version",
    );
    this.#version = db.prepare<[string, number], { version: number; written_at: string; body: string }>(
      "SELECT version, written_at, body FROM record_versions WHERE id = ? AND version = ?",
    );
    this.#retract = db.prepare("UPDATE records SET retracted = @tombstone, version = version + 1, updated_at = @now WHERE id = @id AND version = @version AND retracted IS NULL");
    this.#insert = db.prepare(
      `INSERT INTO records (id, record_type, body, version, city, department, person_id, id_number, scheme, family, status, programme,
         period_start, period_end, created_at, updated_at)
       VALUES (@id, @recordType, @body, 1, @city, @department, @personId, @idNumber, @scheme, @family, @status, @programme,
         @periodStart, @periodEnd, @now, @now)`,
    );
    this.#update = db.prepare(
      `UPDATE records SET body = @body, version = version + 1, city = @city, department = @department, person_id = @personId,
         id_number = @idNumber, scheme = @scheme, family = @family, status = @status, programme = @programme,
         period_start = @periodStart, period_end = @periodEnd, updated_at = @now
       WHERE id = @id AND version = @version AND retracted IS NULL`,
    );
    this.#clearMembers = db.prepare<[string]>("DELETE FROM case_members WHERE case_id = ?");
    this.#addMember = db.prepare<[string, string]>("INSERT OR IGNORE INTO case_members (person_id, case_id) VALUES (?, ?)");
    this.#personsByIdNumber = db.prepare<[string], Row & { city: string | null }>(
      "SELECT id, record_type, body, version, city FROM records WHERE id_number = ? AND record_type = 'person' AND retracted IS NULL ORDER BY id",
    );
    this.#enrolmentsInFamily = db.prepare<[string, string], Row>(
      "SELECT id, record_type, body, version FROM records WHERE record_type = 'enrolment' AND person_id = ? AND family = ? AND retracted IS NULL ORDER BY id",
    );
  }

  /** Keeps `case_members` in step with an assistance case: its person, head and household members. */
  #indexMembers(recordType: RecordType, id: string, body: Record<string, unknown>, columns: IndexColumns): void {
    if (recordType !== "assistance") return;
    this.#clearMembers.run(id);
    const members = new Set<string>();
    if (columns.personId !== null) members.add(columns.personId);
    const household = body["household"];
    if (typeof household === "object" && household !== null) {
      const list = (household as Record<string, unknown>)["members"];
      if (Array.isArray(list)) {
        for (const member of list) {
          const personId = typeof member === "object" && member !== null ? (member as Record<string, unknown>)["personId"] : undefined;
          if (typeof personId === "string") members.add(personId);
        }
      }
    }
    for (const personId of members) this.#addMember.run(personId, id);
  }

  /** Persons with a (normalised) identity number, in every city, with the city that owns each (index `records_id_number`). */
  personsWithIdNumber(idNumber: string): (StoredRecord & { city: string | null })[] {
    return this.#personsByIdNumber.all(idNumber).map((row) => ({ ...toRecord(row), city: row.city }));
  }

  /** The enrolments of a person in one insurance family (index `records_person`). */
  enrolmentsInFamily(personId: string, family: string): StoredRecord[] {
    return this.#enrolmentsInFamily.all(personId, family).map(toRecord);
  }

  get(id: string): StoredRecord | undefined {
    const row = this.#get.get(id);
    return row === undefined ? undefined : toRecord(row);
  }

  /** The stored JSON text of a record, unparsed: reads are served as stored. */
  getRaw(id: string): RawRecord | undefined {
    const row = this.#get.get(id);
    if (row === undefined) return undefined;
    const raw: RawRecord = { id: row.id, recordType: row.record_type, json: row.body, version: row.version, city: row.city ?? null, department: row.department ?? null, personId: row.person_id ?? null };
    if (typeof row.retracted === "string") raw.retracted = JSON.parse(row.retracted) as Tombstone;
    return raw;
  }

  /** The city and department that own a stored record (its index columns: a person's is its creator's). */
  ownerOf(id: string): { city: string | null; department: string | null } | undefined {
    return this.#owner.get(id);
  }

  /** Every stored version of a record, oldest first (a retraction adds none: it has no body). */
  versions(id: string): RecordVersion[] {
    return this.#versions.all(id).map((row) => ({ version: row.version, writtenAt: row.written_at, json: row.body }));
  }

  /** One stored version of a record. */
  version(id: string, version: number): RecordVersion | undefined {
    const row = this.#version.get(id, version);
    return row === undefined ? undefined : { version: row.version, writtenAt: row.written_at, json: row.body };
  }

  /** Marks a record still at `current.version` as retracted (a new version without a body); undefined when it moved on. */
  retract(current: StoredRecord, tombstone: Tombstone): StoredRecord | undefined {
    const result = this.#retract.run({ id: current.id, version: current.version, tombstone: JSON.stringify(tombstone), now: tombstone.retractedAt });
    return result.changes === 1 ? { ...current, version: current.version + 1, retracted: tombstone } : undefined;
  }

  exists(id: string): boolean {
    return this.#get.get(id) !== undefined;
  }

  /** Inserts a new record at version 1; throws on a duplicate id (callers check first, inside their transaction). */
  insert(recordType: RecordType, body: Record<string, unknown>, columns: IndexColumns, json: string = JSON.stringify(body), writer?: Writer): StoredRecord {
    const id = String(body["id"]);
    const now = writer?.at ?? new Date().toISOString();
    this.#insert.run({ id, recordType, body: json, now, ...columns });
    this.#insertVersion.run(id, 1, json, now, writerAgency(writer));
    this.#indexMembers(recordType, id, body, columns);
    return { id, recordType, body, version: 1 };
  }

  /** Replaces a record if it is still at `version` (optimistic concurrency); undefined when it moved on. */
  replace(current: StoredRecord, body: Record<string, unknown>, columns: IndexColumns, json: string = JSON.stringify(body), writer?: Writer): StoredRecord | undefined {
    const now = writer?.at ?? new Date().toISOString();
    const result = this.#update.run({ id: current.id, version: current.version, body: json, now, ...columns });
    if (result.changes !== 1) return undefined;
    // Every version is kept: a correction never overwrites what was read before it.
    this.#insertVersion.run(current.id, current.version + 1, json, now, writerAgency(writer));
    this.#indexMembers(current.recordType, current.id, body, columns);
    return { ...current, body, version: current.version + 1 };
  }

  /** One page of records matching the query, ordered by id; `hasMore` says whether another page follows. */
  list(query: ListQuery): { items: StoredRecord[]; hasMore: boolean } {
    // A retracted record is a tombstone: lists leave it out.
    const where = ["record_type = @recordType", "retracted IS NULL"];
    const params: Record<string, unknown> = { recordType: query.recordType, limit: query.limit + 1 };
    const equal = (column: string, name: keyof ListQuery) => {
      const value = query[name];
      if (value === undefined) return;
      where.push(`${column} = @${name}`);
      params[name] = value;
    };
    equal("person_id", "personId");
    equal("id_number", "idNumber");
    equal("scheme", "scheme");
    equal("family", "family");
    equal("status", "status");
    equal("programme", "programme");
    if (query.activeOn !== undefined) {
      where.push("period_start <= @activeOn AND (period_end IS NULL OR period_end >= @activeOn)");
      params["activeOn"] = query.activeOn;
    }
    if (query.memberPersonId !== undefined) {
      where.push("id IN (SELECT case_id FROM case_members WHERE person_id = @memberPersonId)");
      params["memberPersonId"] = query.memberPersonId;
    }
    if (query.division !== undefined) {
      // The expression of index records_case_division; a city or province code matches the divisions under it.
      where.push("coalesce(json_extract(body, '$.division'), json_extract(body, '$.agency.division')) LIKE @divisionPrefix");
      params["divisionPrefix"] = `${divisionPrefix(query.division)}%`;
    }
    if (query.name !== undefined && query.birthDate !== undefined) {
      where.push("json_extract(body, '$.name') = @name AND json_extract(body, '$.birthDate') = @birthDate");
      params["name"] = query.name;
      params["birthDate"] = query.birthDate;
    }
    if (query.after !== undefined) {
      where.push("id > @after");
      params["after"] = query.after;
    }
    const sql = `SELECT id, record_type, body, version, city, department, person_id FROM records WHERE ${where.join(" AND ")} ORDER BY id LIMIT @limit`;
    // Statements are cached per query shape (which filters are given): preparing one costs more than a small list read.
    let statement = this.#listByShape.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare<Record<string, unknown>, Row>(sql);
      if (this.#listByShape.size < 256) this.#listByShape.set(sql, statement);
    }
    const rows = statement.all(params);
    const hasMore = rows.length > query.limit;
    return { items: rows.slice(0, query.limit).map(toRecord), hasMore };
  }

  count(recordType?: RecordType): number {
    const sql = recordType === undefined ? "SELECT count(*) FROM records" : "SELECT count(*) FROM records WHERE record_type = ?";
    const statement = this.#db.prepare(sql).pluck();
    return (recordType === undefined ? statement.get() : statement.get(recordType)) as number;
  }
}
