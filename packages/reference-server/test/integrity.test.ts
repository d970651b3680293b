import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../src/app.js";
import { TokenRegistry } from "../src/auth/token-registry.js";
import { enrolment, key, person, sharedChecker, startTestServer, type TestServer, transfer, readPurpose } from "./support.js";

// Issue 11, items 14, 15, 17, 18 and 19: what one agency's token may do to records of another.
let server: TestServer;
const changsha = 0;
const zhuzhou = 1;
const xiangtan = 2;

const post = (url: string, payload: unknown, agency = changsha, headers: Record<string, string> = {}) =>
  server.app.inject({ method: "POST", url, headers: { ...server.auth(agency), "idempotency-key": key(), ...headers }, payload: payload as object });
const read = (url: string, agency = changsha) => server.app.inject({ method: "GET", url, headers: server.auth(agency) });

/** An ended pension enrolment in Changsha and an open one in Zhuzhou from the month after: the two ends of a transfer. */
async function transferParties(tag: string, idNumber: string): Promise<{ personId: string; fromId: string; toId: string }> {
  const personId = `430100-P-${tag}`;
  expect((await post("/v1/persons", person(personId, { idNumber }))).statusCode).toBe(201);
  const fromId = `430100-E-${tag}`;
  const toId = `430200-E-${tag}`;
  expect((await post("/v1/enrolments", enrolment(server, fromId, personId, changsha, { period: { start: "2015-01-01", end: "2025-12-31" } }))).statusCode).toBe(201);
  expect((await post("/v1/enrolments", enrolment(server, toId, personId, zhuzhou, { period: { start: "2026-01-01" } }), zhuzhou)).statusCode).toBe(201);
  return { personId, fromId, toId };
}

async function letterIssued(tag: string, parties: { personId: string; fromId: string }): Promise<{ id: string; etag: string }> {
  const id = `430200-T-${tag}`;
  const created = await post("/v1/transfers", transfer(server, id, parties.personId, parties.fromId), zhuzhou);
  expect(created.statusCode).toBe(201);
  const letter = await act(id, "issue-contact-letter", String(created.headers["etag"]), zhuzhou);
  expect(letter.statusCode).toBe(200);
  return { id, etag: String(letter.headers["etag"]) };
}

