/**
 * `@czt/conformance/api` — the exchange API conformance runner: checks any server that
 * claims the CZT-SS exchange contract (`czt conformance api --base-url …`), each check
 * shown to catch a deliberately broken server (the reference server's faults). Node only.
 */
export { type CheckResult, type ConformanceOptions, type ConformanceReport, runConformance } from "./runner.js";
export { type ConformanceFormat, formatConformanceReport, maskResponseText } from "./report.js";
/** The person records the runner writes (unique identity numbers, valid check characters): for load and reliability tests of a server. */
export { personArbitrary } from "./generators.js";
export { checks as conformanceChecks } from "./checks/index.js";
export { transferSteps, type TransferStep } from "./transfer-steps.js";
/** Verifies a subscription delivery's `X-CZT-Signature` (an implementation of its own, written from docs/subscriptions.md). */
export { checkDeliverySignature, type DeliverySignatureVerdict } from "./delivery-signature.js";
