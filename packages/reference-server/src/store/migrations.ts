/**
 * The database schema as ordered migrations, embedded as strings so that the
 * server never looks for SQL files beside its compiled code. Append only: a
 * migration that shipped is never edited.
 */
export const migrations: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "records",
    sql: `
      CREATE TABLE records (
        id            TEXT PRIMARY KEY,
        record_type   TEXT NOT NULL CHECK (record_type IN ('person', 'enrolment', 'transfer', 'assistance')),
        body          TEXT NOT NULL,
        version       INTEGER NOT NULL DEFAULT 1,
        city          TEXT,
        department    TEXT,
        person_id     TEXT,
        id_number     TEXT,
        scheme        TEXT,
        family        TEXT,
        status        TEXT,
        programme     TEXT,
        period_start  TEXT,
        period_end    TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      -- Few, partial indexes: every index is pages to write at each commit.
      CREATE INDEX records_person ON records (record_type, person_id, id) WHERE person_id IS NOT NULL;
      CREATE INDEX records_id_number ON records (id_number) WHERE id_number IS NOT NULL;
      CREATE INDEX records_family ON records (family, person_id) WHERE family IS NOT NULL;
    `,
  },
  {
    version: 2,
    name: "idempotency",
    sql: `
      CREATE TABLE idempotency_keys (
        agency        TEXT NOT NULL,
        key           TEXT NOT NULL,
        fingerprint   TEXT NOT NULL,
        status        INTEGER NOT NULL,
        headers       TEXT NOT NULL,
        body          TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        PRIMARY KEY (agency, key)
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    // SQLite cannot alter a CHECK: the table is rebuilt with the record types of 1.1.
    version: 3,
    name: "record types of 1.1: benefits, 异地就医, organisations and donations",
    sql: `
      CREATE TABLE records_v3 (
        id            TEXT PRIMARY KEY,
        record_type   TEXT NOT NULL CHECK (record_type IN ('person', 'enrolment', 'transfer', 'assistance', 'benefit', 'medicalRegistration', 'medicalSettlement', 'organisation', 'donation')),
        body          TEXT NOT NULL,
        version       INTEGER NOT NULL DEFAULT 1,
        city          TEXT,
        department    TEXT,
        person_id     TEXT,
        id_number     TEXT,
        scheme        TEXT,
        family        TEXT,
        status        TEXT,
        programme     TEXT,
        period_start  TEXT,
        period_end    TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      INSERT INTO records_v3 SELECT * FROM records;
      DROP TABLE records;
      ALTER TABLE records_v3 RENAME TO records;
      CREATE INDEX records_person ON records (record_type, person_id, id) WHERE person_id IS NOT NULL;
      CREATE INDEX records_id_number ON records (id_number) WHERE id_number IS NOT NULL;
      CREATE INDEX records_family ON records (family, person_id) WHERE family IS NOT NULL;
    `,
  },
  {
    // SQLite cannot alter a CHECK: the records table is rebuilt with the consent record type, as in
    // migration 3. The read audit is append-only: triggers refuse every UPDATE and DELETE.
    version: 5,
    name: "consents, the read audit and the searches of issue 17",
    sql: `
      CREATE TABLE records_v5 (
        id            TEXT PRIMARY KEY,
        record_type   TEXT NOT NULL CHECK (record_type IN ('person', 'enrolment', 'transfer', 'assistance', 'benefit', 'medicalRegistration', 'medicalSettlement', 'organisation', 'donation', 'consent')),
        body          TEXT NOT NULL,
        version       INTEGER NOT NULL DEFAULT 1,
        city          TEXT,
        department    TEXT,
        person_id     TEXT,
        id_number     TEXT,
        scheme        TEXT,
        family        TEXT,
        status        TEXT,
        programme     TEXT,
        period_start  TEXT,
        period_end    TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      INSERT INTO records_v5 SELECT * FROM records;
      DROP TABLE records;
      ALTER TABLE records_v5 RENAME TO records;
      CREATE INDEX records_person ON records (record_type, person_id, id) WHERE person_id IS NOT NULL;
      CREATE INDEX records_id_number ON records (id_number) WHERE id_number IS NOT NULL;
      CREATE INDEX records_family ON records (family, person_id) WHERE family IS NOT NULL;
      -- Persons without an identity number are found by name and birth date.
      CREATE INDEX records_person_name ON records (json_extract(body, '$.name'), json_extract(body, '$.birthDate'), id) WHERE record_type = 'person';
      -- Cases by programme and county division (the case's, else its agency's).
      CREATE INDEX records_case_division ON records (programme, status, coalesce(json_extract(body, '$.division'), json_extract(body, '$.agency.division')), id) WHERE record_type = 'assistance';

      -- Every person an assistance case covers or names in its household, head included.
      CREATE TABLE case_members (
        person_id     TEXT NOT NULL,
        case_id       TEXT NOT NULL,
        PRIMARY KEY (person_id, case_id)
      ) STRICT, WITHOUT ROWID;
      INSERT OR IGNORE INTO case_members (person_id, case_id)
        SELECT person_id, id FROM records WHERE record_type = 'assistance' AND person_id IS NOT NULL;
      INSERT OR IGNORE INTO case_members (person_id, case_id)
        SELECT json_extract(member.value, '$.personId'), records.id FROM records, json_each(records.body, '$.household.members') AS member
        WHERE records.record_type = 'assistance' AND json_extract(member.value, '$.personId') IS NOT NULL;

      CREATE TABLE audit_events (
        id               INTEGER PRIMARY KEY AUTOINCREMENT,
        at               TEXT NOT NULL,
        agency           TEXT NOT NULL,
        agency_city      TEXT NOT NULL,
        agency_department TEXT NOT NULL,
        operation        TEXT NOT NULL,
        record_id        TEXT NOT NULL,
        record_type      TEXT NOT NULL,
        owner_city       TEXT,
        owner_department TEXT,
        purpose          TEXT NOT NULL,
        consent_id       TEXT
      ) STRICT;
      CREATE INDEX audit_events_record ON audit_events (record_id, id);
      CREATE INDEX audit_events_owner ON audit_events (owner_city, owner_department, id);
      CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
      CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
    `,
  },
];