function act(id: string, action: string, etag: string, agency: number, body: object = {}) {
  return post(`/v1/transfers/${id}/${action}`, body, agency, { "if-match": etag });
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("item 14: each agency changes only its own side of a transfer", () => {
  it("refuses the sending agency's rewrite of to.enrolmentId (403) and a target enrolment of another person or city (422)", async () => {
    const parties = await transferParties("X14", "430102199003070012");
    const stranger = await transferParties("Y14", "430102199003070039");
    const { id, etag } = await letterIssued("X14", parties);

    const rewrite = await act(id, "record-funds-transferred", etag, changsha, { toEnrolmentId: stranger.toId });
    expect(rewrite.statusCode).toBe(403);
    expect(rewrite.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(rewrite.json().errors[0]).toMatchObject({ ruleId: "api.transfer-side", pointer: "/toEnrolmentId" });

    const funds = await act(id, "record-funds-transferred", etag, changsha);
    expect(funds.statusCode).toBe(200);
    let current = String(funds.headers["etag"]);
    for (const [target, why] of [
      [stranger.toId, `enrolment ${stranger.toId} belongs to another person than the transfer's ${parties.personId}`],
      [parties.fromId, `enrolment ${parties.fromId} is in 430100, not in 430200`],
    ] as const) {
      const refused = await act(id, "complete", current, zhuzhou, { toEnrolmentId: target });
      expect(refused.statusCode, why).toBe(422);
      expect(refused.json(), why).toMatchObject({ type: "https://czt-ss.org/problems/transfer-enrolment", title: "The enrolment is not the transfer's", detail: `/toEnrolmentId: ${why}` });
      expect(refused.json().errors, why).toEqual([{ ruleId: "api.transfer-target", pointer: "/toEnrolmentId", severity: "error", detail: why }]);
    }
    const done = await act(id, "complete", current, zhuzhou, { toEnrolmentId: parties.toId });
    expect(done.statusCode).toBe(200);
    current = String(done.headers["etag"]);
    expect(done.json().to.enrolmentId).toBe(parties.toId);
  });

  it("lets only the side's own department act: another department of the same city is 403 api.transfer-side, nothing changed", async () => {
    const parties = await transferParties("D14", "430102199003070215");
    const { id, etag } = await letterIssued("D14", parties);
    const tokens = new TokenRegistry();
    const sendingAgency = server.demo[changsha]!.principal.agency;
    tokens.add("changsha-civil-affairs", { ...server.demo[changsha]!.principal, agency: { ...sendingAgency, department: "civilAffairs" } });
    const app = createServer({ db: server.db, tokens, checker: sharedChecker });
    try {
      const before = (await read(`/v1/transfers/${id}`)).json();
      const refused = await app.inject({
        method: "POST",
        url: `/v1/transfers/${id}/record-funds-transferred`,
        headers: { authorization: "Bearer changsha-civil-affairs", "idempotency-key": key(), "if-match": etag },
        payload: {},
      });
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json().errors[0]).toMatchObject({ ruleId: "api.transfer-side" });
      expect((await read(`/v1/transfers/${id}`)).json()).toEqual(before);
    } finally {
      await app.close();
    }
  });

  it("accepts as the receiving enrolment one of the person's record in the receiving city (another record, the same identity number)", async () => {
    const idNumber = "430102199003070258";
    const personId = "430100-P-S14";
    const zhuzhouPersonId = "430200-P-S14";
    expect((await post("/v1/persons", person(personId, { idNumber }))).statusCode).toBe(201);
    expect((await post("/v1/persons", person(zhuzhouPersonId, { idNumber }), zhuzhou)).statusCode).toBe(201);
    expect((await post("/v1/enrolments", enrolment(server, "430100-E-S14", personId, changsha, { period: { start: "2015-01-01", end: "2025-12-31" } }))).statusCode).toBe(201);
    const target = await post("/v1/enrolments", enrolment(server, "430200-E-S14", zhuzhouPersonId, zhuzhou, { period: { start: "2026-01-01" } }), zhuzhou);
    expect(target.statusCode, target.body).toBe(201);
    const { id, etag } = await letterIssued("S14", { personId, fromId: "430100-E-S14" });
    const funds = await act(id, "record-funds-transferred", etag, changsha);
    const done = await act(id, "complete", String(funds.headers["etag"]), zhuzhou, { toEnrolmentId: "430200-E-S14" });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().to.enrolmentId).toBe("430200-E-S14");
  });

  it("refuses as the receiving enrolment a record of the person in the receiving city that is not an enrolment (422 api.transfer-target)", async () => {
    const parties = await transferParties("R14", "430102199003070231");
    const caseId = "430200-A-R14";
    const assistance = {
      recordType: "assistance",
      id: caseId,
      meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
      programme: "dibao.urban",
      personId: parties.personId,
      household: { householdId: "H-R14", headPersonId: parties.personId, size: 1 },
      coveredMembers: 1,
      city: "430200",
      agency: server.demo[zhuzhou]!.principal.agency,
      caseStatus: "active",
      dates: { applied: "2025-06-01", approved: "2025-07-01" },
      monthlyStandard: 75000,
      perCapitaIncome: 30000,
      benefitAmount: 45000,
      lastReviewDate: "2025-12-01",
      nextReviewDate: "2026-06-01",
    };
    const created = await post("/v1/assistance-cases", assistance, zhuzhou);
    expect(created.statusCode, created.body).toBe(201);
    const { id, etag } = await letterIssued("R14", parties);
    const funds = await act(id, "record-funds-transferred", etag, changsha);
    const refused = await act(id, "complete", String(funds.headers["etag"]), zhuzhou, { toEnrolmentId: caseId });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().errors).toMatchObject([{ ruleId: "api.transfer-target", pointer: "/toEnrolmentId", detail: `${caseId} is a record of type assistance, not an enrolment` }]);
  });

  it("answers a receiving enrolment that does not exist with 422 dataset.unresolved-reference, the transfer unchanged", async () => {
    const parties = await transferParties("U14", "430102199003070274");
    const { id, etag } = await letterIssued("U14", parties);
    const funds = await act(id, "record-funds-transferred", etag, changsha);
    const before = (await read(`/v1/transfers/${id}`)).json();
    const refused = await act(id, "complete", String(funds.headers["etag"]), zhuzhou, { toEnrolmentId: "430200-E-NONE" });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().errors).toEqual([{ ruleId: "dataset.unresolved-reference", pointer: "/to/enrolmentId", severity: "error", detail: "no record 430200-E-NONE" }]);
    expect((await read(`/v1/transfers/${id}`)).json()).toEqual(before);
  });

  it("refuses another person's enrolment when neither person has an identity number (persons known by their documents)", async () => {
    const passportHolder = (id: string, number: string) => person(id, { idNumber: undefined, nationality: "USA", documents: [{ type: "passport", number }] });
    for (const [personId, number] of [["430100-P-D14a", "P1234567"], ["430100-P-D14b", "P7654321"]]) {
      expect((await post("/v1/persons", passportHolder(personId!, number!))).statusCode).toBe(201);
    }
    const from = (personId: string, tag: string) => enrolment(server, `430100-E-${tag}`, personId, changsha, { period: { start: "2015-01-01", end: "2025-12-31" } });
    expect((await post("/v1/enrolments", from("430100-P-D14a", "D14a"))).statusCode).toBe(201);
    expect((await post("/v1/enrolments", from("430100-P-D14b", "D14b"))).statusCode).toBe(201);
    const refused = await post("/v1/transfers", transfer(server, "430200-T-P14", "430100-P-D14a", "430100-E-D14b"), zhuzhou);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().errors).toMatchObject([
      { ruleId: "api.transfer-target", pointer: "/from/enrolmentId", detail: "enrolment 430100-E-D14b belongs to another person than the transfer's 430100-P-D14a" },
    ]);
    expect((await post("/v1/transfers", transfer(server, "430200-T-P14", "430100-P-D14a", "430100-E-D14a"), zhuzhou)).statusCode).toBe(201);
  });

  it("refuses a new transfer whose enrolments are not the person's in the named cities", async () => {
    const parties = await transferParties("X14b", "430102199003070055");
    const stranger = await transferParties("Y14b", "430102199003070071");
    const wrongFrom = transfer(server, "430200-T-X14b1", parties.personId, stranger.fromId);
    const refused = await post("/v1/transfers", wrongFrom, zhuzhou);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0]).toMatchObject({ ruleId: "api.transfer-target", pointer: "/from/enrolmentId" });
    const wrongTo = transfer(server, "430200-T-X14b2", parties.personId, parties.fromId);
    wrongTo["to"] = { ...(wrongTo["to"] as object), enrolmentId: stranger.toId };
    const refusedTo = await post("/v1/transfers", wrongTo, zhuzhou);
    expect(refusedTo.statusCode).toBe(422);
    expect(refusedTo.json().errors[0]).toMatchObject({ ruleId: "api.transfer-target", pointer: "/to/enrolmentId" });
  });
});

