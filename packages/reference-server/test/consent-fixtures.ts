import type { TestServer } from "./support.js";
import { key, person } from "./support.js";

type Body = Record<string, unknown>;

/** A 低保 applicant's consent (核对授权书) held by Changsha's bureau, granted to the agency of `grantedTo` (a city index). */
export function consent(server: TestServer, id: string, personId: string, overrides: Body = {}, grantedTo = 0): Body {
  const holder = server.demo[0]!.principal.agency;
  return {
    recordType: "consent",
    id,
    meta: { lastUpdated: "2026-03-01T10:00:00+08:00" },
    personId,
    city: "430100",
    agency: holder,
    grantedTo: [server.demo[grantedTo]!.principal.agency],
    scope: ["person", "enrolment", "assistance", "consent"],
    purposes: ["dibaoReview"],
    validFrom: "2026-03-01",
    validUntil: "2027-02-28",
    revoked: false,
    document: { title: "家庭经济状况核对授权书", number: `CS-HD-${id}`, signedOn: "2026-03-01" },
    ...overrides,
  };
}

/** POSTs a record as Changsha's bureau (index 0 unless given) and expects 201. */
export async function create(server: TestServer, path: string, body: Body, cityIndex = 0): Promise<void> {
  const response = await server.app.inject({ method: "POST", url: path, headers: { ...server.auth(cityIndex), "idempotency-key": key() }, payload: body });
  if (response.statusCode !== 201) throw new Error(`${path} ${String(body["id"])}: ${response.statusCode} ${response.body}`);
}

export async function createPerson(server: TestServer, id: string, overrides: Body = {}): Promise<void> {
  await create(server, "/v1/persons", person(id, overrides));
}

/** GET with a token and exactly the purpose and consent headers given (none by default). */
export function read(server: TestServer, url: string, headers: Record<string, string> = {}, cityIndex = 0) {
  return server.app.inject({ method: "GET", url, headers: { authorization: `Bearer ${server.demo[cityIndex]!.token}`, ...headers } });
}
