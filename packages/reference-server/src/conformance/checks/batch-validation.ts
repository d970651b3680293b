import fc from "fast-check";
import { type Check, expectStatus, fail } from "../check.js";
import { enrolmentDraftArbitrary, enrolmentOf, personArbitrary } from "../generators.js";
import { bearer } from "../check.js";
import { randomUUID } from "node:crypto";

type Report = { summary?: { records?: number; invalid?: number; errors?: number } };

/** The batch endpoint runs the validator: a clean export passes, a corrupted line is reported. */
export const batchValidation: Check = {
  name: "batch_validation",
  description: "a JSON Lines export is validated: valid records give no errors, a broken line is counted as an error",
  runs: 4,
  property: (context) =>
    fc.asyncProperty(fc.array(personArbitrary, { minLength: 1, maxLength: 4 }), enrolmentDraftArbitrary, fc.boolean(), async (persons, enrolmentDraft, corrupt) => {
      const records = persons.map((person) => ({ ...person, id: context.nextId("P") }));
      records.push({ ...enrolmentOf(enrolmentDraft, records[0]!.id, context.main.agency, context.main.city), id: context.nextId("E") });
      const lines = records.map((record) => JSON.stringify(record));
      if (corrupt) lines.splice(1, 0, '{"recordType": "person", "id": ');
      const exchange = await context.http.send({
        operationId: "validateExport",
        method: "POST",
        path: "/v1/validations",
        headers: { ...bearer(context.main.token), "idempotency-key": randomUUID() },
        text: `${lines.join("\n")}\n`,
      });
      expectStatus(exchange, [200], "validating an export");
      const summary = (exchange.response.body as Report).summary ?? {};
      if (!corrupt && (summary.errors ?? -1) !== 0) fail(`a valid export was reported with ${String(summary.errors)} errors`, exchange);
      if (corrupt && (summary.errors ?? 0) < 1) fail("an export with a broken line was reported without errors", exchange);
    }),
};
