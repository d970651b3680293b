import type { FastifyRequest } from "fastify";
import type { Principal } from "../auth/agency.js";
import type { Fault } from "../faults.js";
import { problems } from "../http/problem.js";
import type { AuditLog } from "../store/audit-log.js";
import type { Db } from "../store/database.js";
import type { GroupCommit } from "../store/group-commit.js";
import type { RecordStore, RecordType } from "../store/record-store.js";
import { type ConsentTerms, checkConsentCovers, checkConsentUsable, consentTermsOf } from "./consent-check.js";
import { consentHeader, type ReadPurpose, readPurposeOf, readRefused } from "./read-purpose.js";

/** A record as a read returns it: what purpose, consent and audit need. */
export interface ReadRecord {
  id: string;
  recordType: RecordType;
  city?: string | null;
  department?: string | null;
  personId?: string | null;
}

/** The record types whose reads are reads of personal data (purpose, consent, audit). */
export const personalRecordTypes: ReadonlySet<RecordType> = new Set([
  "person",
  "enrolment",
  "transfer",
  "assistance",
  "benefit",
  "medicalRegistration",
  "medicalSettlement",
  "consent",
]);

/** One request's permission to read personal data: its purpose, its consent and who reads. */
export interface ReadPermit {
  principal: Principal;
  operation: string;
  purpose: ReadPurpose;
  /** With the version of the consent record that was checked. */
  consent: (ConsentTerms & { version: number }) | undefined;
}

/**
 * Purpose enforcement and the read audit. `permit` runs first (no purpose: 403 before anything
 * is read); `read` then runs the lookup, checks the consent covers every record found, and
 * appends one audit event per record, all in one transaction, committed before the response.
 *
 * Reads join the server's group commit (`GroupCommit`): the reads (and writes) that arrive in
 * one turn of the event loop append their audit events in one transaction, each read in its own
 * savepoint, and each read settles only once that transaction has committed — an answered read
 * is always in the log, and one COMMIT is paid per group instead of one per read.
 */
export class ReadGuard {
  readonly #records: RecordStore;
  readonly #audit: AuditLog;
  readonly #groups: GroupCommit;
  readonly #faults: ReadonlySet<Fault>;
  readonly #now: () => Date;
  readonly #transaction: <T>(run: () => T) => T;

  constructor(db: Db, records: RecordStore, audit: AuditLog, groups: GroupCommit, faults: ReadonlySet<Fault>, now: () => Date) {
    this.#records = records;
    this.#audit = audit;
    this.#groups = groups;
    this.#faults = faults;
    this.#now = now;
    const transaction = db.transaction((run: () => unknown) => run());
    this.#transaction = <T>(run: () => T) => transaction(run) as T;
  }

  /**
   * The request's purpose and consent, checked on their own (the consent exists, is the agency's, valid
   * today, for the purpose): a refused read is refused before anything is read or queued.
   */
  permit(request: FastifyRequest, principal: Principal, operation: string): ReadPermit {
    if (this.#faults.has("skip-purpose")) {
      const code = request.headers["czt-purpose"];
      return { principal, operation, purpose: { code: typeof code === "string" ? code : "", consentRequired: false }, consent: undefined };
    }
    const purpose = readPurposeOf(request);
    const consent = purpose.consentRequired && purpose.consentId !== undefined ? this.#usableConsent(purpose.consentId, principal, purpose.code) : undefined;
    return { principal, operation, purpose, consent };
  }

  /** The stored consent, usable by the principal for the purpose now; a 403 naming what is wrong. */
  #usableConsent(consentId: string, principal: Principal, purpose: string, checked?: ConsentTerms & { version: number }): ConsentTerms & { version: number } {
    const stored = this.#records.getRaw(consentId);
    // A retracted consent (entered in error) is no consent.
    if (stored === undefined || stored.recordType !== "consent" || stored.retracted !== undefined) {
      throw readRefused("consent-required", "api.consent-unknown", consentHeader, `no consent record ${consentId}`);
    }
    // Unchanged since the permit checked it (the usual case): no need to parse and check it again.
    if (checked !== undefined && checked.version === stored.version) return checked;
    const consent = { ...consentTermsOf(stored.id, JSON.parse(stored.json) as Record<string, unknown>), version: stored.version };
    if (!this.#faults.has("accept-revoked-consent") || !consent.revoked) checkConsentUsable(consent, principal, purpose, this.#now());
    return consent;
  }

  /**
   * Runs a read in the next group commit: `find` looks the records up; each must be covered by
   * the consent; each is audited. Settles once the group holding the audit events has committed.
   */
  read<T extends ReadRecord>(permit: ReadPermit, find: () => T[]): Promise<T[]> {
    // The skip-audit fault appends nothing: there is nothing to commit, so nothing to wait for.
    if (this.#faults.has("skip-audit")) return new Promise((resolve) => resolve(this.readInTransaction(permit, find)));
    return this.#groups.run(() => this.#checkedAndAudited(permit, find));
  }

  /**
   * The same read, synchronously, for a request that already runs in a transaction of its own
   * (the duplicate check and the person search run as idempotent writes, themselves group-committed).
   */
  readInTransaction<T extends ReadRecord>(permit: ReadPermit, find: () => T[]): T[] {
    return this.#transaction(() => this.#checkedAndAudited(permit, find));
  }

  /** A single read by id: 404 when absent (nothing is audited then). */
  async readOne<T extends ReadRecord>(permit: ReadPermit, find: () => T | undefined, notFound: string): Promise<T> {
    const [record] = await this.read(permit, () => {
      const found = find();
      if (found === undefined) throw problems.notFound(notFound);
      return [found];
    });
    return record!;
  }

  #checkedAndAudited<T extends ReadRecord>(permit: ReadPermit, find: () => T[]): T[] {
    // Checked again in the read's transaction: a revocation committed since the permit (a write
    // earlier in the same group, say) refuses the read.
    const consent = permit.consent === undefined ? undefined : this.#usableConsent(permit.consent.id, permit.principal, permit.purpose.code, permit.consent);
    const found = find();
    if (consent !== undefined) for (const record of found) checkConsentCovers(consent, { id: record.id, recordType: record.recordType, personId: record.personId ?? null });
    if (!this.#faults.has("skip-audit")) {
      const read = { principal: permit.principal, operation: permit.operation, purpose: permit.purpose.code, consentId: permit.consent?.id, at: this.#now().toISOString() };
      for (const record of found) this.#audit.append(read, { id: record.id, recordType: record.recordType, city: record.city ?? null, department: record.department ?? null });
    }
    return found;
  }
}
