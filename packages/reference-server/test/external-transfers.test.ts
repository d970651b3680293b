import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolment, key, person, startTestServer, type TestServer, transfer } from "./support.js";

// Since 1.1 either side of a transfer may lie outside the three cities, described as `external`
// (docs/reference/transfer.md, rule transfer.side-outside-three-cities): a migrant worker arriving
// from another province (from.external) or leaving for one (to.external). The server holds the
// side in the dataset to account, and that side records the steps of the office outside it.

let server: TestServer;
const changsha = 0;
const zhuzhou = 1;
const xiangtan = 2;

type Body = Record<string, unknown>;

/** A real HTTP request to the listening server as a demo agency; the status, ETag and JSON body. */
async function send(method: string, path: string, agency: number, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...server.auth(agency), ...(body === undefined ? {} : { "content-type": "application/json", "idempotency-key": key() }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get("etag") ?? "", body: (text === "" ? {} : JSON.parse(text)) as Body, text };
}

const act = (id: string, action: string, agency: number, etag: string, body: object = {}) => send("POST", `/v1/transfers/${id}/${action}`, agency, body, { "if-match": etag });

const guangzhou = { city: "440100", external: { agency: { name: "广州市社会保险基金管理中心" }, localId: "1006623841" } };
const shenzhen = { city: "440300", external: { agency: { name: "深圳市社会保险基金管理局" }, localId: "642318857" } };

/**
 * One year of enterprise pension contributions moved between two pools (another province and
 * Hunan): 12 % of the wages as pooled fund, the individual account in full.
 */
const betweenPools = {
  contributionMonths: 12,
  individualAccountBalance: 480000,
  pooledFundAmount: 720000,
  contributions: [{ year: 2025, months: 12, monthlyBase: 500000, individualAmount: 480000, employerAmount: 960000 }],
};

/** A transfer in from Guangzhou, filed by Zhuzhou (the receiving office). */
function transferIn(id: string, personId: string): Body {
  const base = transfer(server, id, personId, "unused");
  return { ...base, ...betweenPools, from: guangzhou, to: { city: "430200", agency: server.demo[zhuzhou]!.principal.agency } };
}

/** A transfer out to Shenzhen, filed by Changsha (the sending office, the only side in the dataset). */
function transferOut(id: string, personId: string, fromEnrolmentId: string): Body {
  const base = transfer(server, id, personId, fromEnrolmentId);
  return { ...base, ...betweenPools, to: shenzhen };
}

const statusesOf = (body: Body) => (body["steps"] as { status: string }[]).map((step) => step.status);

beforeAll(async () => {
  server = await startTestServer({ listen: true });
  // 王芳 arrives in Zhuzhou from Guangzhou; 张伟 leaves Changsha for Shenzhen.
  expect((await send("POST", "/v1/persons", zhuzhou, person("430200-P-XIN"))).status).toBe(201);
  expect((await send("POST", "/v1/enrolments", zhuzhou, enrolment(server, "430200-E-XIN", "430200-P-XIN", zhuzhou))).status).toBe(201);
  expect((await send("POST", "/v1/persons", changsha, person("430100-P-XOUT"))).status).toBe(201);
  const closed = enrolment(server, "430100-E-XOUT", "430100-P-XOUT", changsha, { period: { start: "2015-01-01", end: "2025-12-31" }, contributionStatus: "3" });
  expect((await send("POST", "/v1/enrolments", changsha, closed)).status).toBe(201);
});
afterAll(() => server.close());

