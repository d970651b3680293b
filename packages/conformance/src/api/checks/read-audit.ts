import fc from "fast-check";
import { type Check, enc, expectStatus, fail, get } from "../check.js";
import { personArbitrary } from "../generators.js";
import { readWith } from "./read-purpose.js";
import { createPerson } from "./support.js";

interface AuditEvent {
  recordId?: unknown;
  purpose?: unknown;
  operation?: unknown;
  agency?: { creditCode?: unknown };
}

/** Every read the runner made of its own record is in the audit log, with its agency, purpose and operation. */
export const readsAudited: Check = {
  name: "reads_audited",
  description: "every read of personal data the runner made appears in GET /v1/audit-events?recordId= of the record's owner, once, with the reading agency, the purpose and the operation",
  runs: 4,
  property: (context) =>
    fc.asyncProperty(personArbitrary, fc.integer({ min: 1, max: 4 }), async (draft, reads) => {
      const person = await createPerson(context, draft);
      // A purpose this check alone uses on this new record: the events with it are exactly the reads below.
      for (let i = 0; i < reads; i++) expectStatus(await readWith(context, "getPerson", `/v1/persons/${enc(person.id)}`, "auditSupervision"), [200], "reading the person");
      const listed = expectStatus(await get(context, "listAuditEvents", `/v1/audit-events?recordId=${enc(person.id)}&limit=100`), [200], "listing the reads of the person");
      const events = ((listed.response.body as { items?: AuditEvent[] } | undefined)?.items ?? []).filter((event) => event.purpose === "auditSupervision");
      if (events.length !== reads) fail(`the runner read ${person.id} ${reads} times with purpose auditSupervision; the audit log lists ${events.length}`, listed);
      for (const event of events) {
        if (event.recordId !== person.id || event.operation !== "getPerson" || event.agency?.creditCode !== context.main.agency.creditCode) {
          fail(`an audit event does not name the record, the operation getPerson and the reading agency: ${JSON.stringify(event)}`, listed);
        }
      }
    }),
};
