import type { FastifyRequest } from "fastify";
import type { Principal, Scope } from "./auth/agency.js";
import type { Fault } from "./faults.js";
import type { IdempotentWrites } from "./http/idempotent.js";
import type { ContractSchemas } from "@czt/validator";
import type { RecordChecker } from "./validation/record-checker.js";
import type { Db } from "./store/database.js";
import type { EventLog } from "./store/event-log.js";
import type { IdempotencyStore } from "./store/idempotency-store.js";
import type { RecordStore } from "./store/record-store.js";
import type { ReadGuard } from "./reads/read-guard.js";
import type { AuditLog } from "./store/audit-log.js";

/** What every route handler shares. */
export interface ServerContext {
  db: Db;
  records: RecordStore;
  /** The change feed: every write appends its event in its own transaction. */
  events: EventLog;
  /** Purpose, consent and audit of reads of personal data. */
  reads: ReadGuard;
  audit: AuditLog;
  idempotency: IdempotencyStore;
  writes: IdempotentWrites;
  checker: RecordChecker;
  contractSchemas: ContractSchemas;
  faults: ReadonlySet<Fault>;
  now: () => Date;
}

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | undefined;
    /** The version of the standard the request follows (`CZT-Schema-Version`, default the current one). */
    schemaVersion: string;
  }
  interface FastifyContextConfig {
    operationId?: string;
    /** The scope the operation needs. */
    scope?: Scope;
    /** Needs a valid token but no particular scope. */
    authenticated?: boolean;
  }
}

/** The authenticated principal of a request (the auth hook has run for every scoped route). */
export function principalOf(request: FastifyRequest): Principal {
  const principal = request.principal;
  if (principal === undefined) throw new Error(`route ${request.url} has no principal: is its scope configured?`);
  return principal;
}
