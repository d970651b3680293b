import { describe, expect, it } from "vitest";
import type { Principal } from "../src/auth/agency.js";
import { visibleOutcome, visibleRecord } from "../src/auth/sensitive-fields.js";
import { createDemoTokens } from "../src/auth/token-registry.js";

// What a token without read:personal reads of a record: the fields annotated x-czt-sensitivity left out, nothing else changed.
const full = createDemoTokens()[0]!.principal;
const reader: Principal = { ...full, scopes: ["read", "write"] };
const person = {
  recordType: "person",
  id: "430100-P-1",
  idNumber: "430102199003071234",
  name: "张伟",
  sex: "1",
  birthDate: "1990-03-07",
  documents: [
    { type: "passport", number: "E12345678", issuer: "CHN" },
    { type: "hkMacauPermit", number: "H1234567" },
  ],
  contact: { mobile: "13800138000", email: "zw@example.cn" },
};

describe("visibleRecord", () => {
  it("leaves out the annotated fields, in nested objects and every array item, and keeps the others", () => {
    expect(visibleRecord(reader, "person", person)).toStrictEqual({
      recordType: "person",
      id: "430100-P-1",
      sex: "1",
      documents: [{ type: "passport", issuer: "CHN" }, { type: "hkMacauPermit" }],
      contact: { email: "zw@example.cn" },
    });
  });

  it("adds no field a record lacks and leaves the stored record unchanged", () => {
    const bare = { recordType: "person", id: "430100-P-2", sex: "2" };
    expect(visibleRecord(reader, "person", bare)).toStrictEqual(bare);
    expect(Object.keys(visibleRecord(reader, "person", { ...bare, contact: { email: "a@b.cn" } }) as object)).toEqual(["recordType", "id", "sex", "contact"]);
    const copy = structuredClone(person);
    visibleRecord(reader, "person", person);
    expect(person).toStrictEqual(copy);
  });

  it("gives a token with read:personal the whole record", () => {
    expect(visibleRecord(full, "person", person)).toBe(person);
  });
});

describe("visibleOutcome", () => {
  it("filters the record a write answers, keeping its status and headers", () => {
    const outcome = { status: 201, headers: { etag: '"1"' }, json: JSON.stringify(person) };
    const seen = visibleOutcome(reader, "person", outcome);
    expect(seen.status).toBe(201);
    expect(seen.headers).toEqual({ etag: '"1"' });
    expect(JSON.parse(seen.json)).not.toHaveProperty("idNumber");
    expect(visibleOutcome(full, "person", outcome)).toBe(outcome);
  });
});
