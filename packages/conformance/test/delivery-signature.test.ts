import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDeliverySignature } from "../src/api/delivery-signature.js";
import { repositoryRoot } from "./support.js";

interface SignatureCase {
  name: string;
  secret: string;
  bodyBase64: string;
  header: string;
  now: number;
  expected: { valid: true } | { valid: false; reason: string };
}
const vectors = JSON.parse(readFileSync(join(repositoryRoot, "conformance", "signatures", "delivery-signature.json"), "utf8")) as {
  toleranceSeconds: number;
  cases: SignatureCase[];
};

describe("the runner's X-CZT-Signature verifier on the signature test vector", () => {
  it.each(vectors.cases)("$name", (vector) => {
    expect(checkDeliverySignature(vector.header, Buffer.from(vector.bodyBase64, "base64"), vector.secret, vector.now, vectors.toleranceSeconds)).toEqual(vector.expected);
  });
});
