import type { FastifyRequest } from "fastify";
import { ProblemException, problems } from "../http/problem.js";
import type { Principal, Scope } from "./agency.js";
import type { TokenRegistry } from "./token-registry.js";

/**
 * Resolves the bearer token of a request (RFC 6750) and checks the route's scope:
 * 401 for a missing, malformed or unknown token, 403 for a missing scope.
 * `fallback` serves tokenless requests (only the `skip-auth` fault sets it).
 */
export function authenticate(request: FastifyRequest, tokens: TokenRegistry, scope: Scope | undefined, fallback: Principal | undefined): Principal {
  const header = request.headers.authorization;
  let principal: Principal | undefined;
  if (header === undefined && fallback !== undefined) principal = fallback;
  else {
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header ?? "");
    if (match === null) throw problems.unauthorized(header === undefined ? "this operation needs a bearer token" : "the Authorization header is not a bearer token");
    principal = tokens.lookup(match[1]!);
    if (principal === undefined) throw problems.unauthorized("the bearer token is not known to this server");
  }
  if (scope !== undefined && !principal.scopes.includes(scope)) {
    throw new ProblemException(403, "forbidden", "Forbidden", `this operation needs the ${scope} scope`, [{ ruleId: "api.scope", pointer: "", severity: "error" }]);
  }
  return principal;
}
