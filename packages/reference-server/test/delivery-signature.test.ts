import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { signDelivery, verifyDelivery } from "../src/subscriptions/delivery-signature.js";

const folder = fileURLToPath(new URL("../../../conformance/signatures/", import.meta.url));
const vectors = JSON.parse(readFileSync(`${folder}delivery-signature.json`, "utf8")) as {
  toleranceSeconds: number;
  signing: { secret: string; timestamp: number; body: string; bodyBase64: string; signedPayloadBase64: string; expectedSignature: string; expectedHeader: string };
  cases: { name: string; secret: string; bodyBase64: string; header: string; now: number; expected: { valid: true } | { valid: false; reason: string } }[];
};
const { signing } = vectors;
const body = Buffer.from(signing.bodyBase64, "base64");

describe("the X-CZT-Signature test vector (conformance/signatures/delivery-signature.json)", () => {
  it("keeps its own schema, and its text body is its base64 body", () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(`${folder}signature-vectors.schema.json`, "utf8")));
    expect(validate(vectors), JSON.stringify(validate.errors)).toBe(true);
    expect(body.toString("utf8")).toBe(signing.body);
    expect(Buffer.from(signing.signedPayloadBase64, "base64")).toEqual(Buffer.concat([Buffer.from(`${signing.timestamp}.`), body]));
  });

  it("is what the reference server signs", () => {
    expect(signDelivery(signing.secret, signing.timestamp, body)).toBe(signing.expectedHeader);
  });

  it.each(vectors.cases)("the server's verifier: $name", (vector) => {
    const verdict = verifyDelivery(vector.header, Buffer.from(vector.bodyBase64, "base64"), vector.secret, { now: vector.now, toleranceSeconds: vectors.toleranceSeconds });
    expect(verdict.valid).toBe(vector.expected.valid);
    if (!verdict.valid && !vector.expected.valid) expect(verdict.reason).toBe(vector.expected.reason);
  });

  it("agrees with OpenSSL's HMAC (openssl dgst -sha256 -hmac)", () => {
    const run = spawnSync("openssl", ["dgst", "-sha256", "-hmac", signing.secret], { input: Buffer.from(signing.signedPayloadBase64, "base64"), encoding: "utf8" });
    expect(run.error, "openssl is missing: scripts/install-system-packages.sh installs it").toBeUndefined();
    expect(run.stdout.trim().split(/\s+/).at(-1)).toBe(signing.expectedSignature);
  });

  it("agrees with the Python example a subscriber can copy (conformance/signatures/verify_signature.py, standard library only)", () => {
    const run = spawnSync("python3", [`${folder}verify_signature.py`], { encoding: "utf8" });
    expect(run.error, "python3 is missing: scripts/install-system-packages.sh installs it").toBeUndefined();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const expectedLines = vectors.cases.map((vector) => (vector.expected.valid ? `${vector.name} valid` : `${vector.name} invalid ${vector.expected.reason}`));
    expect(run.stdout.trim().split("\n")).toEqual(["signing matches", ...expectedLines]);
  });

  it("refuses a signature under the wrong secret in constant-time comparison, never by throwing", () => {
    const header = signDelivery("whsec_a", 100, body);
    expect(verifyDelivery(header, body, "whsec_b", { now: 100 })).toEqual({ valid: false, reason: "no-matching-signature" });
    expect(verifyDelivery(header.replace(/v1=[0-9a-f]{64}/, "v1=abc"), body, "whsec_a", { now: 100 })).toEqual({ valid: false, reason: "malformed" });
    expect(verifyDelivery(undefined, body, "whsec_a", { now: 100 })).toEqual({ valid: false, reason: "malformed" });
  });
});
