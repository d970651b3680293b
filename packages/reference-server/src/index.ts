/**
 * @czt/reference-server — the reference implementation of the CZT-SS exchange API
 * (Fastify + SQLite). The API conformance runner that checks any implementation, this one
 * included, is `@czt/conformance`'s.
 */
export { type Agency, type CityCode, type Principal, type Scope, scopes } from "./auth/agency.js";
export { createDemoTokens, type DemoToken, TokenRegistry } from "./auth/token-registry.js";
export { createServer, recordBodyLimit, type ServerOptions } from "./app.js";
export { contract } from "./contract/contract.js";
export { type Fault, faultNames } from "./faults.js";
export { type DatabaseOptions, type Db, migrate, openDatabase } from "./store/database.js";
export { RecordChecker } from "./validation/record-checker.js";
export { transferTransitions } from "./workflow/transfer-transitions.js";
export { type Sandbox, type SandboxOptions, startSandbox } from "./sandbox.js";
export { readExportDirectory } from "./demo/read-exports.js";
export { type SeedItem, type SeedResult, seedRecords } from "./demo/seed.js";
export { defaultToleranceSeconds, type SignatureVerdict, signatureHeader, signDelivery, type VerifyOptions, verifyDelivery } from "./subscriptions/delivery-signature.js";
export { type CommittedListener, type EventFilter, EventLog, type EventType, eventTypes, type FeedEvent, type NewEvent } from "./store/event-log.js";
export { readableRecordTypes, visibleEvent } from "./routes/events.js";