describe("a transfer in from outside the three cities (from.external)", () => {
  it("is filed by the receiving office, read back as sent, and completed by it, recording the funds the outside office sent", async () => {
    const sent = transferIn("430200-T-XIN1", "430200-P-XIN");
    const created = await send("POST", "/v1/transfers", zhuzhou, sent);
    expect(created.status, created.text).toBe(201);
    expect(created.body).toEqual(sent);
    const read = await send("GET", "/v1/transfers/430200-T-XIN1", changsha);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(sent);
    expect(read.etag).toBe(created.etag);
    const letter = await act("430200-T-XIN1", "issue-contact-letter", zhuzhou, created.etag, { note: "联系函寄广州" });
    expect(letter.status, letter.text).toBe(200);
    // No agency of the dataset but the receiving one is a side of this transfer.
    for (const other of [changsha, xiangtan]) {
      const refused = await act("430200-T-XIN1", "record-funds-transferred", other, letter.etag);
      expect(refused.status, refused.text).toBe(403);
      expect((refused.body["errors"] as Body[])[0]).toMatchObject({ ruleId: "api.transfer-side" });
    }
    const funds = await act("430200-T-XIN1", "record-funds-transferred", zhuzhou, letter.etag, { note: "广州基金与信息表到账" });
    expect(funds.status, funds.text).toBe(200);
    expect(funds.body["status"]).toBe("fundsTransferred");
    // The receiving office is in the dataset: completing still names its enrolment.
    const withoutTarget = await act("430200-T-XIN1", "complete", zhuzhou, funds.etag);
    expect(withoutTarget.status).toBe(422);
    expect((withoutTarget.body["errors"] as Body[])[0]).toMatchObject({ pointer: "/toEnrolmentId" });
    const done = await act("430200-T-XIN1", "complete", zhuzhou, funds.etag, { toEnrolmentId: "430200-E-XIN" });
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({ status: "completed", from: guangzhou, to: { city: "430200", enrolmentId: "430200-E-XIN" } });
    expect(statusesOf(done.body)).toEqual(["requested", "letterIssued", "fundsTransferred", "completed"]);
    expect((await send("GET", "/v1/transfers/430200-T-XIN1", xiangtan)).body).toEqual(done.body);
    const listed = await send("GET", "/v1/transfers?personId=430200-P-XIN&status=completed", xiangtan);
    expect((listed.body["items"] as Body[]).map((item) => item["id"])).toEqual(["430200-T-XIN1"]);
    const feed = await send("GET", "/v1/events?recordTypes=transfer&city=430200", zhuzhou);
    const events = (feed.body["items"] as Body[]).filter((event) => event["recordId"] === "430200-T-XIN1");
    expect(events.map((event) => [event["type"], event["city"], event["department"]])).toEqual([
      ["created", "430200", "hrss"],
      ["statusChanged", "430200", "hrss"],
      ["statusChanged", "430200", "hrss"],
      ["statusChanged", "430200", "hrss"],
    ]);
  });
});

