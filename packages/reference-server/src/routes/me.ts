import type { FastifyInstance } from "fastify";
import { principalOf } from "../context.js";

/** GET /v1/me: the agency, city and scopes of the token — how a client (or the conformance runner) learns what it may write. */
export function registerMe(app: FastifyInstance): void {
  app.get("/v1/me", { config: { operationId: "getCurrentAgency", authenticated: true } }, (request, reply) => {
    const { agency, city, scopes } = principalOf(request);
    return reply.send({ agency, city, scopes });
  });
}
