import type { FastifyRequest } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProblemException } from "../src/http/problem.js";
import { ReadGuard } from "../src/reads/read-guard.js";
import { AuditLog } from "../src/store/audit-log.js";
import { GroupCommit } from "../src/store/group-commit.js";
import { RecordStore } from "../src/store/record-store.js";
import { consent, create, createPerson } from "./consent-fixtures.js";
import { key, startTestServer, type TestServer } from "./support.js";

// A read is permitted when its request arrives, but runs (and is audited) later, in the group
// commit of its turn. A consent revoked in between — by a revocation committed first, or by a
// write earlier in the same group — must refuse the read, exactly as if it had run at once.
let server: TestServer;
let records: RecordStore;
let groups: GroupCommit;
let guard: ReadGuard;

beforeAll(async () => {
  server = await startTestServer();
  await createPerson(server, "430100-P-G1");
  records = new RecordStore(server.db);
  groups = new GroupCommit(server.db);
  guard = new ReadGuard(server.db, records, new AuditLog(server.db), groups, new Set(), () => new Date());
});
afterAll(() => server.close());

const auditedReads = () => server.db.prepare("SELECT count(*) FROM audit_events WHERE record_id = '430100-P-G1'").pluck().get() as number;

function permitUnder(consentId: string) {
  const request = { headers: { "czt-purpose": "dibaoReview", "czt-consent": consentId } } as unknown as FastifyRequest;
  return guard.permit(request, server.demo[0]!.principal, "getPerson");
}

const readPerson = (permit: ReturnType<typeof permitUnder>) => guard.readOne(permit, () => records.getRaw("430100-P-G1"), "no person");

async function refusal(read: Promise<unknown>): Promise<unknown> {
  const error = await read.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ProblemException);
  return (error as ProblemException).problem;
}

describe("a consent revoked after the read was permitted, before it ran", () => {
  it("refuses the read (403 api.consent-revoked) and audits nothing, when the revocation committed in between", async () => {
    await create(server, "/v1/consents", consent(server, "430100-C-G1", "430100-P-G1"));
    const permit = permitUnder("430100-C-G1");
    const revoked = await server.app.inject({ method: "POST", url: "/v1/consents/430100-C-G1/revoke", headers: { ...server.auth(0), "idempotency-key": key(), "if-match": '"1"' }, payload: {} });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const before = auditedReads();
    expect(await refusal(readPerson(permit))).toMatchObject({ status: 403, errors: [{ ruleId: "api.consent-revoked" }] });
    expect(auditedReads()).toBe(before);
  });

  it("refuses the read when a write earlier in the same group revokes the consent, and answers one under an unchanged consent", async () => {
    await create(server, "/v1/consents", consent(server, "430100-C-G2", "430100-P-G1"));
    const permit = permitUnder("430100-C-G2");
    const revocation = groups.run(() =>
      server.db
        .prepare("UPDATE records SET body = json_set(body, '$.revoked', json('true'), '$.revokedAt', '2026-05-10T09:30:00+08:00'), version = version + 1 WHERE id = ?")
        .run("430100-C-G2"),
    );
    const read = readPerson(permit);
    await revocation;
    expect(await refusal(read)).toMatchObject({ status: 403, errors: [{ ruleId: "api.consent-revoked" }] });

    await create(server, "/v1/consents", consent(server, "430100-C-G3", "430100-P-G1"));
    const before = auditedReads();
    expect(await readPerson(permitUnder("430100-C-G3"))).toMatchObject({ id: "430100-P-G1" });
    expect(auditedReads()).toBe(before + 1);
  });
});