describe("a transfer out to outside the three cities (to.external)", () => {
  it("is filed by the sending office and read back as sent, owned by it in the feed", async () => {
    const sent = transferOut("430100-T-XOUT1", "430100-P-XOUT", "430100-E-XOUT");
    const created = await send("POST", "/v1/transfers", changsha, sent);
    expect(created.status, created.text).toBe(201);
    expect(created.body).toEqual(sent);
    expect((await send("GET", "/v1/transfers/430100-T-XOUT1", zhuzhou)).body).toEqual(sent);
    const listed = await send("GET", "/v1/transfers?personId=430100-P-XOUT&status=requested", zhuzhou);
    expect((listed.body["items"] as Body[]).map((item) => item["id"])).toContain("430100-T-XOUT1");
    const feed = await send("GET", "/v1/events?recordTypes=transfer&city=430100", changsha);
    expect(feed.body["items"]).toContainEqual(expect.objectContaining({ type: "created", recordId: "430100-T-XOUT1", city: "430100", department: "hrss" }));
  });

  it("goes to completed by the sending office's steps, with no receiving enrolment in the dataset", async () => {
    const created = await send("POST", "/v1/transfers", changsha, transferOut("430100-T-XOUT2", "430100-P-XOUT", "430100-E-XOUT"));
    expect(created.status, created.text).toBe(201);
    // The sending office records the contact letter Shenzhen sent it; no other agency may.
    expect((await act("430100-T-XOUT2", "issue-contact-letter", zhuzhou, created.etag)).status).toBe(403);
    const letter = await act("430100-T-XOUT2", "issue-contact-letter", changsha, created.etag, { note: "收到深圳联系函" });
    expect(letter.status, letter.text).toBe(200);
    const funds = await act("430100-T-XOUT2", "record-funds-transferred", changsha, letter.etag);
    expect(funds.status, funds.text).toBe(200);
    expect((await act("430100-T-XOUT2", "complete", xiangtan, funds.etag)).status).toBe(403);
    const done = await act("430100-T-XOUT2", "complete", changsha, funds.etag, { note: "深圳已接续" });
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({ status: "completed", to: shenzhen });
    expect((done.body["to"] as Body)["enrolmentId"]).toBeUndefined();
    expect(statusesOf(done.body)).toEqual(["requested", "letterIssued", "fundsTransferred", "completed"]);
    expect((await send("GET", "/v1/transfers/430100-T-XOUT2", zhuzhou)).body).toEqual(done.body);
    const completed = await send("GET", "/v1/transfers?personId=430100-P-XOUT&status=completed", zhuzhou);
    expect((completed.body["items"] as Body[]).map((item) => item["id"])).toEqual(["430100-T-XOUT2"]);
  });

  it("may be cancelled by the sending office on the outside office's word", async () => {
    const created = await send("POST", "/v1/transfers", changsha, transferOut("430100-T-XOUT3", "430100-P-XOUT", "430100-E-XOUT"));
    expect(created.status, created.text).toBe(201);
    expect((await act("430100-T-XOUT3", "cancel", zhuzhou, created.etag)).status).toBe(403);
    const cancelled = await act("430100-T-XOUT3", "cancel", changsha, created.etag, { reasonCode: "applicantWithdrew" });
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(cancelled.body["status"]).toBe("cancelled");
  });

  it("is corrected and retracted by the sending office only", async () => {
    const sent = transferOut("430100-T-XOUT4", "430100-P-XOUT", "430100-E-XOUT");
    const created = await send("POST", "/v1/transfers", changsha, sent);
    expect(created.status, created.text).toBe(201);
    const corrected = { ...sent, to: { ...shenzhen, external: { ...shenzhen.external, localId: "642318858" } } };
    const foreign = await send("PUT", "/v1/transfers/430100-T-XOUT4", zhuzhou, corrected, { "if-match": created.etag });
    expect(foreign.status).toBe(403);
    expect((foreign.body["errors"] as Body[])[0]).toMatchObject({ ruleId: "api.ownership" });
    const own = await send("PUT", "/v1/transfers/430100-T-XOUT4", changsha, corrected, { "if-match": created.etag });
    expect(own.status, own.text).toBe(200);
    expect(own.body).toEqual(corrected);
    expect((await send("POST", "/v1/transfers/430100-T-XOUT4/retract", zhuzhou, { reason: "entered-in-error" }, { "if-match": own.etag })).status).toBe(403);
    const retracted = await send("POST", "/v1/transfers/430100-T-XOUT4/retract", changsha, { reason: "entered-in-error" }, { "if-match": own.etag });
    expect(retracted.status, retracted.text).toBe(200);
  });
});

