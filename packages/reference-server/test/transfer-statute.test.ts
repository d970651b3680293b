import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support.js";
import { receiving, sending, transferParties } from "./transfer-parties.js";
import { actor, allowed, type Operation, operations, pathTo, type Status, statuses } from "./transfer-statute.js";

let server: TestServer;
let parties: Awaited<ReturnType<typeof transferParties>>;
beforeAll(async () => {
  server = await startTestServer();
  parties = await transferParties(server, "S");
});
afterAll(() => server.close());

/** What each operation needs besides its status, so that only the status decides. */
function bodyOf(operation: Operation): object {
  if (operation === "reject") return { reasonCode: "other" };
  if (operation === "complete") return { toEnrolmentId: parties.toEnrolmentId };
  return {};
}

/** A demo agency that is neither side of the transfers. */
const xiangtan = 2;

const agencyOf = (operation: Operation) => (actor[operation] === "from" ? sending : receiving);

/** A new transfer moved over HTTP to `status`; its id and ETag. */
async function transferIn(status: Status): Promise<{ id: string; etag: string }> {
  let { id, etag } = await parties.file();
  for (const operation of pathTo[status]) {
    const moved = await parties.act(id, operation, { etag, agency: agencyOf(operation), body: bodyOf(operation) });
    expect(moved.statusCode, `${operation} on the way to ${status}: ${moved.body}`).toBe(200);
    etag = String(moved.headers["etag"]);
  }
  expect((await parties.read(id)).json().status).toBe(status);
  return { id, etag };
}

const forbidden = statuses.flatMap((status) => operations.filter((operation) => allowed[status][operation] === undefined).map((operation) => ({ status, operation })));
const permitted = statuses.flatMap((status) => operations.flatMap((operation) => {
  const to = allowed[status][operation];
  return to === undefined ? [] : [{ status, operation, to }];
}));

describe("the transfer state machine of 国办发〔2009〕66号, every status × every operation over HTTP", () => {
  it("covers 6 statuses × 5 operations: 7 allowed, 23 refused", () => {
    expect(permitted).toHaveLength(7);
    expect(forbidden).toHaveLength(23);
  });

  for (const status of statuses) {
    const refused = forbidden.filter((cell) => cell.status === status).map((cell) => cell.operation);
    it(`refuses in ${status}: ${refused.join(", ")} — 409, the record, its ETag and steps unchanged`, async () => {
      const { id, etag } = await transferIn(status);
      const before = await parties.read(id);
      for (const operation of refused) {
        const response = await parties.act(id, operation, { etag, agency: agencyOf(operation), body: bodyOf(operation) });
        expect(response.statusCode, `${operation} in ${status}: ${response.body}`).toBe(409);
        expect(response.json()).toMatchObject({ type: "https://czt-ss.org/problems/invalid-transition", status: 409 });
        const after = await parties.read(id);
        expect(after.headers["etag"], `${operation} in ${status}`).toBe(before.headers["etag"]);
        expect(after.json(), `${operation} in ${status}`).toEqual(before.json());
      }
    });
  }

  for (const { status, operation, to } of permitted) {
    const agencies = actor[operation] === "either" ? [receiving, sending] : [agencyOf(operation)];
    for (const agency of agencies) {
      it(`allows ${operation} in ${status} by the ${agency === receiving ? "receiving" : "sending"} agency only: ${to}, one step more, the ETag moved on`, async () => {
        const { id, etag } = await transferIn(status);
        const before = (await parties.read(id)).json();
        // The agencies whose step it is not (a third city's always; the other side's unless either may act) are refused first.
        for (const other of [xiangtan, ...(actor[operation] === "either" ? [] : [agency === receiving ? sending : receiving])]) {
          // Without toEnrolmentId (only the receiving side may name it): the step itself is what is refused.
          const { toEnrolmentId: _named, ...body } = bodyOf(operation) as { toEnrolmentId?: string };
          const refused = await parties.act(id, operation, { etag, agency: other, body });
          expect(refused.statusCode, `${operation} by agency ${other}: ${refused.body}`).toBe(403);
          expect(refused.json().errors[0].ruleId).toBe("api.transfer-side");
          expect((await parties.read(id)).json()).toEqual(before);
        }
        const response = await parties.act(id, operation, { etag, agency, body: bodyOf(operation) });
        expect(response.statusCode, response.body).toBe(200);
        expect(response.headers["etag"]).toBe(`"${Number(JSON.parse(etag)) + 1}"`);
        const after = await parties.read(id);
        expect(after.headers["etag"]).toBe(response.headers["etag"]);
        const record = after.json();
        expect(record.status).toBe(to);
        expect(record.steps.slice(0, -1)).toEqual(before.steps);
        // A rejection keeps its reason in its step.
        expect(record.steps.at(-1)).toMatchObject({ status: to, ...(operation === "reject" ? { reasonCode: "other" } : {}) });
      });
    }
  }
});