describe("item 15: step times are bounded by the server's clock", () => {
  it("refuses a step dated in the future or before the previous step, so the other agency's next step still works", async () => {
    const parties = await transferParties("X15", "430102199003070098");
    const id = "430200-T-X15";
    const created = await post("/v1/transfers", transfer(server, id, parties.personId, parties.fromId), zhuzhou);
    const etag = String(created.headers["etag"]);
    const future = await act(id, "issue-contact-letter", etag, zhuzhou, { at: "9999-12-31T00:00:00Z" });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors[0]).toMatchObject({ ruleId: "api.step-time", pointer: "/at" });
    const early = await act(id, "issue-contact-letter", etag, zhuzhou, { at: "2026-01-15T09:29:59+08:00" });
    expect(early.statusCode).toBe(422);
    expect(early.json().errors[0]).toMatchObject({ ruleId: "api.step-time", pointer: "/at" });
    const letter = await act(id, "issue-contact-letter", etag, zhuzhou, { at: new Date(Date.now() - 60_000).toISOString() });
    expect(letter.statusCode).toBe(200);
    const funds = await act(id, "record-funds-transferred", String(letter.headers["etag"]), changsha);
    expect(funds.statusCode).toBe(200);
  });

  it("refuses a new transfer whose requested step lies in the future", async () => {
    const parties = await transferParties("X15b", "430102199003070119");
    const body = transfer(server, "430200-T-X15b", parties.personId, parties.fromId);
    body["steps"] = [{ status: "requested", at: "9999-12-31T00:00:00Z" }];
    const refused = await post("/v1/transfers", body, zhuzhou);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0]).toMatchObject({ ruleId: "api.step-time", pointer: "/steps/0/at" });
  });
});

