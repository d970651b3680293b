import { validateCreditCode } from "@czt/domain";
import { describe, expect, it } from "vitest";
import { createDemoTokens, TokenRegistry } from "../src/auth/token-registry.js";

// The token registry and the sandbox's demo agencies, without a server: a mutant that breaks
// a test server's start fails a beforeAll hook, which StrykerJS 9.6.1 counts as survived (stryker-js#5492).
const principal = createDemoTokens()[0]!.principal;

describe("TokenRegistry", () => {
  it("registers only tokens of at least 16 token68 characters, padding last", () => {
    expect(() => new TokenRegistry().add("a".repeat(15), principal)).toThrow(/at least 16/);
    const tokens = new TokenRegistry();
    tokens.add("a".repeat(16), principal);
    expect(tokens.lookup("a".repeat(16))).toBe(principal);
    expect(tokens.lookup("a".repeat(15))).toBeUndefined();
    expect(tokens.lookup("b".repeat(16))).toBeUndefined();
    expect(tokens.entries()).toEqual([["a".repeat(16), principal]]);
  });

  it("refuses to register a token with anything after its padding", () => {
    expect(() => new TokenRegistry().add(`${"a".repeat(16)} x`, principal)).toThrow(/at least 16/);
    expect(() => new TokenRegistry().add(`${"a".repeat(16)}=a`, principal)).toThrow(/at least 16/);
    expect(() => new TokenRegistry().add(` ${"a".repeat(16)}`, principal)).toThrow(/at least 16/);
    expect(() => new TokenRegistry().add(`${"a".repeat(16)}==`, principal)).not.toThrow();
  });
});

describe("the sandbox's demo agencies (docs/api.md)", () => {
  it("are the human resources and social security bureaus of the three cities, with every scope and a valid credit code", () => {
    const demo = createDemoTokens();
    expect(demo.map(({ label, principal }) => [label, principal.city, principal.agency.division, principal.agency.department, principal.agency.name])).toEqual([
      ["changsha-hrss", "430100", "430100", "hrss", "长沙市人力资源和社会保障局"],
      ["zhuzhou-hrss", "430200", "430200", "hrss", "株洲市人力资源和社会保障局"],
      ["xiangtan-hrss", "430300", "430300", "hrss", "湘潭市人力资源和社会保障局"],
    ]);
    for (const { label, token, principal } of demo) {
      expect(principal.scopes).toEqual(["read", "read:personal", "write", "validate"]);
      expect(token).toMatch(new RegExp(`^czt_${label}_[A-Za-z0-9_-]{24}$`));
      expect(validateCreditCode(principal.agency.creditCode, { innerCheck: true }).valid, principal.agency.creditCode).toBe(true);
      expect(principal.agency.creditCode.slice(2, 8)).toBe(principal.city);
    }
    expect(new Set(demo.map((entry) => entry.principal.agency.creditCode)).size).toBe(3);
  });

  it("get new random tokens at each start, unless given", () => {
    expect(createDemoTokens()[0]!.token).not.toBe(createDemoTokens()[0]!.token);
    const fixed = createDemoTokens({ "430200": "zhuzhou-fixed-token-0001" });
    expect(fixed[1]!.token).toBe("zhuzhou-fixed-token-0001");
    expect(fixed[0]!.token).toMatch(/^czt_changsha-hrss_/);
  });
});
