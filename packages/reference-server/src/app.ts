import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from "fastify";
import type { Principal } from "./auth/agency.js";
import { authenticate } from "./auth/authenticate.js";
import type { TokenRegistry } from "./auth/token-registry.js";
import type { ServerContext } from "./context.js";
import type { Fault } from "./faults.js";
import { contract } from "./contract/contract.js";
import { answerClientError } from "./http/client-errors.js";
import { IdempotentWrites } from "./http/idempotent.js";
import { parseJsonBody } from "./http/json-body.js";
import { requireUtf8Charset } from "./http/media-type.js";
import { ProblemException, problemContentType, problems } from "./http/problem.js";
import { requestedSchemaVersion, schemaVersionHeader } from "./http/schema-version.js";
import { defaultTransportLimits, type TransportLimits, timeoutCheckInterval } from "./http/transport-limits.js";
import { registerAssistanceReviews } from "./routes/assistance-reviews.js";
import { registerDocs } from "./routes/docs.js";
import { registerDuplicateChecks } from "./routes/duplicate-checks.js";
import { registerEventFeed } from "./routes/events.js";
import { registerPersonLinks } from "./routes/person-links.js";
import { registerRecordCorrections } from "./routes/record-corrections.js";
import { registerMe } from "./routes/me.js";
import { registerRecordRoutes } from "./routes/records.js";
import { registerSubscriptions } from "./routes/subscriptions.js";
import { registerTransferTransitions } from "./routes/transfer-transitions.js";
import { registerValidations } from "./routes/validations.js";
import type { Db } from "./store/database.js";
import { EventLog } from "./store/event-log.js";
import { GroupCommit } from "./store/group-commit.js";
import { IdempotencyStore } from "./store/idempotency-store.js";
import { RecordStore } from "./store/record-store.js";
import { AuditLog } from "./store/audit-log.js";
import { personalRecordTypes, ReadGuard } from "./reads/read-guard.js";
import { registerAuditEvents } from "./routes/audit-events.js";
import { registerConsentRevocation } from "./routes/consent-revocation.js";
import { registerPersonSearches } from "./routes/person-searches.js";
import { WalCheckpointer } from "./store/wal-checkpointer.js";
import { defaultRetryPolicy, type RetryPolicy } from "./subscriptions/backoff.js";
import { allowEveryHttpTarget, type CallbackTargetPolicy } from "./subscriptions/callback-url.js";
import { DeliveryWorker, subscriberPrincipal } from "./subscriptions/delivery-worker.js";
import { NamedFilterQueries } from "./subscriptions/subscription-filter.js";
import { SubscriptionStore } from "./subscriptions/subscription-store.js";
import { ContractSchemas } from "@czt/validator";
import { RecordChecker } from "./validation/record-checker.js";
import { ValidationPool, type ValidationPoolOptions } from "./validation/validation-pool.js";

/** Largest record body accepted (the contract's 413 limit for records). */
export const recordBodyLimit = 1024 * 1024;

export interface ServerOptions {
  db: Db;
  tokens: TokenRegistry;
  /** Deliberate defects for testing the conformance runner; never set by `czt serve`. */
  faults?: readonly Fault[];
  now?: () => Date;
  /** Shared between servers in one process (compiling the schemas takes a while). */
  checker?: RecordChecker;
  /** Told about every internal error (a 500); the server itself never prints. */
  onInternalError?: (error: unknown, request: { method: string; url: string }) => void;
  /** Time, connection and header limits; each defaults to `defaultTransportLimits`. */
  limits?: Partial<TransportLimits>;
  /** The worker threads of `POST /v1/validations`; each defaults to `defaultValidationPoolOptions`. */
  validation?: Partial<ValidationPoolOptions>;
  /**
   * Fastify's `trustProxy`: which peers' X-Forwarded-* headers to believe (for the origin
   * /openapi.json advertises, among others). Off by default: a direct client could spoof them.
   */
  trustProxy?: FastifyServerOptions["trustProxy"];
  /**
   * The change feed over `db`, when the caller wants to be told of committed events in
   * process (`events.onCommitted`); by default the server makes its own.
   */
  events?: EventLog;
  /** How subscription deliveries are retried and timed out; each defaults to `defaultRetryPolicy`. */
  deliveries?: Partial<RetryPolicy>;
  /**
   * Which callback URLs subscriptions may name beyond http(s): every host by default, loopback
   * included. A production deployment should pass a policy that restricts targets.
   */
  callbackTargets?: CallbackTargetPolicy;
}