describe("item 17: ids and agencies are the token's own", () => {
  it("refuses another city's record id (403), so that city's own create still succeeds", async () => {
    const squatted = await post("/v1/persons", person("430100-P-X17", { idNumber: "430102199003070135" }), zhuzhou);
    expect(squatted.statusCode).toBe(403);
    expect(squatted.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(squatted.json().errors).toEqual([
      { ruleId: "api.record-id-city", pointer: "/id", severity: "error", detail: 'a record id created by an agency of 430200 begins with "430200-"' },
    ]);
    expect((await post("/v1/persons", person("430100-P-X17", { idNumber: "430102199003070135" }), changsha)).statusCode).toBe(201);
  });

  it("wants the city code and a hyphen: an id that only starts with the city's digits is not the city's (403)", async () => {
    for (const id of ["4301001-P-X17", "430100P-X17"]) {
      const refused = await post("/v1/persons", person(id), changsha);
      expect(refused.statusCode, `${id}: ${refused.body}`).toBe(403);
      expect(refused.json().errors[0], id).toMatchObject({ ruleId: "api.record-id-city", pointer: "/id" });
    }
  });

  it("refuses a record filed under another agency's credit code, name or division (403), nothing stored", async () => {
    const zhuzhouAgency = server.demo[zhuzhou]!.principal.agency;
    const ownAgency = server.demo[changsha]!.principal.agency;
    for (const [label, agency, pointer] of [
      ["credit code", { ...ownAgency, creditCode: zhuzhouAgency.creditCode }, "/agency/creditCode"],
      ["name", { ...ownAgency, name: zhuzhouAgency.name }, "/agency/name"],
      ["division", { ...ownAgency, division: "430102" }, "/agency/division"],
    ] as const) {
      const forged = await post("/v1/enrolments", enrolment(server, `430100-E-X17-${label.length}`, "430100-P-X17", changsha, { agency, scheme: "medical.resident", employer: undefined }));
      expect(forged.statusCode, label).toBe(403);
      expect(forged.json(), label).toMatchObject({ type: "https://czt-ss.org/problems/forbidden", title: "Forbidden", status: 403 });
      expect(forged.json().errors, label).toEqual([
        { ruleId: "api.own-agency", pointer, severity: "error", detail: `an agency files records under its own ${pointer.slice(8)} only: ${pointer} is not the token's` },
      ]);
      expect((await read(`/v1/enrolments/430100-E-X17-${label.length}`)).statusCode).toBe(404);
    }
  });

  it("accepts the token's agency without its name, and any name when the token's agency has none", async () => {
    const { name: _name, ...unnamed } = server.demo[changsha]!.principal.agency;
    const withoutName = await post("/v1/enrolments", enrolment(server, "430100-E-X17n1", "430100-P-X17", changsha, { agency: unnamed, scheme: "medical.resident", employer: undefined }));
    expect(withoutName.statusCode, withoutName.body).toBe(201);
    const tokens = new TokenRegistry();
    tokens.add("changsha-agency-without-a-name", { ...server.demo[changsha]!.principal, agency: unnamed });
    const app = createServer({ db: server.db, tokens, checker: sharedChecker });
    try {
      const named = { ...unnamed, name: "长沙市医疗保障局" };
      const body = enrolment(server, "430100-E-X17n2", "430100-P-X17", changsha, { agency: named, scheme: "pension.resident", employer: undefined });
      const response = await app.inject({ method: "POST", url: "/v1/enrolments", headers: { authorization: "Bearer changsha-agency-without-a-name", "idempotency-key": key() }, payload: body });
      expect(response.statusCode, response.body).toBe(201);
    } finally {
      await app.close();
    }
  });
});

describe("item 18: the server holds the validator's dataset rules on duplicates", () => {
  it("answers 409 with the existing person's id for a second person with one identity number in one city", async () => {
    expect((await post("/v1/persons", person("430100-P-X18a", { idNumber: "430102199003070151" }))).statusCode).toBe(201);
    const twin = await post("/v1/persons", person("430100-P-X18b", { idNumber: "430102199003070151" }));
    expect(twin.statusCode).toBe(409);
    expect(twin.json()).toMatchObject({ status: 409, existingId: "430100-P-X18a" });
    expect(twin.json().errors[0]).toMatchObject({ ruleId: "dataset.duplicate-person", pointer: "/idNumber" });
    expect(twin.body).not.toContain("430102199003070151");
    // Lower-case x and another city are what the validator allows too.
    expect((await post("/v1/persons", person("430200-P-X18a", { idNumber: "430102199003070151" }), zhuzhou)).statusCode).toBe(201);
    expect((await read("/v1/persons/430100-P-X18b")).statusCode).toBe(404);
  });

  it("answers 409 for an enrolment overlapping one of the same family of the same person (across cities by identity number)", async () => {
    expect((await post("/v1/enrolments", enrolment(server, "430100-E-X18a", "430100-P-X18a", changsha))).statusCode).toBe(201);
    const overlap = await post("/v1/enrolments", enrolment(server, "430300-E-X18a", "430200-P-X18a", xiangtan, { scheme: "pension.resident", employer: undefined }), xiangtan);
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json()).toMatchObject({ existingId: "430100-E-X18a" });
    expect(overlap.json().errors[0]).toMatchObject({ ruleId: "dataset.duplicate-enrolment", pointer: "/period" });
    // Another family, and a period after the first one ended, are fine.
    expect((await post("/v1/enrolments", enrolment(server, "430300-E-X18b", "430200-P-X18a", xiangtan, { scheme: "medical.resident", employer: undefined }), xiangtan)).statusCode).toBe(201);
    expect((await post("/v1/enrolments", enrolment(server, "430100-E-X18c", "430100-P-X18a", changsha, { period: { start: "2010-01-01", end: "2019-12-31" } }))).statusCode).toBe(201);
  });
});

