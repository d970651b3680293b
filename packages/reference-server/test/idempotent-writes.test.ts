import { createHash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { IdempotentWrites, type Outcome, requestFingerprint } from "../src/http/idempotent.js";
import { ProblemException } from "../src/http/problem.js";
import { type Db, openDatabase } from "../src/store/database.js";
import { GroupCommit } from "../src/store/group-commit.js";
import { IdempotencyStore } from "../src/store/idempotency-store.js";

/** The parts of a request the fingerprint and the key check read. */
const request = (body: unknown, options: { url?: string; method?: string; ifMatch?: string; key?: string } = {}) =>
  ({
    method: options.method ?? "POST",
    url: options.url ?? "/v1/persons",
    headers: { "idempotency-key": options.key ?? "k1", ...(options.ifMatch === undefined ? {} : { "if-match": options.ifMatch }) },
    body,
  }) as unknown as FastifyRequest;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("the request fingerprint kept with an Idempotency-Key", () => {
  // Fingerprints are stored in the database for 24 hours: a server upgraded in that time
  // must compute the same one, or a client's retry would be refused (422) instead of replayed.
  it("is the SHA-256 of method, URL, If-Match and the body as JSON with sorted keys, without blanks", () => {
    const body = { name: "张伟", id: "430100-P-1", tags: [2, 1, { b: null, a: true }], empty: {}, none: [] };
    const canonical = '{"empty":{},"id":"430100-P-1","name":"张伟","none":[],"tags":[2,1,{"a":true,"b":null}]}';
    expect(requestFingerprint(request(body, { ifMatch: '"3"' }))).toBe(sha256(`POST /v1/persons\n"3"\n${canonical}`));
    expect(requestFingerprint(request(body))).toBe(sha256(`POST /v1/persons\n\n${canonical}`));
  });

  it("hashes a body without JSON (a bodiless POST) as null, and a raw body as its bytes", () => {
    expect(requestFingerprint(request(undefined, { url: "/v1/transfers/T1/cancel" }))).toBe(sha256("POST /v1/transfers/T1/cancel\n\nnull"));
    expect(requestFingerprint(request(Buffer.from("{ \"b\": 1 }")))).toBe(sha256('POST /v1/persons\n\n{ "b": 1 }'));
  });

  it("differs for another URL, method, If-Match, array order or element boundary", () => {
    const base = requestFingerprint(request({ ids: [1, 2] }));
    for (const other of [
      request({ ids: [1, 2] }, { url: "/v1/transfers/T2/cancel" }),
      request({ ids: [1, 2] }, { method: "PUT" }),
      request({ ids: [1, 2] }, { ifMatch: '"1"' }),
      request({ ids: [2, 1] }),
      request({ ids: [12] }),
      request({ ids: ["1,2"] }),
    ]) {
      expect(requestFingerprint(other)).not.toBe(base);
    }
  });
});

describe("IdempotentWrites", () => {
  let db: Db;
  let writes: IdempotentWrites;
  beforeEach(() => {
    db = openDatabase(":memory:");
    writes = new IdempotentWrites(db, new IdempotencyStore(db), new GroupCommit(db));
  });
  afterEach(() => db.close());

  const outcome = (status: number, json = `{"status":${status}}`): Outcome => ({ status, headers: { etag: '"1"' }, json });

  /** Runs a write under `key` and counts how often its handler ran. */
  function counting(status: number) {
    let runs = 0;
    return {
      run: (key = "k1") => writes.run(request({ a: 1 }, { key }), "430100/hrss", () => ({ ...outcome(status), json: `{"run":${++runs}}` })),
      runs: () => runs,
    };
  }

  it("keeps the response of a 2xx write (200 to 299) and replays it, marked, without running the handler again", async () => {
    for (const status of [200, 201, 299]) {
      const write = counting(status);
      const key = `kept-${status}`;
      expect(await write.run(key)).toEqual({ status, headers: { etag: '"1"' }, json: '{"run":1}' });
      expect(await write.run(key)).toEqual({ status, headers: { etag: '"1"', "idempotent-replayed": "true" }, json: '{"run":1}' });
      expect(write.runs(), `status ${status}`).toBe(1);
    }
  });

  it("keeps nothing of a refused or non-2xx write (199, 300, 422): the request may be corrected and sent again under its key", async () => {
    for (const status of [199, 300, 422]) {
      const write = counting(status);
      const key = `not-kept-${status}`;
      await write.run(key);
      expect((await write.run(key)).json).toBe('{"run":2}');
      expect(write.runs(), `status ${status}`).toBe(2);
    }
  });

  it("refuses the key on another request with 422 idempotency-key-reused, naming the header", async () => {
    await writes.run(request({ a: 1 }, { key: "shared" }), "430100/hrss", () => outcome(201));
    const reused = writes.run(request({ a: 2 }, { key: "shared" }), "430100/hrss", () => outcome(201));
    await expect(reused).rejects.toBeInstanceOf(ProblemException);
    const problem = ((await reused.catch((error: unknown) => error)) as ProblemException).problem;
    expect(problem).toEqual({
      type: "https://czt-ss.org/problems/idempotency-key-reused",
      title: "Idempotency-Key reused",
      status: 422,
      detail: "this Idempotency-Key was already used for a different request",
      errors: [{ ruleId: "api.idempotency-key", pointer: "/headers/Idempotency-Key" }],
    });
  });

  it("refuses a POST without a usable key with 400 naming the header and its length, before running anything", () => {
    for (const key of ["", "k".repeat(256)]) {
      let thrown: unknown;
      try {
        void writes.run(request({}, { key }), "430100/hrss", () => outcome(201));
      } catch (error) {
        thrown = error;
      }
      expect((thrown as ProblemException).problem).toEqual({
        type: "https://czt-ss.org/problems/bad-request",
        title: "Bad request",
        status: 400,
        detail: "every POST needs an Idempotency-Key header (1 to 255 characters)",
        errors: [{ ruleId: "api.idempotency-key", pointer: "/headers/Idempotency-Key" }],
      });
    }
  });

  it("refuses a POST without the header at all with the same 400", () => {
    const keyless = { ...request({}), headers: {} } as unknown as FastifyRequest;
    expect(() => writes.run(keyless, "430100/hrss", () => outcome(201))).toThrow("every POST needs an Idempotency-Key header (1 to 255 characters)");
  });

  describe("a PUT, whose key is optional", () => {
    /** A PUT with the body and, when given, the key. */
    const put = (body: unknown, key?: string) =>
      ({ method: "PUT", url: "/v1/persons/P1", headers: key === undefined ? {} : { "idempotency-key": key }, body }) as unknown as FastifyRequest;

    it("runs without a key every time it is sent, remembering nothing", async () => {
      let runs = 0;
      const run = (body: unknown) => writes.run(put(body), "430100/hrss", () => ({ ...outcome(200), json: `{"run":${++runs}}` }), true);
      expect(await run({ a: 1 })).toEqual({ status: 200, headers: { etag: '"1"' }, json: '{"run":1}' });
      expect(await run({ a: 1 })).toEqual({ status: 200, headers: { etag: '"1"' }, json: '{"run":2}' });
      expect(await run({ a: 2 })).toEqual({ status: 200, headers: { etag: '"1"' }, json: '{"run":3}' });
    });

    it("is replayed under a key it is given", async () => {
      let runs = 0;
      const run = () => writes.run(put({ a: 1 }, "put-1"), "430100/hrss", () => ({ ...outcome(200), json: `{"run":${++runs}}` }), true);
      await run();
      expect(await run()).toEqual({ status: 200, headers: { etag: '"1"', "idempotent-replayed": "true" }, json: '{"run":1}' });
    });

    it("refuses a key that is empty or too long with 400, without speaking of POST", () => {
      for (const key of ["", "k".repeat(256)]) {
        expect(() => writes.run(put({}, key), "430100/hrss", () => outcome(200), true)).toThrow(/^an Idempotency-Key header \(1 to 255 characters\)$/);
      }
    });
  });

  it("runs every request as new under the fault that ignores keys, and keys by default", async () => {
    const ignoring = new IdempotentWrites(db, new IdempotencyStore(db), new GroupCommit(db), true);
    let runs = 0;
    const run = () => ignoring.run(request({ a: 1 }, { key: "ignored" }), "430100/hrss", () => ({ ...outcome(201), json: `{"run":${++runs}}` }));
    await run();
    expect((await run()).json).toBe('{"run":2}');
    const write = counting(201);
    await write.run("default");
    await write.run("default");
    expect(write.runs()).toBe(1);
  });

  it("fails every write of a group when one ends the whole transaction: none of them was committed", async () => {
    db.exec("CREATE TABLE marks (name TEXT)");
    const first = writes.run(request({ a: 1 }, { key: "g1" }), "430100/hrss", () => {
      db.exec("INSERT INTO marks VALUES ('first')");
      return outcome(201);
    });
    const second = writes.run(request({ a: 2 }, { key: "g2" }), "430100/hrss", () => {
      db.exec("ROLLBACK");
      throw new Error("disk full");
    });
    await expect(second).rejects.toThrow();
    await expect(first).rejects.toThrow();
    expect(db.prepare("SELECT count(*) FROM marks").pluck().get()).toBe(0);
  });
});
