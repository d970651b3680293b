import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The signature of a delivery (docs/subscriptions.md#signature):
 *
 *     X-CZT-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>
 *
 * where the HMAC key is the subscription's secret (its UTF-8 bytes, exactly as the server
 * returned it, `whsec_` prefix included) and the message is the ASCII decimal timestamp, a
 * full stop, then the raw body bytes: `<t>.<body>`. The scheme is Stripe's (t=, v1=), chosen
 * because it needs nothing but an HMAC in any language; a header may carry several `v1=`
 * (rotation), and a receiver accepts the delivery when one matches.
 */
export const signatureHeader = "x-czt-signature";

/** Deliveries older (or further in the future) than this are refused as replays by default. */
export const defaultToleranceSeconds = 300;

/** The hex HMAC-SHA256 of `<timestamp>.<body>` under the secret. */
export function signatureOf(secret: string, timestamp: number, body: Uint8Array): string {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex");
}

/** The `X-CZT-Signature` value for a body sent at `timestamp` (unix seconds). */
export function signDelivery(secret: string, timestamp: number, body: Uint8Array): string {
  return `t=${timestamp},v1=${signatureOf(secret, timestamp, body)}`;
}

export type SignatureVerdict =
  | { valid: true; timestamp: number }
  | { valid: false; reason: "malformed" | "timestamp-outside-tolerance" | "no-matching-signature" };

export interface VerifyOptions {
  /** The receiver's clock, unix seconds (default now). */
  now?: number;
  /** How far the timestamp may be from `now`, in seconds (default 300). */
  toleranceSeconds?: number;
}

/**
 * Checks a delivery: the header parses, its timestamp is within the tolerance of the
 * receiver's clock (against replays), and one of its `v1` signatures equals the HMAC of
 * the raw body as received (compared in constant time).
 */
export function verifyDelivery(header: string | undefined, body: Uint8Array, secret: string, options: VerifyOptions = {}): SignatureVerdict {
  if (header === undefined) return { valid: false, reason: "malformed" };
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [key, value, ...rest] = part.trim().split("=");
    if (value === undefined || rest.length > 0) return { valid: false, reason: "malformed" };
    if (key === "t") {
      if (!/^\d{1,12}$/.test(value) || timestamp !== undefined) return { valid: false, reason: "malformed" };
      timestamp = Number(value);
    } else if (key === "v1" && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) return { valid: false, reason: "malformed" };
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? defaultToleranceSeconds)) return { valid: false, reason: "timestamp-outside-tolerance" };
  const expected = Buffer.from(signatureOf(secret, timestamp, body), "hex");
  const matches = signatures.some((signature) => timingSafeEqual(Buffer.from(signature, "hex"), expected));
  return matches ? { valid: true, timestamp } : { valid: false, reason: "no-matching-signature" };
}
