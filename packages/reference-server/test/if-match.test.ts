import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support.js";
import { receiving, transferParties } from "./transfer-parties.js";

let server: TestServer;
let parties: Awaited<ReturnType<typeof transferParties>>;
beforeAll(async () => {
  server = await startTestServer();
  parties = await transferParties(server, "PC");
});
afterAll(() => server.close());

const letter = (id: string, ifMatch: string | undefined) => parties.act(id, "issue-contact-letter", { ...(ifMatch === undefined ? {} : { etag: ifMatch }), agency: receiving });

describe("If-Match on a transition (RFC 9110 §13.1.1)", () => {
  it("answers an empty If-Match as a missing one: 428, nothing changed", async () => {
    const { id } = await parties.file();
    const before = (await parties.read(id)).json();
    const response = await server.app.inject({
      method: "POST",
      url: `/v1/transfers/${id}/issue-contact-letter`,
      headers: { ...server.auth(receiving), "idempotency-key": `empty-if-match-${id}`, "if-match": "" },
      payload: {},
    });
    expect(response.statusCode, response.body).toBe(428);
    expect(response.json().type).toBe("https://czt-ss.org/problems/precondition-required");
    expect((await parties.read(id)).json()).toEqual(before);
  });

  it("accepts * (any current version)", async () => {
    const { id } = await parties.file();
    const response = await letter(id, "*");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().status).toBe("letterIssued");
  });

  it("accepts a list of tags of which one is current, however the commas are spaced", async () => {
    const lists = (etag: string) => [`"7", ${etag}`, `"7",${etag}`, `  ${etag}  ,"8"`];
    for (const make of [0, 1, 2]) {
      const { id, etag } = await parties.file();
      const header = lists(etag)[make]!;
      const response = await letter(id, header);
      expect(response.statusCode, `${header}: ${response.body}`).toBe(200);
    }
  });

  it("refuses a list without the current tag, and a weak or unquoted form of it: 412, nothing changed", async () => {
    const { id, etag } = await parties.file();
    const before = (await parties.read(id)).json();
    for (const header of [`"7", "8"`, `W/${etag}`, etag.replaceAll('"', "")]) {
      const response = await letter(id, header);
      expect(response.statusCode, `${header}: ${response.body}`).toBe(412);
      expect(response.json().type).toBe("https://czt-ss.org/problems/precondition-failed");
    }
    expect((await parties.read(id)).json()).toEqual(before);
  });
});
