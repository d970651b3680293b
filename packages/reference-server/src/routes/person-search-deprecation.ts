import type { FastifyReply } from "fastify";

/** When `GET /v1/persons?idNumber=` was deprecated: the release of the exchange API v1.1 (2026-12-04, UTC). */
export const personSearchByUrlDeprecatedAt = new Date("2026-12-04T00:00:00Z");
/** When it stops being served. */
export const personSearchByUrlSunset = new Date("2027-06-30T00:00:00Z");

/**
 * Marks a response of the deprecated `GET /v1/persons?idNumber=` (identity numbers in URLs end up
 * in access logs and proxies): `Deprecation` (RFC 9745, a structured-field date), `Sunset`
 * (RFC 8594, an HTTP date) and `Link`s to the successor operation and to the documentation.
 */
export function deprecatePersonSearchByUrl(reply: FastifyReply): void {
  reply
    .header("deprecation", `@${Math.floor(personSearchByUrlDeprecatedAt.getTime() / 1000)}`)
    .header("sunset", personSearchByUrlSunset.toUTCString())
    .header("link", '</v1/person-searches>; rel="successor-version", <https://czt-ss.org/docs/api#person-search>; rel="deprecation"; type="text/html"');
}
