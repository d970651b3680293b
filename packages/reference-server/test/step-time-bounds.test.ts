import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepTimeProblem } from "../src/workflow/step-time.js";
import { startTestServer, type TestServer } from "./support.js";
import { receiving, transferParties } from "./transfer-parties.js";

// The server's clock, fixed: the bounds are tested at the millisecond.
const now = new Date("2026-02-01T00:00:00.000Z");
const plus = (ms: number) => new Date(now.getTime() + ms).toISOString();
const skew = 5 * 60 * 1000;
/** The requested step of support.ts's transfer. */
const requestedAt = "2026-01-15T09:30:00+08:00";

let server: TestServer;
let parties: Awaited<ReturnType<typeof transferParties>>;
beforeAll(async () => {
  server = await startTestServer({ now: () => now });
  parties = await transferParties(server, "ST");
});
afterAll(() => server.close());

async function letterAt(body: object, steps?: object[]) {
  const { id, etag } = await parties.file(steps === undefined ? {} : { steps });
  return parties.act(id, "issue-contact-letter", { etag, agency: receiving, body });
}

describe("step times: no later than the server's time plus 5 minutes, not before the previous step", () => {
  it("accepts a step dated exactly 5 minutes ahead and refuses one a millisecond later (api.step-time at /at)", async () => {
    expect((await letterAt({ at: plus(skew) })).statusCode).toBe(200);
    const late = await letterAt({ at: plus(skew + 1) });
    expect(late.statusCode, late.body).toBe(422);
    expect(late.json()).toMatchObject({
      type: "https://czt-ss.org/problems/invalid-step-time",
      title: "The step time is out of bounds",
      status: 422,
      detail: `${plus(skew + 1)} is in the future: a step is dated no later than the server's time (2026-02-01T00:00:00.000Z) plus 5 minutes`,
    });
    expect(late.json().errors).toEqual([{ ruleId: "api.step-time", pointer: "/at", severity: "error", detail: late.json().detail }]);
  });

  it("accepts a step dated at the very time of the previous one and refuses one a millisecond before", async () => {
    const same = await letterAt({ at: "2026-01-15T01:30:00.000Z" });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().steps.map((step: { at: string }) => step.at)).toEqual([requestedAt, "2026-01-15T01:30:00.000Z"]);
    const before = await letterAt({ at: "2026-01-15T01:29:59.999Z" });
    expect(before.statusCode, before.body).toBe(422);
    expect(before.json().errors).toMatchObject([{ ruleId: "api.step-time", pointer: "/at" }]);
  });

  it("dates a step without `at` at the server's time, keeps its note, and stamps meta.lastUpdated", async () => {
    const response = await letterAt({ note: "联系函已发出" });
    expect(response.json().steps.at(-1)).toEqual({ status: "letterIssued", at: now.toISOString(), note: "联系函已发出" });
    expect(response.json().meta.lastUpdated).toBe(now.toISOString());
  });

  it("dates a step without `at` no earlier than a previous step within the skew ahead of the server's time", async () => {
    const response = await letterAt({}, [{ status: "requested", at: plus(3 * 60 * 1000) }]);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().steps.at(-1)).toEqual({ status: "letterIssued", at: plus(3 * 60 * 1000) });
  });

  it("bounds the requested step of a new transfer the same way (api.step-time at /steps/0/at)", async () => {
    expect((await parties.fileRaw({ steps: [{ status: "requested", at: plus(skew) }] })).statusCode).toBe(201);
    const late = await parties.fileRaw({ steps: [{ status: "requested", at: plus(skew + 1) }] });
    expect(late.statusCode, late.body).toBe(422);
    expect(late.json().errors).toMatchObject([{ ruleId: "api.step-time", pointer: "/steps/0/at" }]);
  });
});

describe("stepTimeProblem on its own", () => {
  // Over HTTP the contract's date-time format refuses such a value first; the bound does not rely on it.
  it("refuses what is not a date-time rather than letting every comparison with NaN pass", () => {
    for (const at of ["not a date", "2026-13-01T00:00:00Z"]) expect(stepTimeProblem(at, now, undefined), at).toBe(`${at} is not a date-time`);
  });

  it("says which bound a time breaks: the server's time plus the skew, or the previous step", () => {
    expect(stepTimeProblem(plus(skew), now, undefined)).toBeUndefined();
    expect(stepTimeProblem(plus(skew + 1), now, undefined)).toBe(
      `${plus(skew + 1)} is in the future: a step is dated no later than the server's time (2026-02-01T00:00:00.000Z) plus 5 minutes`,
    );
    expect(stepTimeProblem(plus(-1), now, plus(0))).toBe(`${plus(-1)} is before the previous step (${plus(0)})`);
    expect(stepTimeProblem(plus(0), now, plus(0))).toBeUndefined();
  });
});
