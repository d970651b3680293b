import type { FastifyInstance } from "fastify";
import { principalOf } from "../context.js";
import { exportEncoding } from "../http/media-type.js";
import { problems } from "../http/problem.js";
import type { ValidationPool } from "../validation/validation-pool.js";

export const validationBodyLimit = 16 * 1024 * 1024;

const exportMediaTypes = ["application/x-ndjson", "application/jsonl"];

/**
 * POST /v1/validations: the validator over an uploaded JSON Lines export, every
 * layer (schema, record, dataset), answering the JSON report. Nothing is stored, not
 * even under an Idempotency-Key: a validation changes nothing, so a repeat simply runs
 * again. The work runs in the pool's worker threads, never on the event loop.
 */
export function registerValidations(app: FastifyInstance, pool: ValidationPool): void {
  app.register(async (scope) => {
    scope.addContentTypeParser(exportMediaTypes, { parseAs: "buffer", bodyLimit: validationBodyLimit }, (_request, body, done) => done(null, body));
    scope.post("/v1/validations", { bodyLimit: validationBodyLimit, config: { operationId: "validateExport", scope: "validate" } }, async (request, reply) => {
      principalOf(request);
      // A JSON body was parsed by the server-wide parser: an export is JSON Lines only.
      if (!Buffer.isBuffer(request.body)) throw problems.unsupportedMediaType(`send the export as ${exportMediaTypes.join(" or ")} (JSON Lines)`);
      const encoding = exportEncoding(request.headers["content-type"]);
      // The same JSON report as `czt validate --format json --max-findings N` (personal data masked).
      const json = await pool.validate(request.body, encoding);
      return reply.code(200).type("application/json; charset=utf-8").send(json);
    });
  });
}
