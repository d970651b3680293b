import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FastifyInstance } from "fastify";
import { requestOrigin, servedContract } from "../contract/served-contract.js";

/**
 * Redoc's standalone bundle, shipped inside @redocly/cli (the linter the project
 * already depends on), read once and served by the server itself: the reference
 * page works offline and loads nothing from a CDN.
 */
function readRedocBundle(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve("@redocly/cli/lib/chunks/redoc.standalone.js"), "utf8");
}

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CZT-SS exchange API</title>
</head>
<body>
<div id="redoc"></div>
<script type="module" src="/docs/init.js"></script>
</body>
</html>
`;

const init = `import { init } from "/docs/redoc.standalone.js";
init("/openapi.json", { disableTelemetry: true, hideDownloadButtons: false }, document.getElementById("redoc"));
`;

/** Everything the page may load comes from this server. */
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'";

/** The contract at /openapi.json and its browsable reference at /docs; public, like any API reference. */
export function registerDocs(app: FastifyInstance): void {
  let bundle: string | undefined;
  // The committed bundle names no host (servers: "/"); the served copy names the one it was asked at.
  app.get("/openapi.json", { config: { operationId: "contract" } }, (request, reply) =>
    reply.type("application/json; charset=utf-8").send(servedContract(requestOrigin(request))),
  );
  app.get("/docs", { config: { operationId: "docs" } }, (_request, reply) =>
    reply.type("text/html; charset=utf-8").header("content-security-policy", contentSecurityPolicy).send(page),
  );
  app.get("/docs/init.js", { config: { operationId: "docs" } }, (_request, reply) => reply.type("text/javascript; charset=utf-8").send(init));
  app.get("/docs/redoc.standalone.js", { config: { operationId: "docs" } }, (_request, reply) => {
    bundle ??= readRedocBundle();
    return reply.type("text/javascript; charset=utf-8").header("cache-control", "public, max-age=86400").send(bundle);
  });
}
