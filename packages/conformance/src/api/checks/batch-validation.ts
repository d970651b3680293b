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

/** A validation with more findings than the report lists: the summary still counts every one, and no key is needed. */
export const validationFindingsCapped: Check = {
  name: "validation_findings_capped",
  description: "an export with more than 1000 findings is answered with at most 1000 listed and a summary that counts all of them; POST /v1/validations needs no Idempotency-Key",
  runs: 2,
  property: (context) =>
    fc.asyncProperty(fc.integer({ min: 1001, max: 5000 }), async (lines) => {
      const exchange = await context.http.send({
        operationId: "validateExport",
        method: "POST",
        path: "/v1/validations",
        headers: bearer(context.main.token),
        // Each `{}` line is one record without a record type: one error each.
        text: "{}\n".repeat(lines),
      });
      expectStatus(exchange, [200], `validating ${lines} empty records`);
      const report = exchange.response.body as Report & { findings?: unknown[] };
      const summary = report.summary ?? {};
      if (summary.records !== lines || summary.errors !== lines) fail(`the summary of ${lines} broken records says ${String(summary.records)} records, ${String(summary.errors)} errors`, exchange);
      if (!Array.isArray(report.findings) || report.findings.length > 1000) fail(`the report lists ${String(report.findings?.length)} findings, more than 1000`, exchange);
    }),
};
