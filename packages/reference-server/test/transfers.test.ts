import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolment, key, person, startTestServer, type TestServer, transfer } from "./support.js";

let server: TestServer;
const changsha = 0;
const zhuzhou = 1;
let sequence = 0;

beforeAll(async () => {
  server = await startTestServer();
  const post = (url: string, payload: object, agency: number) => server.app.inject({ method: "POST", url, headers: { ...server.auth(agency), "idempotency-key": key() }, payload });
  expect((await post("/v1/persons", person("430100-P-T"), changsha)).statusCode).toBe(201);
  expect((await post("/v1/enrolments", enrolment(server, "430100-E-T", "430100-P-T", changsha, { period: { start: "2015-01-01", end: "2019-12-31" } }), changsha)).statusCode).toBe(201);
  expect((await post("/v1/enrolments", enrolment(server, "430200-E-T", "430100-P-T", zhuzhou), zhuzhou)).statusCode).toBe(201);
});
afterAll(() => server.close());

async function newTransfer(): Promise<{ id: string; etag: string }> {
  const id = `430200-T-${++sequence}`;
  const created = await server.app.inject({ method: "POST", url: "/v1/transfers", headers: { ...server.auth(zhuzhou), "idempotency-key": key() }, payload: transfer(server, id, "430100-P-T", "430100-E-T") });
  expect(created.statusCode).toBe(201);
  return { id, etag: String(created.headers["etag"]) };
}

function act(id: string, action: string, etag: string | undefined, agency: number, body: object = {}) {
  return server.app.inject({
    method: "POST",
    url: `/v1/transfers/${id}/${action}`,
    headers: { ...server.auth(agency), "idempotency-key": key(), ...(etag === undefined ? {} : { "if-match": etag }) },
    payload: body,
  });
}

describe("the transfer state machine", () => {
  it("goes requested → letterIssued → fundsTransferred → completed, each step by its agency, the ETag moving on", async () => {
    const { id, etag } = await newTransfer();
    const letter = await act(id, "issue-contact-letter", etag, zhuzhou, { note: "联系函" });
    expect(letter.statusCode).toBe(200);
    expect(letter.headers["etag"]).toBe('"2"');
    const funds = await act(id, "record-funds-transferred", String(letter.headers["etag"]), changsha);
    expect(funds.statusCode).toBe(200);
    const done = await act(id, "complete", String(funds.headers["etag"]), zhuzhou, { toEnrolmentId: "430200-E-T" });
    expect(done.statusCode).toBe(200);
    const final = done.json();
    expect(final.status).toBe("completed");
    expect(final.to.enrolmentId).toBe("430200-E-T");
    expect(final.steps.map((step: { status: string }) => step.status)).toEqual(["requested", "letterIssued", "fundsTransferred", "completed"]);
    const listed = await server.app.inject({ method: "GET", url: "/v1/transfers?personId=430100-P-T&status=completed", headers: server.auth() });
    expect(listed.json().items.map((item: { id: string }) => item.id)).toContain(id);
  });

  it("refuses an invalid transition with 409 and leaves the transfer as it was", async () => {
    const { id, etag } = await newTransfer();
    const tooEarly = await act(id, "complete", etag, zhuzhou, { toEnrolmentId: "430200-E-T" });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().type).toBe("https://czt-ss.org/problems/invalid-transition");
    const cancelled = await act(id, "cancel", etag, zhuzhou);
    expect(cancelled.statusCode).toBe(200);
    for (const action of ["issue-contact-letter", "reject", "cancel", "record-funds-transferred"]) {
      expect((await act(id, action, String(cancelled.headers["etag"]), action === "record-funds-transferred" ? changsha : zhuzhou, { reasonCode: "other" })).statusCode, action).toBe(409);
    }
    const read = await server.app.inject({ method: "GET", url: `/v1/transfers/${id}`, headers: server.auth() });
    expect(read.headers["etag"]).toBe(cancelled.headers["etag"]);
  });

  it("answers 428 without If-Match and 412 for a stale ETag", async () => {
    const { id, etag } = await newTransfer();
    expect((await act(id, "issue-contact-letter", undefined, zhuzhou)).statusCode).toBe(428);
    const letter = await act(id, "issue-contact-letter", etag, zhuzhou);
    expect(letter.statusCode).toBe(200);
    const stale = await act(id, "reject", etag, zhuzhou, { reasonCode: "missingDocuments" });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().type).toBe("https://czt-ss.org/problems/precondition-failed");
  });

  it("lets only the agency whose turn it is act (403), and needs a reason to reject (422)", async () => {
    const { id, etag } = await newTransfer();
    expect((await act(id, "issue-contact-letter", etag, changsha)).statusCode).toBe(403);
    expect((await act(id, "issue-contact-letter", etag, 2)).statusCode).toBe(403);
    const noReason = await act(id, "reject", etag, changsha);
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].pointer).toBe("/reasonCode");
    expect((await act(id, "reject", etag, changsha, { reasonCode: "drawingPension" })).statusCode).toBe(200);
  });

  it("needs the receiving enrolment to complete, and a new transfer must start as requested", async () => {
    const { id, etag } = await newTransfer();
    const letter = await act(id, "issue-contact-letter", etag, zhuzhou);
    const funds = await act(id, "record-funds-transferred", String(letter.headers["etag"]), changsha);
    const incomplete = await act(id, "complete", String(funds.headers["etag"]), zhuzhou);
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().errors[0].pointer).toBe("/toEnrolmentId");
    const skipped = { ...transfer(server, "430200-T-skip", "430100-P-T", "430100-E-T"), status: "completed" };
    const refused = await server.app.inject({ method: "POST", url: "/v1/transfers", headers: { ...server.auth(zhuzhou), "idempotency-key": key() }, payload: skipped });
    expect(refused.statusCode).toBe(422);
  });
});
