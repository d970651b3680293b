import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConformanceReport, formatConformanceReport, runConformance } from "@czt/conformance/api";
import type { Fault } from "../src/faults.js";
import { startTestServer, type TestServer } from "./support.js";

const seed = Number(process.env["CZT_FC_SEED"] ?? 20261128);
const runs = Number(process.env["CZT_FC_RUNS"] ?? 10);

async function runAgainst(faults: Fault[], only?: string[]): Promise<ConformanceReport> {
  const server = await startTestServer({ faults, listen: true });
  try {
    return await runConformance({ baseUrl: server.url, tokens: [server.demo[1]!.token, server.demo[0]!.token], seed, runs, ...(only === undefined ? {} : { only }) });
  } finally {
    await server.close();
  }
}

const failed = (report: ConformanceReport) => report.checks.filter((check) => !check.passed).map((check) => check.name);

describe("the API conformance runner against the reference server", () => {
  let report: ConformanceReport;
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ listen: true });
    report = await runConformance({ baseUrl: server.url, tokens: [server.demo[1]!.token, server.demo[0]!.token], seed, runs });
    // A whole conformance run: on a 2-core CI machine running every package's tests at once it can take well over 10 s.
  }, 120_000);
  afterAll(() => server.close());

  it("passes every check", () => {
    expect(failed(report), formatConformanceReport(report, "text")).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.checks.map((check) => check.name)).toEqual(
      expect.arrayContaining(["subscription_signatures", "subscription_retries", "ignored_auth", "own_ids_and_agency", "duplicates_refused", "transfer_sides_enforced", "transfer_workflow", "invalid_transitions_refused", "stale_etag_refused", "idempotent_replay", "response_schema_conformance", "feed_order_and_completeness", "corrections_keep_versions", "retraction_tombstone", "person_links", "purpose_enforced", "consent_enforced", "reads_audited", "person_search_by_body", "deprecated_search_headers", "case_searches"]),
    );
    expect(report.requests).toBeGreaterThan(300);
  });

  it("reports the seed in every format", () => {
    expect(formatConformanceReport(report, "text")).toContain(`seed ${seed}`);
    expect(JSON.parse(formatConformanceReport(report, "json"))).toMatchObject({ seed, passed: true });
    const junit = formatConformanceReport(report, "junit");
    expect(junit).toContain(`tests="${report.checks.length}" failures="0"`);
    expect(junit).toContain(`<property name="seed" value="${seed}"/>`);
  });
});

/** Each deliberately broken server is caught by the check that guards against its fault. */
const faultCases: { fault: Fault; only: string[]; caughtBy: string }[] = [
  { fault: "undocumented-status", only: ["positive_data_acceptance"], caughtBy: "status_code_conformance" },
  { fault: "skip-auth", only: ["ignored_auth"], caughtBy: "ignored_auth" },
  { fault: "invalid-body", only: ["use_after_create"], caughtBy: "response_schema_conformance" },
  { fault: "ignore-idempotency", only: ["idempotent_replay"], caughtBy: "idempotent_replay" },
  { fault: "ignore-if-match", only: ["stale_etag_refused"], caughtBy: "stale_etag_refused" },
  { fault: "server-error", only: ["valid_queries_accepted"], caughtBy: "not_a_server_error" },
  { fault: "skip-ownership", only: ["ownership_enforced"], caughtBy: "ownership_enforced" },
  { fault: "skip-ownership", only: ["own_ids_and_agency"], caughtBy: "own_ids_and_agency" },
  { fault: "skip-ownership", only: ["transfer_sides_enforced"], caughtBy: "transfer_sides_enforced" },
  { fault: "allow-duplicates", only: ["duplicates_refused"], caughtBy: "duplicates_refused" },
  { fault: "feed-out-of-order", only: ["feed_order_and_completeness"], caughtBy: "feed_order_and_completeness" },
  { fault: "drop-old-versions", only: ["corrections_keep_versions"], caughtBy: "corrections_keep_versions" },
  { fault: "retraction-deletes", only: ["retraction_tombstone"], caughtBy: "retraction_tombstone" },
  { fault: "link-one-side", only: ["person_links"], caughtBy: "person_links" },
  { fault: "unsigned-deliveries", only: ["subscription_signatures"], caughtBy: "subscription_signatures" },
  { fault: "no-delivery-retries", only: ["subscription_retries"], caughtBy: "subscription_retries" },
  // Issue 17, consent: purpose, consent, audit and the searches.
  { fault: "skip-purpose", only: ["purpose_enforced"], caughtBy: "purpose_enforced" },
  { fault: "skip-purpose", only: ["consent_enforced"], caughtBy: "consent_enforced" },
  { fault: "accept-revoked-consent", only: ["consent_enforced"], caughtBy: "consent_enforced" },
  { fault: "skip-audit", only: ["reads_audited"], caughtBy: "reads_audited" },
  { fault: "id-number-in-url-only", only: ["person_search_by_body"], caughtBy: "person_search_by_body" },
  { fault: "id-number-in-url-only", only: ["deprecated_search_headers"], caughtBy: "deprecated_search_headers" },
  { fault: "head-only-member-search", only: ["case_searches"], caughtBy: "case_searches" },
];

describe("the runner against deliberately broken servers", () => {
  it.each(faultCases)("catches $fault with $caughtBy, naming a minimal failing request", async ({ fault, only, caughtBy }) => {
    const report = await runAgainst([fault], only);
    expect(report.passed).toBe(false);
    expect(failed(report)).toContain(caughtBy);
    const failure = report.checks.find((check) => check.name === caughtBy)!.failures[0]!;
    expect(failure.exchange?.request.path).toMatch(/^\/v1\//);
    const text = formatConformanceReport(report, "text");
    expect(text).toContain("minimal failing request:");
    expect(text).toContain(`seed ${seed}`);
    expect(text).not.toMatch(/Bearer czt_[A-Za-z-]+_[A-Za-z0-9_-]{20,}/);
  });

  it("shrinks the failing request to the boundary that breaks the server", async () => {
    const report = await runAgainst(["server-error"], ["valid_queries_accepted"]);
    const failure = report.checks.find((check) => check.name === "valid_queries_accepted")!.failures[0]!;
    expect(failure.exchange?.request.path).toBe("/v1/enrolments?limit=100");
  });
});

describe("conformance reports", () => {
  it("mask identity numbers in the server's responses but keep the runner's own request whole", async () => {
    const { maskResponseText } = await import("@czt/conformance/api");
    expect(maskResponseText('{"idNumber":"430102199003071234","id":"430100-P-000123"}')).toBe('{"idNumber":"430102********1234","id":"430100-P-000123"}');
    expect(maskResponseText("43030220000229001x")).toBe("430302********001x");
  });
});
