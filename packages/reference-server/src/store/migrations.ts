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
];
