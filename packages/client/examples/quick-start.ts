import { createCztClient, etagOf, newIdempotencyKey, type Person } from "../src/index.js";

/** Registers a person, then asks whether they already have medical insurance anywhere in the three cities. */
export async function quickStart(baseUrl: string, token: string) {
  const api = createCztClient({ baseUrl, token });

  const person: Person = {
    recordType: "person",
    id: "430100-P-000123",
    meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
    idNumber: "430102199003071234",
    name: "张伟",
    sex: "1",
    birthDate: "1990-03-07",
    nationality: "CHN",
  };
  // Keep the key: a retry with the same key and body replays the first answer instead of creating twice.
  const created = await api.POST("/v1/persons", { params: { header: { "Idempotency-Key": newIdempotencyKey() } }, body: person });
  if (created.error) throw new Error(`${created.error.title}: ${created.error.detail ?? ""} ${JSON.stringify(created.error.errors ?? [])}`);
  const etag = etagOf(created.response); // send it back as If-Match when you change the record

  // A read of personal data states why (CZT-Purpose, code list readPurpose); 参保登记 needs no consent.
  const check = await api.POST("/v1/duplicate-checks", {
    params: { header: { "Idempotency-Key": newIdempotencyKey(), "CZT-Purpose": "enrolmentRegistration" } },
    body: { idNumber: person.idNumber!, family: "medical" },
  });
  if (check.error) throw new Error(check.error.title);
  const where = check.data.matches.map((match) => `${match.scheme} in ${match.city} since ${match.period.start}`);
  return { personId: created.data.id, etag, enrolled: check.data.enrolled, where };
}
