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
    // Exchange API v1.1: the change feed, every version of a record, and retraction tombstones.
    version: 4,
    name: "events, record versions and retractions",
    sql: `
      -- One row per stored change, written in the transaction of the change: position is commit order.
      CREATE TABLE events (
        position      INTEGER PRIMARY KEY AUTOINCREMENT,
        type          TEXT NOT NULL CHECK (type IN ('created', 'corrected', 'retracted', 'statusChanged', 'linked')),
        record_type   TEXT NOT NULL,
        record_id     TEXT NOT NULL,
        version       INTEGER NOT NULL,
        occurred_at   TEXT NOT NULL,
        city          TEXT,
        department    TEXT,
        agency        TEXT,
        reason        TEXT
      ) STRICT;
      -- Every stored version of a record (the current one included); the feed reads its bodies from here.
      CREATE TABLE record_versions (
        id            TEXT NOT NULL,
        version       INTEGER NOT NULL,
        body          TEXT NOT NULL,
        written_at    TEXT NOT NULL,
        agency        TEXT,
        PRIMARY KEY (id, version)
      ) STRICT, WITHOUT ROWID;
      -- A retracted record keeps its row as a tombstone: {"reason", "retractedAt", "agency"} as JSON.
      ALTER TABLE records ADD COLUMN retracted TEXT;
      -- Records stored before the feed existed: their current version, and a created event each (writer unknown).
      INSERT INTO record_versions (id, version, body, written_at, agency) SELECT id, version, body, updated_at, NULL FROM records;
      INSERT INTO events (type, record_type, record_id, version, occurred_at, city, department, agency, reason)
        SELECT 'created', record_type, id, version, updated_at, city, department, NULL, NULL FROM records ORDER BY updated_at, id;
    `,
  },
  {
    // Exchange API v1.1: subscriptions and their signed deliveries (docs/subscriptions.md).
    version: 5,
    name: "subscriptions and deliveries",
    sql: `
      CREATE TABLE subscriptions (
        id            TEXT PRIMARY KEY,
        -- The subscriber: the agency of the token that created it, its city and scopes (what it may read).
        agency        TEXT NOT NULL,
        city          TEXT NOT NULL,
        department    TEXT NOT NULL,
        scopes        TEXT NOT NULL,
        callback_url  TEXT NOT NULL,
        filter        TEXT NOT NULL,
        description   TEXT,
        -- The HMAC key of X-CZT-Signature: kept as given out, since the server must sign with it.
        secret        TEXT NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
        -- The last feed position already turned into deliveries (or skipped by the filter).
        cursor        INTEGER NOT NULL,
        created_at    TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE deliveries (
        id              TEXT PRIMARY KEY,
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        position        INTEGER NOT NULL,
        event_type      TEXT NOT NULL,
        record_type     TEXT NOT NULL,
        record_id       TEXT NOT NULL,
        -- The exact bytes sent at every attempt, so that a retry is the same delivery.
        body            TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error      TEXT,
        response_status INTEGER,
        created_at      TEXT NOT NULL,
        delivered_at    TEXT,
        UNIQUE (subscription_id, position)
      ) STRICT, WITHOUT ROWID;
      -- The worker's question: the oldest delivery not yet delivered, per subscription.
      CREATE INDEX deliveries_open ON deliveries (subscription_id, position) WHERE status <> 'delivered';
    `,
  },
  {
    // SQLite cannot alter a CHECK: the records table is rebuilt with the consent record type, as in
    // migration 3, keeping migration 4's retracted column. The read audit is append-only: triggers
    // refuse every UPDATE and DELETE.
    version: 6,
    name: "consents, the read audit and the searches of issue 17",
    sql: `
      CREATE TABLE records_v6 (
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
        updated_at    TEXT NOT NULL,
        retracted     TEXT
      ) STRICT, WITHOUT ROWID;
      -- Columns named: the rebuilt table must keep every column the earlier migrations gave records.
      INSERT INTO records_v6 (id, record_type, body, version, city, department, person_id, id_number, scheme, family, status, programme, period_start, period_end, created_at, updated_at, retracted)
        SELECT id, record_type, body, version, city, department, person_id, id_number, scheme, family, status, programme, period_start, period_end, created_at, updated_at, retracted FROM records;
      DROP TABLE records;
      ALTER TABLE records_v6 RENAME TO records;
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

      -- A subscription delivers personal data: it is created with a purpose, and each delivery of a
      -- personal record is audited under it. One stored before has none: it is suspended until its
      -- owner resumes it with CZT-Purpose.
      ALTER TABLE subscriptions ADD COLUMN purpose TEXT;
      UPDATE subscriptions SET status = 'suspended';
    `,
  },
  {
    // A transfer out of the three cities (1.1 to.external) is owned by its sending side, the only
    // side in the dataset. Before, such a transfer (only the example loader could store one) was
    // indexed by the receiving side's region (440300 …) and no department: no agency could correct
    // or retract it, and the feed's city filter never found it. Its row and events move to the
    // sending side; a transfer with neither side here is owned by no one. The read audit is
    // append-only and keeps the owner it recorded.
    version: 7,
    name: "transfers out of the three cities are owned by their sending side",
    sql: `
      CREATE TEMP TABLE outgoing_transfers AS
        SELECT id,
          CASE WHEN json_extract(body, '$.from.external') IS NULL THEN json_extract(body, '$.from.city') END AS city,
          CASE WHEN json_extract(body, '$.from.external') IS NULL THEN json_extract(body, '$.from.agency.department') END AS department
        FROM records WHERE record_type = 'transfer' AND json_extract(body, '$.to.external') IS NOT NULL;
      UPDATE records SET
        city = (SELECT city FROM outgoing_transfers WHERE outgoing_transfers.id = records.id),
        department = (SELECT department FROM outgoing_transfers WHERE outgoing_transfers.id = records.id)
        WHERE id IN (SELECT id FROM outgoing_transfers);
      UPDATE events SET
        city = (SELECT city FROM outgoing_transfers WHERE outgoing_transfers.id = events.record_id),
        department = (SELECT department FROM outgoing_transfers WHERE outgoing_transfers.id = events.record_id)
        WHERE record_type = 'transfer' AND record_id IN (SELECT id FROM outgoing_transfers);
      DROP TABLE outgoing_transfers;
    `,
  },
];