describe("item 19: special-category fields need read:personal", () => {
  it("leaves wages and account balances out of what a read-only token receives, by the schema's annotations", async () => {
    const parties = await transferParties("X19", "430102199003070178");
    const id = "430200-T-X19";
    expect((await post("/v1/transfers", transfer(server, id, parties.personId, parties.fromId), zhuzhou)).statusCode).toBe(201);
    const withBase = enrolment(server, "430100-E-X19u", parties.personId, changsha, { scheme: "unemployment", monthlyContributionBase: 500000 });
    expect((await post("/v1/enrolments", withBase)).statusCode).toBe(201);

    const tokens = new TokenRegistry();
    tokens.add("reader-without-personal-scope", { agency: server.demo[xiangtan]!.principal.agency, city: "430300", scopes: ["read"] });
    tokens.add("reader-with-personal-scope-1", { agency: server.demo[xiangtan]!.principal.agency, city: "430300", scopes: ["read", "read:personal"] });
    const app = createServer({ db: server.db, tokens, checker: sharedChecker });
    const as = (token: string, url: string) => app.inject({ method: "GET", url, headers: { authorization: `Bearer ${token}`, ...readPurpose } });
    try {
      // What a token reads depends on its scopes: a shared cache must key on Authorization.
      for (const url of [`/v1/transfers/${id}`, `/v1/enrolments?personId=${parties.personId}`]) {
        expect((await as("reader-without-personal-scope", url)).headers["vary"], url).toBe("Authorization");
      }
      const plain = (await as("reader-without-personal-scope", `/v1/transfers/${id}`)).json();
      expect(plain.id).toBe(id);
      expect(plain.pooledFundAmount).toBe(0);
      expect(plain).not.toHaveProperty("individualAccountBalance");
      expect(plain.contributions[0]).not.toHaveProperty("monthlyBase");
      expect(plain.contributions[0].individualAmount).toBe(480000);
      const listed = (await as("reader-without-personal-scope", `/v1/enrolments?personId=${parties.personId}&scheme=unemployment`)).json();
      expect(listed.items).toHaveLength(1);
      expect(listed.items[0]).not.toHaveProperty("monthlyContributionBase");
      const full = (await as("reader-with-personal-scope-1", `/v1/transfers/${id}`)).json();
      expect(full.individualAccountBalance).toBe(0);
      expect(full.contributions[0].monthlyBase).toBe(500000);
      const fullEnrolment = (await as("reader-with-personal-scope-1", "/v1/enrolments/430100-E-X19u")).json();
      expect(fullEnrolment.monthlyContributionBase).toBe(500000);
    } finally {
      await app.close();
    }
  });
});

