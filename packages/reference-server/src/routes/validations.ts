import type { FastifyInstance } from "fastify";
import { createJsonLinesReader, createValidator, defaultLimits, formatReport } from "@czt/validator";
import { type ServerContext, principalOf } from "../context.js";
import { sendOutcome } from "../http/idempotent.js";
import { problems } from "../http/problem.js";

export const validationBodyLimit = 16 * 1024 * 1024;

/**
 * POST /v1/validations: the validator over an uploaded JSON Lines export, every
 * layer (schema, record, dataset), answering the JSON report. Nothing is stored.
 */
export function registerValidations(app: FastifyInstance, context: ServerContext): void {
  app.register(async (scope) => {
    scope.addContentTypeParser(["application/x-ndjson", "application/jsonl"], { parseAs: "buffer", bodyLimit: validationBodyLimit }, (_request, body, done) => done(null, body));
    scope.post("/v1/validations", { bodyLimit: validationBodyLimit, config: { operationId: "validateExport", scope: "validate" } }, async (request, reply) => {
      const principal = principalOf(request);
      if (!Buffer.isBuffer(request.body)) throw problems.unsupportedMediaType("send the export as application/x-ndjson (JSON Lines)");
      const body = request.body;
      const outcome = await context.writes.run(request, principal.agency.creditCode, () => {
        const session = createValidator().createSession();
        const reader = createJsonLinesReader({ file: "upload.jsonl", encoding: "auto", limits: defaultLimits, emit: (item) => void session.add(item) });
        reader.push(body);
        reader.end();
        // The same JSON report as `czt validate --format json` (personal data masked).
        return { status: 200, headers: {}, json: formatReport(session.finish(), { format: "json", lang: "en" }) };
      });
      return sendOutcome(reply, outcome);
    });
  });
}
