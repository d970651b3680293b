import { expect } from "vitest";
import { enrolment, key, person, type TestServer, transfer } from "./support.js";

/** The demo agencies of the transfers: Changsha (index 0) sends, Zhuzhou (index 1) receives. */
export const sending = 0;
export const receiving = 1;

/**
 * A person with a closed enrolment in Changsha and an open one in Zhuzhou, and a way to
 * file and move transfers between them over HTTP: what a transfer test needs.
 * `tag` keeps the ids of one test file apart from another's.
 */
export async function transferParties(server: TestServer, tag: string) {
  const personId = `430100-P-${tag}`;
  const fromEnrolmentId = `430100-E-${tag}`;
  const toEnrolmentId = `430200-E-${tag}`;
  const post = (url: string, payload: object, agency: number) => server.app.inject({ method: "POST", url, headers: { ...server.auth(agency), "idempotency-key": key() }, payload });
  expect((await post("/v1/persons", person(personId), sending)).statusCode).toBe(201);
  expect((await post("/v1/enrolments", enrolment(server, fromEnrolmentId, personId, sending, { period: { start: "2015-01-01", end: "2019-12-31" } }), sending)).statusCode).toBe(201);
  expect((await post("/v1/enrolments", enrolment(server, toEnrolmentId, personId, receiving), receiving)).statusCode).toBe(201);
  let sequence = 0;

  return {
    toEnrolmentId,
    /** POST /v1/transfers as the receiving agency: a new transfer in `requested`, with `overrides`; the response. */
    fileRaw(overrides: Record<string, unknown> = {}) {
      return post("/v1/transfers", { ...transfer(server, `430200-T-${tag}-${++sequence}`, personId, fromEnrolmentId), ...overrides }, receiving);
    },
    /** Files a new transfer (status `requested`) as the receiving agency; its id and ETag. */
    async file(overrides: Record<string, unknown> = {}): Promise<{ id: string; etag: string }> {
      const created = await this.fileRaw(overrides);
      expect(created.statusCode, created.body).toBe(201);
      return { id: String(created.json().id), etag: String(created.headers["etag"]) };
    },
    /** POST /v1/transfers/{id}/{action}, under a fresh Idempotency-Key unless one is given. */
    act(id: string, action: string, options: { etag?: string; agency: number; body?: object; idempotencyKey?: string }) {
      return server.app.inject({
        method: "POST",
        url: `/v1/transfers/${id}/${action}`,
        headers: { ...server.auth(options.agency), "idempotency-key": options.idempotencyKey ?? key(), ...(options.etag === undefined ? {} : { "if-match": options.etag }) },
        payload: options.body ?? {},
      });
    },
    read(id: string) {
      return server.app.inject({ method: "GET", url: `/v1/transfers/${id}`, headers: server.auth(receiving) });
    },
  };
}