describe("item 19: special-category fields in the responses of writes", () => {
  it("leaves them out of what a write answers to a token without read:personal (create, transition and their replays)", async () => {
    const parties = await transferParties("X19w", "430102199003070194");
    const tokens = new TokenRegistry();
    tokens.add("writer-without-personal-scope", { ...server.demo[zhuzhou]!.principal, scopes: ["read", "write"] });
    const app = createServer({ db: server.db, tokens, checker: sharedChecker });
    const write = (url: string, payload: object, headers: Record<string, string>) =>
      app.inject({ method: "POST", url, headers: { authorization: "Bearer writer-without-personal-scope", ...headers }, payload });
    try {
      const body = transfer(server, "430200-T-X19w", parties.personId, parties.fromId);
      for (const attempt of ["first", "replay"]) {
        const created = await write("/v1/transfers", body, { "idempotency-key": "x19w-create" });
        expect(created.statusCode, attempt).toBe(201);
        expect(created.json(), attempt).not.toHaveProperty("individualAccountBalance");
        expect(created.json().contributions[0], attempt).not.toHaveProperty("monthlyBase");
        expect(created.json().pooledFundAmount, attempt).toBe(0);
      }
      const letter = await write("/v1/transfers/430200-T-X19w/issue-contact-letter", {}, { "idempotency-key": "x19w-letter", "if-match": '"1"' });
      expect(letter.statusCode).toBe(200);
      expect(letter.json()).not.toHaveProperty("individualAccountBalance");
      // Stored whole: a token with read:personal reads them.
      expect((await read("/v1/transfers/430200-T-X19w", zhuzhou)).json().individualAccountBalance).toBe(0);
    } finally {
      await app.close();
    }
  });
});

describe("item 18: loading exports and looking duplicates up", () => {
  it("loads the three cities' examples with nothing skipped, and skips a second person with one identity number in a city", async () => {
    const { readExportDirectory } = await import("../src/demo/read-exports.js");
    const { seedRecords } = await import("../src/demo/seed.js");
    const { openDatabase } = await import("../src/store/database.js");
    const db = openDatabase(":memory:");
    try {
      const files = readExportDirectory(new URL("../../../examples/json", import.meta.url).pathname);
      const items = files.flatMap((file) => file.records.map((record) => ({ record, publisher: file.publisher! })));
      const examples = seedRecords(db, items, sharedChecker);
      expect(examples.skipped).toEqual([]);
      const publisher = server.demo[changsha]!.principal.agency;
      const twins = seedRecords(db, [{ record: person("430100-P-S1", { idNumber: "430102199003070194" }), publisher }, { record: person("430100-P-S2", { idNumber: "430102199003070194" }), publisher }], sharedChecker);
      expect(twins).toEqual({ loaded: 1, skipped: [{ id: "430100-P-S2", reason: "dataset.duplicate-person with 430100-P-S1" }] });
    } finally {
      db.close();
    }
  });

  it("finds the candidates of a duplicate through indexes, not by scanning the records", () => {
    const plan = (sql: string, ...params: string[]) =>
      (server.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join("; ");
    expect(plan("SELECT id FROM records WHERE id_number = ? AND record_type = 'person' ORDER BY id", "x")).toMatch(/USING INDEX records_id_number/);
    expect(plan("SELECT id FROM records WHERE record_type = 'enrolment' AND person_id = ? AND family = ? ORDER BY id", "p", "pension")).toMatch(/USING INDEX records_(person|family)/);
  });
});
