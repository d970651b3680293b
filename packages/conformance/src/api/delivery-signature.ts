import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The runner's own reading of `X-CZT-Signature: t=<unix seconds>,v1=<hex>` (docs/subscriptions.md#signature),
 * written from the documentation and not taken from the reference server, so that the
 * test vector in conformance/signatures/ checks two implementations against each other.
 */
export type DeliverySignatureVerdict = { valid: true } | { valid: false; reason: "malformed" | "timestamp-outside-tolerance" | "no-matching-signature" };

export function checkDeliverySignature(header: string | undefined, body: Uint8Array, secret: string, now: number, toleranceSeconds = 300): DeliverySignatureVerdict {
  const fields = (header ?? "").split(",").map((part) => /^\s*([a-z0-9]+)=([^=,\s]+)\s*$/.exec(part));
  if (header === undefined || fields.some((field) => field === null)) return { valid: false, reason: "malformed" };
  const timestamps = fields.filter((field) => field![1] === "t").map((field) => field![2]!);
  const signatures = fields.filter((field) => field![1] === "v1" && /^[0-9a-f]{64}$/.test(field![2]!)).map((field) => Buffer.from(field![2]!, "hex"));
  const [timestamp] = timestamps;
  if (timestamps.length !== 1 || timestamp === undefined || !/^\d{1,12}$/.test(timestamp) || signatures.length === 0) return { valid: false, reason: "malformed" };
  if (Math.abs(now - Number(timestamp)) > toleranceSeconds) return { valid: false, reason: "timestamp-outside-tolerance" };
  const mac = createHmac("sha256", Buffer.from(secret, "utf8"));
  mac.update(Buffer.concat([Buffer.from(`${timestamp}.`, "ascii"), body]));
  const expected = mac.digest();
  return signatures.some((signature) => timingSafeEqual(signature, expected)) ? { valid: true } : { valid: false, reason: "no-matching-signature" };
}
