import { idNumberCheckCharacter } from "@czt/domain";
import type { FastifyInstance } from "fastify";
import { createServer } from "../src/app.js";
import { createDemoTokens, type DemoToken, TokenRegistry } from "../src/auth/token-registry.js";
import type { Fault } from "../src/faults.js";
import { type Db, openDatabase } from "../src/store/database.js";
import type { RetryPolicy } from "../src/subscriptions/backoff.js";
import { RecordChecker } from "../src/validation/record-checker.js";

/** One validator for every server of a test file: compiling the schemas is the slow part. */
export const sharedChecker = new RecordChecker();

export interface TestServer {
  app: FastifyInstance;
  db: Db;
  demo: DemoToken[];
  /** The server's token registry: a test adds tokens with fewer scopes to it. */
  tokens: TokenRegistry;
  /** Authorization header of the demo agency of a city (0 Changsha, 1 Zhuzhou, 2 Xiangtan). */
  auth(index?: number): Record<string, string>;
  url: string;
  close(): Promise<void>;
}

/** `now`: the server's clock (the real one unless given). */
/** `deliveries`: the retry policy of subscription deliveries (tests shorten its waits). */
export async function startTestServer(
  options: { faults?: Fault[]; listen?: boolean; db?: string; now?: () => Date; checker?: RecordChecker; deliveries?: Partial<RetryPolicy> } = {},
): Promise<TestServer> {
  const db = openDatabase(options.db ?? ":memory:");
  const demo = createDemoTokens();
  const tokens = new TokenRegistry();
  for (const entry of demo) tokens.add(entry.token, entry.principal);
  const app = createServer({ db, tokens, checker: options.checker ?? sharedChecker, faults: options.faults ?? [],
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.deliveries === undefined ? {} : { deliveries: options.deliveries }),
  });
  let url = "";
  if (options.listen) {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
  } else await app.ready();
  return {
    app,
    db,
    demo,
    tokens,
    url,
    auth: (index = 0) => ({ authorization: `Bearer ${demo[index]!.token}`, ...readPurpose }),
    async close() {
      await app.close();
      db.close();
    },
  };
}

/**
 * The purpose every test request states (v1.1: reads of personal data need one); writes ignore it.
 * 参保登记 needs no consent; tests of purpose and consent send their own headers.
 */
export const readPurpose = { "czt-purpose": "enrolmentRegistration" } as const;

export const changshaHrss = (server: TestServer) => server.demo[0]!.principal.agency;

const idNumbers = new Map<string, string>([["430100-P-000123", "430102199003071234"]]);

/**
 * A valid identity number of a man born 1990-03-07, one per record id (the server refuses
 * two persons with one number in a city, as the validator does): the domain reference's
 * vector for the default id, odd sequence numbers (male) for the others.
 */
function idNumberFor(id: string): string {
  let idNumber = idNumbers.get(id);
  if (idNumber === undefined) {
    const first17 = `43010219900307${String(2 * (idNumbers.size % 500) + 1).padStart(3, "0")}`;
    idNumber = first17 + idNumberCheckCharacter(first17);
    idNumbers.set(id, idNumber);
  }
  return idNumber;
}

/** 张伟, 1990-03-07, male; the identity number of the domain reference for the default id, a number of its own for every other id. */
export function person(id = "430100-P-000123", overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    recordType: "person",
    id,
    meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
    idNumber: idNumberFor(id),
    name: "张伟",
    sex: "1",
    birthDate: "1990-03-07",
    nationality: "CHN",
    ...overrides,
  };
}

export function enrolment(server: TestServer, id: string, personId: string, cityIndex = 0, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const principal = server.demo[cityIndex]!.principal;
  return {
    recordType: "enrolment",
    id,
    meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
    personId,
    scheme: "pension.employee",
    employer: { creditCode: "91430100MA4L12346D" },
    city: principal.city,
    agency: principal.agency,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2020-01-01" },
    ...overrides,
  };
}

/**
 * A pension transfer from Changsha (index 0) to Zhuzhou (index 1), requested by Zhuzhou:
 * one pool since Hunan's provincial pooling (the standard's default table), so no funds move.
 */
export function transfer(server: TestServer, id: string, personId: string, fromEnrolmentId: string): Record<string, unknown> {
  const from = server.demo[0]!.principal;
  const to = server.demo[1]!.principal;
  return {
    recordType: "transfer",
    id,
    meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
    personId,
    kind: "pension.employee.intercity",
    from: { city: from.city, agency: from.agency, enrolmentId: fromEnrolmentId },
    to: { city: to.city, agency: to.agency },
    status: "requested",
    steps: [{ status: "requested", at: "2026-01-15T09:30:00+08:00" }],
    contributionMonths: 12,
    individualAccountBalance: 0,
    pooledFundAmount: 0,
    contributions: [{ year: 2025, months: 12, monthlyBase: 500000, individualAmount: 480000, employerAmount: 960000 }],
  };
}

let keys = 0;
export const key = () => `test-key-${++keys}`;