describe("invalid combinations", () => {
  it("refuses a transfer out filed by any agency but the sending one (403 api.ownership)", async () => {
    // Zhuzhou cannot file Changsha's transfer out, under either city's ids; Changsha can.
    for (const id of ["430200-T-XBAD1", "430100-T-XBAD1"]) {
      const refused = await send("POST", "/v1/transfers", zhuzhou, transferOut(id, "430100-P-XOUT", "430100-E-XOUT"));
      expect(refused.status, id).toBe(403);
      expect((refused.body["errors"] as Body[])[0]).toMatchObject({ ruleId: "api.ownership" });
    }
    expect((await send("POST", "/v1/transfers", changsha, transferOut("430100-T-XBAD1", "430100-P-XOUT", "430100-E-XOUT"))).status).toBe(201);
  });

  it("refuses a transfer with neither side in the three cities (403 api.ownership), nothing stored", async () => {
    const neither = { ...transferOut("430100-T-XBAD2", "430100-P-XOUT", "430100-E-XOUT"), from: guangzhou };
    const refused = await send("POST", "/v1/transfers", changsha, neither);
    expect(refused.status, refused.text).toBe(403);
    expect((refused.body["errors"] as Body[])[0]).toMatchObject({ ruleId: "api.ownership" });
    expect(refused.body["detail"]).toContain("neither side");
    expect((await send("GET", "/v1/transfers/430100-T-XBAD2", changsha)).status).toBe(404);
  });

  it("refuses an enrolment of the dataset named for a side outside it (422 api.transfer-target)", async () => {
    const outTo = transferOut("430100-T-XBAD3", "430100-P-XOUT", "430100-E-XOUT");
    outTo["to"] = { ...shenzhen, enrolmentId: "430100-E-XOUT" };
    const refusedTo = await send("POST", "/v1/transfers", changsha, outTo);
    expect(refusedTo.status, refusedTo.text).toBe(422);
    expect((refusedTo.body["errors"] as Body[])[0]).toMatchObject({ ruleId: "api.transfer-target", pointer: "/to/enrolmentId" });
    expect((refusedTo.body["errors"] as Body[])[0]!["detail"]).toContain("external");
    const inFrom = transferIn("430200-T-XBAD3", "430200-P-XIN");
    inFrom["from"] = { ...guangzhou, enrolmentId: "430200-E-XIN" };
    const refusedFrom = await send("POST", "/v1/transfers", zhuzhou, inFrom);
    expect(refusedFrom.status, refusedFrom.text).toBe(422);
    expect((refusedFrom.body["errors"] as Body[])[0]).toMatchObject({ ruleId: "api.transfer-target", pointer: "/from/enrolmentId" });
    expect((refusedFrom.body["errors"] as Body[])[0]!["detail"]).toContain("external");
  });

  it("refuses a receiving enrolment for a transfer out on completion (422 api.transfer-target), the transfer unchanged", async () => {
    const created = await send("POST", "/v1/transfers", changsha, transferOut("430100-T-XBAD4", "430100-P-XOUT", "430100-E-XOUT"));
    expect(created.status, created.text).toBe(201);
    const letter = await act("430100-T-XBAD4", "issue-contact-letter", changsha, created.etag);
    const funds = await act("430100-T-XBAD4", "record-funds-transferred", changsha, letter.etag);
    expect(funds.status, funds.text).toBe(200);
    const refused = await act("430100-T-XBAD4", "complete", changsha, funds.etag, { toEnrolmentId: "430100-E-XOUT" });
    expect(refused.status, refused.text).toBe(422);
    expect((refused.body["errors"] as Body[])[0]).toMatchObject({ ruleId: "api.transfer-target", pointer: "/toEnrolmentId" });
    expect((await send("GET", "/v1/transfers/430100-T-XBAD4", changsha)).etag).toBe(funds.etag);
  });

  it("refuses a side outside the three cities without external (422 transfer.side-outside-three-cities), and external under 1.0", async () => {
    const noExternal = transferOut("430100-T-XBAD5", "430100-P-XOUT", "430100-E-XOUT");
    noExternal["to"] = { city: "440300", agency: server.demo[changsha]!.principal.agency };
    const refused = await send("POST", "/v1/transfers", changsha, noExternal);
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body["errors"]).toContainEqual(expect.objectContaining({ ruleId: "transfer.side-outside-three-cities", pointer: "/to/city" }));
    // 1.0 knew no side outside the three cities: the same transfer out is a schema error there, accepted under 1.1.
    const sent = transferOut("430100-T-XBAD6", "430100-P-XOUT", "430100-E-XOUT");
    const under10 = await send("POST", "/v1/transfers", changsha, sent, { "czt-schema-version": "1.0" });
    expect(under10.status, under10.text).toBe(422);
    expect((under10.body["errors"] as Body[]).every((error) => String(error["ruleId"]).startsWith("schema."))).toBe(true);
    const under11 = await send("POST", "/v1/transfers", changsha, sent, { "czt-schema-version": "1.1" });
    expect(under11.status, under11.text).toBe(201);
  });
});
