import { randomBytes } from "node:crypto";
import fc from "fast-check";
import type { CityCode } from "./agency.js";
import { contract } from "./contract.js";
import { withUniqueIdentity } from "./generators.js";
import { ContractSchemas } from "@czt/validator";
import type { CheckContext, TokenAgency } from "./check.js";
import { checks as allChecks } from "./checks/index.js";
import { contractOperations } from "./contract-operations.js";
import { CheckFailure, type Exchange, HttpClient } from "./exchange.js";
import { checkResponse, type ResponseCheckName, responseCheckNames } from "./response-checks.js";

export interface ConformanceOptions {
  baseUrl: string;
  /** Bearer tokens: the first receives transfers and creates records; a second of another city sends transfers. */
  tokens: string[];
  seed?: number;
  /** Generated cases per property (default 10; CZT_FC_RUNS in the CLI). */
  runs?: number;
  /** Only the checks with these names. */
  only?: string[];
}

export interface CheckFailureReport {
  message: string;
  /** The smallest request that shows the failure (after fast-check shrinking). */
  exchange?: Exchange;
  /** fast-check's replay path of the shrunk counterexample. */
  path?: string;
  counterexample?: string;
}

export interface CheckResult {
  name: string;
  description: string;
  passed: boolean;
  cases: number;
  failures: CheckFailureReport[];
}

export interface ConformanceReport {
  baseUrl: string;
  seed: number;
  runs: number;
  passed: boolean;
  requests: number;
  elapsedMs: number;
  checks: CheckResult[];
}

const responseDescriptions: Record<ResponseCheckName, string> = {
  not_a_server_error: "no response is a 5xx",
  status_code_conformance: "every status code is documented for its operation",
  content_type_conformance: "every response has a documented content type",
  response_schema_conformance: "every response body validates against the contract",
};

async function whoAmI(http: HttpClient, token: string): Promise<TokenAgency> {
  const exchange = await http.send({ operationId: "getCurrentAgency", method: "GET", path: "/v1/me", headers: { authorization: `Bearer ${token}` } });
  if (exchange.response.status !== 200) throw new Error(`GET /v1/me with the token answered ${exchange.response.status}: is the token valid for ${exchange.request.path}?`);
  const me = exchange.response.body as Omit<TokenAgency, "token">;
  return { token, agency: me.agency, city: me.city, scopes: me.scopes };
}

/**
 * Runs every check of the exchange contract against a server: property checks
 * (seeded fast-check, shrunk to a minimal failing request) plus the response
 * checks on every exchange. Never throws for a failing server; throws only when
 * the server cannot be reached or the token is refused outright.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const started = performance.now();
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const runs = options.runs ?? 10;
  const operations = contractOperations(contract);
  const schemas = new ContractSchemas(contract);
  const violations = new Map<ResponseCheckName, CheckFailureReport[]>(responseCheckNames.map((name) => [name, []]));
  const http = new HttpClient(options.baseUrl, (exchange) => {
    for (const violation of checkResponse(exchange, operations, schemas)) violations.get(violation.check)!.push({ message: violation.message, exchange });
  });
  const [mainToken, otherToken] = options.tokens;
  if (mainToken === undefined) throw new Error("the conformance runner needs at least one bearer token");
  const main = await whoAmI(http, mainToken);
  const other = otherToken === undefined ? main : await whoAmI(http, otherToken);
  const nonce = randomBytes(4).toString("hex");
  let counter = 0;
  // Identity numbers continue from a point of their own per run, so that runs against one server rarely meet.
  let identities = Number.parseInt(nonce, 16) % 10_000_000;
  const nextId = (letter: "P" | "E" | "T" | "A" | "C", city: CityCode = main.city) => `${city}-${letter}-cf${nonce}${(counter++).toString(36).padStart(4, "0")}`;
  const context: CheckContext = {
    http,
    main,
    other,
    today: new Date().toISOString().slice(0, 10),
    nextId,
    nextPerson: (draft, city) => ({ ...withUniqueIdentity(draft, identities++ % 10_000_000), id: nextId("P", city) }),
  };

  const results: CheckResult[] = [];
  for (const check of allChecks) {
    if (options.only !== undefined && !options.only.includes(check.name)) continue;
    // `runs` scales every check: a check's own count is its share at the default of 10 (1 means exhaustive, run once).
    const numRuns = check.runs === undefined ? runs : check.runs === 1 ? 1 : Math.max(1, Math.round((check.runs * runs) / 10));
    const details = await fc.check(check.property(context), { seed, numRuns, endOnFailure: false });
    const failures: CheckFailureReport[] = [];
    if (details.failed) {
      const error = details.errorInstance;
      const failure: CheckFailureReport = { message: error instanceof Error ? error.message : String(error), path: details.counterexamplePath ?? "" };
      if (error instanceof CheckFailure && error.exchange !== undefined) failure.exchange = error.exchange;
      if (details.counterexample !== null) failure.counterexample = fc.stringify(details.counterexample).slice(0, 2000);
      failures.push(failure);
    }
    results.push({ name: check.name, description: check.description, passed: !details.failed, cases: details.numRuns, failures });
  }
  for (const name of responseCheckNames) {
    const found = violations.get(name)!;
    // The smallest request of each distinct message is the one worth reading.
    const byMessage = new Map<string, CheckFailureReport>();
    for (const violation of found) {
      const prior = byMessage.get(violation.message);
      if (prior === undefined || size(violation.exchange) < size(prior.exchange)) byMessage.set(violation.message, violation);
    }
    results.push({ name, description: responseDescriptions[name], passed: found.length === 0, cases: http.requests, failures: [...byMessage.values()].slice(0, 10) });
  }
  return { baseUrl: options.baseUrl, seed, runs, passed: results.every((result) => result.passed), requests: http.requests, elapsedMs: Math.round(performance.now() - started), checks: results };
}

function size(exchange: Exchange | undefined): number {
  return exchange === undefined ? Number.POSITIVE_INFINITY : JSON.stringify(exchange.request.body ?? exchange.request.text ?? "").length + exchange.request.path.length;
}
