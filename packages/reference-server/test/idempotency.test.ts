import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { person, startTestServer, type TestServer } from "./support.js";
import { receiving, transferParties } from "./transfer-parties.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const create = (body: unknown, idempotencyKey: string | undefined, agency = 0) =>
  server.app.inject({
    method: "POST",
    url: "/v1/persons",
    headers: { ...server.auth(agency), ...(idempotencyKey === undefined ? {} : { "idempotency-key": idempotencyKey }) },
    payload: body as object,
  });

const count = () => (server.db.prepare("SELECT count(*) FROM records WHERE record_type = 'person'").pluck().get() as number);

describe("Idempotency-Key", () => {
  it("is required on every POST (400)", async () => {
    const response = await create(person("430100-P-I1"), undefined);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].ruleId).toBe("api.idempotency-key");
  });

  it("takes a key of 1 to 255 characters: an empty one or 256 is a 400 and stores nothing", async () => {
    const before = count();
    for (const refused of ["", "k".repeat(256)]) {
      const response = await create(person("430100-P-I8"), refused);
      expect(response.statusCode, `${refused.length} characters`).toBe(400);
      expect(response.json().errors).toEqual([{ ruleId: "api.idempotency-key", pointer: "/headers/Idempotency-Key" }]);
    }
    expect(count()).toBe(before);
    expect((await create(person("430100-P-I8"), "k".repeat(255))).statusCode).toBe(201);
    expect((await create(person("430100-P-I9"), "k")).statusCode).toBe(201);
  });

  it("replays the first response for the same key and body and stores the record once", async () => {
    const before = count();
    const first = await create(person("430100-P-I2"), "same-key");
    const again = await create(person("430100-P-I2"), "same-key");
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.headers["etag"]).toBe(first.headers["etag"]);
    expect(again.json()).toEqual(first.json());
    expect(count()).toBe(before + 1);
  });

  it("treats the same body with its keys in another order as the same request", async () => {
    const { id, ...rest } = person("430100-P-I3");
    expect((await create({ id, ...rest }, "order-key")).statusCode).toBe(201);
    expect((await create({ ...rest, id }, "order-key")).headers["idempotent-replayed"]).toBe("true");
  });

  it("refuses the same key with another body (422) and creates nothing", async () => {
    await create(person("430100-P-I4"), "reused-key");
    const before = count();
    const reused = await create(person("430100-P-I5"), "reused-key");
    expect(reused.statusCode).toBe(422);
    expect(reused.json().type).toBe("https://czt-ss.org/problems/idempotency-key-reused");
    expect(count()).toBe(before);
  });

  it("keeps keys per agency, and does not keep failed responses", async () => {
    expect((await create(person("430100-P-I6"), "agency-key", 0)).statusCode).toBe(201);
    // Another agency's identical key is its own: the request runs (and is refused: the id is Changsha's, not Zhuzhou's).
    expect((await create(person("430100-P-I6"), "agency-key", 1)).statusCode).toBe(403);
    // A refused request may be corrected and retried under the same key.
    expect((await create(person("430100-P-I7", { sex: "7" }), "retry-key")).statusCode).toBe(422);
    expect((await create(person("430100-P-I7"), "retry-key")).statusCode).toBe(201);
  });

  it("runs writes that arrive together in one group, each on its own: refused ones leave their neighbours stored", async () => {
    const before = count();
    // Sent at once, these are committed by one transaction, in arrival order.
    const [created, invalid, duplicate, replayed, reused] = await Promise.all([
      create(person("430100-P-G1"), "group-1"),
      create(person("430100-P-G2", { sex: "7" }), "group-2"),
      create(person("430100-P-G1"), "group-3"),
      create(person("430100-P-G1"), "group-1"),
      create(person("430100-P-G3"), "group-1"),
    ]);
    expect([created, invalid, duplicate, replayed, reused].map((response) => response!.statusCode)).toEqual([201, 422, 409, 201, 422]);
    expect(replayed!.headers["idempotent-replayed"]).toBe("true");
    expect(count()).toBe(before + 1);
    // The refused keys kept nothing: corrected, they run.
    expect((await create(person("430100-P-G2"), "group-2")).statusCode).toBe(201);
    expect((await create(person("430100-P-G4"), "group-3")).statusCode).toBe(201);
  });
});

describe("Idempotency-Key on a transition", () => {
  it("refuses a key reused on another transfer with the same body and If-Match (422): the other transfer is not answered with the first one's record, nor moved", async () => {
    const parties = await transferParties(server, "IK");
    const first = await parties.file();
    const second = await parties.file();
    expect(second.etag).toBe(first.etag);
    const moved = await parties.act(first.id, "issue-contact-letter", { etag: first.etag, agency: receiving, body: { note: "联系函" }, idempotencyKey: "transition-key" });
    expect(moved.statusCode).toBe(200);
    const before = (await parties.read(second.id)).json();
    const reused = await parties.act(second.id, "issue-contact-letter", { etag: second.etag, agency: receiving, body: { note: "联系函" }, idempotencyKey: "transition-key" });
    expect(reused.statusCode, reused.body).toBe(422);
    expect(reused.json().type).toBe("https://czt-ss.org/problems/idempotency-key-reused");
    expect(reused.headers["idempotent-replayed"]).toBeUndefined();
    expect((await parties.read(second.id)).json()).toEqual(before);
    // The same request again is a replay of the first transfer's answer, not a second step.
    const replayed = await parties.act(first.id, "issue-contact-letter", { etag: first.etag, agency: receiving, body: { note: "联系函" }, idempotencyKey: "transition-key" });
    expect(replayed.headers["idempotent-replayed"]).toBe("true");
    expect(replayed.json()).toEqual(moved.json());
    expect((await parties.read(first.id)).json().steps).toHaveLength(2);
  });

  it("refuses a key reused on the same transfer with another If-Match (422): a decision taken on another version is another request", async () => {
    const parties = await transferParties(server, "IM");
    const filed = await parties.file();
    const letter = await parties.act(filed.id, "issue-contact-letter", { etag: filed.etag, agency: receiving, idempotencyKey: "if-match-key" });
    expect(letter.statusCode).toBe(200);
    const reused = await parties.act(filed.id, "issue-contact-letter", { etag: String(letter.headers["etag"]), agency: receiving, idempotencyKey: "if-match-key" });
    expect(reused.statusCode, reused.body).toBe(422);
    expect(reused.json().type).toBe("https://czt-ss.org/problems/idempotency-key-reused");
  });
});
