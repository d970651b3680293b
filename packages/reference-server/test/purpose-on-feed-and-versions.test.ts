import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consent, create, createPerson, read } from "./consent-fixtures.js";
import { enrolment, startTestServer, type TestServer } from "./support.js";

// Issue 17: the change feed and the versions of a record carry records' bodies, so they are reads of
// personal data like GET /v1/persons/{id}: CZT-Purpose (and CZT-Consent where the purpose needs it),
// and one audit event per personal record they return.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await createPerson(server, "430100-P-V1");
  await createPerson(server, "430100-P-V2");
  await create(server, "/v1/enrolments", enrolment(server, "430100-E-V1", "430100-P-V1"));
  await create(server, "/v1/consents", consent(server, "430100-C-V1", "430100-P-V1"));
});
afterAll(() => server.close());

type Audit = { operation: string; recordId: string; recordType: string; purpose: string; consentId?: string };
const auditRows = (operation: string): Audit[] =>
  (
    server.db.prepare("SELECT operation, record_id, record_type, purpose, consent_id FROM audit_events WHERE operation = ? ORDER BY id").all(operation) as {
      operation: string;
      record_id: string;
      record_type: string;
      purpose: string;
      consent_id: string | null;
    }[]
  ).map((row) => ({ operation: row.operation, recordId: row.record_id, recordType: row.record_type, purpose: row.purpose, ...(row.consent_id === null ? {} : { consentId: row.consent_id }) }));

describe("GET /v1/events states its purpose and is audited", () => {
  it("refuses a page that may hold personal data without CZT-Purpose: 403 naming the header, nothing audited", async () => {
    const response = await read(server, "/v1/events");
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ errors: [{ ruleId: "api.purpose-missing", pointer: "/headers/CZT-Purpose" }] });
    expect(auditRows("listEvents")).toEqual([]);
  });

  it("serves the page with a purpose and audits every event that carries a personal record, under that purpose", async () => {
    const response = await read(server, "/v1/events?limit=1000", { "czt-purpose": "statistics" });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { recordType: string; recordId: string; record?: unknown }[];
    const personal = items.filter((event) => event.record !== undefined && event.recordType !== "organisation" && event.recordType !== "donation");
    expect(personal.length).toBeGreaterThanOrEqual(4);
    expect(auditRows("listEvents")).toEqual(personal.map((event) => ({ operation: "listEvents", recordId: event.recordId, recordType: event.recordType, purpose: "statistics" })));
  });

  it("needs no purpose for a feed of organisations and donations only (no personal data)", async () => {
    const response = await read(server, "/v1/events?recordTypes=organisation,donation");
    expect(response.statusCode).toBe(200);
  });

  it("refuses a purpose that needs consent when the page holds another person's records", async () => {
    const response = await read(server, "/v1/events?recordTypes=person", { "czt-purpose": "dibaoReview", "czt-consent": "430100-C-V1" });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ errors: [{ ruleId: "api.consent-other-person" }] });
  });
});

describe("the versions of a record state their purpose and are audited", () => {
  it("refuses GET …/versions and …/versions/{n} without CZT-Purpose", async () => {
    for (const url of ["/v1/persons/430100-P-V1/versions", "/v1/persons/430100-P-V1/versions/1"]) {
      const response = await read(server, url);
      expect(response.statusCode, url).toBe(403);
      expect(response.json()).toMatchObject({ errors: [{ ruleId: "api.purpose-missing" }] });
    }
  });

  it("audits the list of versions and one version, each under its purpose and consent", async () => {
    const list = await read(server, "/v1/persons/430100-P-V1/versions", { "czt-purpose": "benefitVerification" });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(1);
    const one = await read(server, "/v1/enrolments/430100-E-V1/versions/1", { "czt-purpose": "dibaoReview", "czt-consent": "430100-C-V1" });
    expect(one.statusCode).toBe(200);
    expect(auditRows("listPersonVersions")).toEqual([{ operation: "listPersonVersions", recordId: "430100-P-V1", recordType: "person", purpose: "benefitVerification" }]);
    expect(auditRows("getEnrolmentVersion")).toEqual([
      { operation: "getEnrolmentVersion", recordId: "430100-E-V1", recordType: "enrolment", purpose: "dibaoReview", consentId: "430100-C-V1" },
    ]);
  });

  it("refuses another person's versions under a consent, and audits nothing for a missing version", async () => {
    const other = await read(server, "/v1/persons/430100-P-V2/versions", { "czt-purpose": "dibaoReview", "czt-consent": "430100-C-V1" });
    expect(other.statusCode).toBe(403);
    const before = auditRows("getPersonVersion").length;
    const missing = await read(server, "/v1/persons/430100-P-V1/versions/9", { "czt-purpose": "benefitVerification" });
    expect(missing.statusCode).toBe(404);
    expect(auditRows("getPersonVersion")).toHaveLength(before);
  });
});
