import { describe, expect, it } from "vitest";
import { schemaRuleOfKeyword } from "../src/index.js";

describe("schemaRuleOfKeyword", () => {
  it("names the contract's schema rule for each kind of keyword", () => {
    expect(schemaRuleOfKeyword("required")).toBe("schema.required");
    expect(schemaRuleOfKeyword("const")).toBe("schema.enum");
    expect(schemaRuleOfKeyword("pattern")).toBe("schema.format");
    expect(schemaRuleOfKeyword("minProperties")).toBe("schema.range");
    expect(schemaRuleOfKeyword("unevaluatedProperties")).toBe("schema.additional-property");
  });

  it("calls every other keyword, inherited object keys included, schema.shape", () => {
    for (const keyword of ["oneOf", "if", "not", "constructor", "toString", "__proto__"]) expect(schemaRuleOfKeyword(keyword)).toBe("schema.shape");
  });
});