function toProblem(error: unknown): ProblemException {
  if (error instanceof ProblemException) return error;
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return problems.payloadTooLarge(fastifyError.message ?? "the body is too large");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return problems.unsupportedMediaType("send application/json (records) or application/x-ndjson (validations)");
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return problems.badRequest("the Content-Length does not match the body");
    case "FST_ERR_MAX_PARAM_LENGTH":
      return problems.uriTooLong("a path segment of the request is too long");
    case "FST_ERR_BAD_URL":
      return problems.badRequest("the request path is not a valid URL");
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return new ProblemException(status, "bad-request", "Bad request", fastifyError.message);
  return new ProblemException(500, "internal-error", "Internal server error", "the server failed to handle this request; it has been logged");
}

/** The reference server of the exchange API: Fastify routes over a SQLite store. Call `listen` or `inject` on it. */
export function createServer(options: ServerOptions): FastifyInstance {
  const faults = new Set(options.faults ?? []);
  const idempotency = new IdempotencyStore(options.db);
  const events = options.events ?? new EventLog(options.db);
  const records = new RecordStore(options.db);
  const audit = new AuditLog(options.db);
  const now = options.now ?? (() => new Date());
  // One group commit for writes and audited reads: what arrives in one turn of the event loop commits once.
  const groups = new GroupCommit(options.db, () => events.committed());
  const context: ServerContext = {
    db: options.db,
    records,
    events,
    audit,
    reads: new ReadGuard(options.db, records, audit, groups, faults, now),
    idempotency,
    writes: new IdempotentWrites(options.db, idempotency, groups, faults.has("ignore-idempotency")),
    checker: options.checker ?? new RecordChecker(),
    contractSchemas: new ContractSchemas(contract),
    faults,
    now,
  };
  const fallback: Principal | undefined = faults.has("skip-auth") ? options.tokens.entries()[0]?.[1] : undefined;

  const subscriptions = new SubscriptionStore(options.db);
  const deliveries = new DeliveryWorker(subscriptions, events, new NamedFilterQueries(options.db), {
    retry: { ...defaultRetryPolicy, ...options.deliveries },
    now: context.now,
    unsigned: faults.has("unsigned-deliveries"),
    noRetries: faults.has("no-delivery-retries"),
    // A delivered event with a personal record is a read of it by the subscriber, under the subscription's purpose.
    onDelivered: (subscription, event, at) => {
      if (faults.has("skip-audit") || event.record === undefined || !personalRecordTypes.has(event.recordType)) return;
      const read = { principal: subscriberPrincipal(subscription), operation: "receiveSubscriptionDelivery", purpose: subscription.purpose ?? "", consentId: undefined, at };
      audit.append(read, { id: event.recordId, recordType: event.recordType, city: event.city ?? null, department: event.department ?? null });
    },
  });

  const limits: TransportLimits = { ...defaultTransportLimits, ...options.limits };
  const validations = new ValidationPool(options.validation);

  const sendProblem = (error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const problem = toProblem(error);
    if (problem.problem.status === 500) options.onInternalError?.(error, { method: request.method, url: request.url.split("?")[0] ?? "" });
    const body = { ...problem.problem, instance: request.url.split("?")[0] };
    return reply.code(problem.problem.status).headers(problem.headers).type(problemContentType).send(JSON.stringify(body));
  };

  // No request logging: bodies and URLs carry personal data.
  const app = Fastify({
    logger: false,
    bodyLimit: recordBodyLimit,
    trustProxy: options.trustProxy ?? false,
    // Refused below as problem+json instead (Fastify's own 503 is plain JSON).
    return503OnClosing: false,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      maxHeaderSize: limits.maxHeaderBytes,
      connectionsCheckingInterval: timeoutCheckInterval(limits),
    },
    // Record ids are up to 128 characters; a longer path segment is a 414, answered as problem+json.
    routerOptions: { maxParamLength: 128 },
    clientErrorHandler: answerClientError,
    frameworkErrors: sendProblem,
  });
  app.server.maxConnections = limits.maxConnections;
  app.decorateRequest("principal", undefined);
  app.decorateRequest("schemaVersion", "");

  let closing = false;
  app.addHook("preClose", (done) => {
    closing = true;
    done();
  });
  // Before authentication: requests the server will not serve are refused unread.
  app.addHook("onRequest", (request, _reply, done) => {
    if (closing) return done(problems.serviceUnavailable("the server is shutting down", 5));
    if (Buffer.byteLength(request.url) > limits.maxUrlBytes) return done(problems.uriTooLong(`the request target is over ${limits.maxUrlBytes} bytes`));
    done();
  });
  // Which version of the standard the request and its response follow; before authentication:
  // a client that sends a version the server does not speak learns it whatever its token.
  app.addHook("onRequest", (request, reply, done) => {
    try {
      request.schemaVersion = requestedSchemaVersion(request.headers["czt-schema-version"]);
    } catch (error) {
      return done(error as Error);
    }
    reply.header(schemaVersionHeader, request.schemaVersion).header("vary", schemaVersionHeader);
    done();
  });

  // Only the documented media types are read; anything else (text/plain included) is a 415, never parsed.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, body, done) => {
    try {
      requireUtf8Charset(request.headers["content-type"]);
      done(null, parseJsonBody(body as Buffer));
    } catch (error) {
      done(error as Error);
    }
  });

  // A callback hook, not an async one: authenticating does no I/O, so it needs no promise per request.
  app.addHook("onRequest", (request, _reply, done) => {
    const config = request.routeOptions.config;
    if (config.scope === undefined && config.authenticated !== true) return done();
    const scope = faults.has("skip-ownership") ? undefined : config.scope;
    try {
      request.principal = authenticate(request, options.tokens, scope, fallback);
    } catch (error) {
      return done(error as Error);
    }
    done();
  });

  if (faults.has("undocumented-status") || faults.has("invalid-body")) {
    app.addHook("onSend", async (request, reply, payload) => {
      const operationId = request.routeOptions.config.operationId;
      if (faults.has("undocumented-status") && operationId === "createPerson" && reply.statusCode === 201) reply.code(200);
      if (faults.has("invalid-body") && operationId === "getPerson" && reply.statusCode === 200 && typeof payload === "string") {
        const { name: _dropped, ...rest } = JSON.parse(payload) as Record<string, unknown>;
        return JSON.stringify(rest);
      }
      return payload;
    });
  }

  app.setErrorHandler(sendProblem);

  app.setNotFoundHandler((request, reply) => {
    const problem = problems.notFound(`no operation ${request.method} ${request.url.split("?")[0]}`);
    return reply.code(404).type(problemContentType).send(JSON.stringify(problem.problem));
  });

  // Idempotency keys are kept 24 hours; expired ones are dropped hourly.
  let purge: NodeJS.Timeout | undefined;
  // WAL checkpoints (an fsync each) run off the event loop while the server is up.
  let checkpointer: WalCheckpointer | undefined;
  app.addHook("onReady", async () => {
    context.idempotency.purgeExpired();
    purge = setInterval(() => context.idempotency.purgeExpired(), 60 * 60 * 1000).unref();
    checkpointer = WalCheckpointer.start(options.db);
    deliveries.start();
  });
  app.addHook("onClose", async () => {
    clearInterval(purge);
    await Promise.all([checkpointer?.stop(), validations.close(), deliveries.stop()]);
  });

  registerDocs(app);
  registerMe(app);
  registerRecordRoutes(app, context);
  registerTransferTransitions(app, context);
  registerAssistanceReviews(app, context);
  registerDuplicateChecks(app, context);
  if (!faults.has("id-number-in-url-only")) registerPersonSearches(app, context);
  registerAuditEvents(app, context);
  registerConsentRevocation(app, context);
  registerValidations(app, validations);
  registerEventFeed(app, context);
  registerRecordCorrections(app, context);
  registerPersonLinks(app, context);
  registerSubscriptions(app, context, { store: subscriptions, worker: deliveries, callbackTargets: options.callbackTargets ?? allowEveryHttpTarget });
  return app;
}
