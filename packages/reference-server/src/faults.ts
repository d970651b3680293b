/**
 * Deliberate defects, for proving that the API conformance runner catches each
 * class of fault. Never enabled by `czt serve`; only tests pass them.
 */
export const faultNames = [
  /** createPerson answers 200 instead of the documented 201. */
  "undocumented-status",
  /** Requests without a bearer token are served as the first agency's. */
  "skip-auth",
  /** getPerson answers a body without the required `name`. */
  "invalid-body",
  /** Idempotency-Key is ignored: a repeat runs the request again. */
  "ignore-idempotency",
  /** If-Match is not compared: stale writes go through. */
  "ignore-if-match",
  /** listEnrolments crashes on its largest page size (an off-by-one that ends in a 500). */
  "server-error",
  /** Scope and ownership checks are skipped: an agency may write another city's records. */
  "skip-ownership",
  /** The validator's duplicate rules are not run on writes: one identity number may have two persons in a city. */
  "allow-duplicates",
  /** GET /v1/events answers each page newest first. */
  "feed-out-of-order",
  /** A correction overwrites the old version: only the current one is readable under /versions. */
  "drop-old-versions",
  /** A retraction deletes the record (reads answer 404, no tombstone, no retracted event). */
  "retraction-deletes",
  /** Linking persons sets replacedBy on the duplicate but leaves the survivor without replaces. */
  "link-one-side",
  /** Subscription deliveries are sent without X-CZT-Signature. */
  "unsigned-deliveries",
  /** A delivery whose first attempt fails is marked failed at once: no retries. */
  "no-delivery-retries",
  /** Reads of personal data are served without CZT-Purpose and without the consent their purpose needs. */
  "skip-purpose",
  /** A revoked consent is accepted as if it were still valid. */
  "accept-revoked-consent",
  /** Reads of personal data are not written to the audit log. */
  "skip-audit",
  /** Person search exists only as GET /v1/persons?idNumber= (no POST /v1/person-searches), without deprecation headers. */
  "id-number-in-url-only",
  /** Assistance cases are found by their head (personId) only, not by the other members of the household. */
  "head-only-member-search",
] as const;

export type Fault = (typeof faultNames)[number];
