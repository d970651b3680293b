import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quickCodePath } from "../scripts/schema-code.js";
import { stripErrorDetails } from "../scripts/strip-error-details.js";

describe("stripErrorDetails", () => {
  it("drops the errors assigned right before `return false;`, brackets and quotes inside strings included", () => {
    const code = `if(x){validate1.errors = [{instancePath:"/a]",params:{p:"}\\"[",list:[1,{c:2}]}}];return false;}`;
    expect(stripErrorDetails(code)).toEqual({ code: "if(x){return false;}", removed: 1 });
  });

  it("drops a name assigned before `return false;` and keeps an assignment followed by anything else", () => {
    const code = "if(e){validate2.errors = vErrors;\n  return false;}validate2.errors = vErrors;return errors === 0;";
    expect(stripErrorDetails(code).code).toBe("if(e){return false;}validate2.errors = vErrors;return errors === 0;");
  });

  it("empties the error objects collected to be counted, which keep being counted", () => {
    const code = `const err3 = {instancePath,params:{x:"{"}};if(vErrors === null){vErrors = [err3];}errors++;`;
    expect(stripErrorDetails(code).code).toBe("const err3 = 0;if(vErrors === null){vErrors = [err3];}errors++;");
  });

  it("drops a schema constant only once nothing refers to it", () => {
    const code = `const schema11 = {"enum":["a"]};const schema12 = {"b":2};const err0 = {params:{allowedValues: schema11.enum}};f(schema12);`;
    expect(stripErrorDetails(code).code).toBe(`const schema12 = {"b":2};const err0 = 0;f(schema12);`);
  });

  it("refuses code it cannot read instead of cutting it in the wrong place", () => {
    expect(() => stripErrorDetails(`validate1.errors = [{a:"b"};return false;`)).toThrow(/not closed/);
    expect(() => stripErrorDetails("validate1.errors = [{a:`b`}];return false;")).toThrow(/template/);
  });
});

describe("the generated quick validators", () => {
  const code = readFileSync(join(import.meta.dirname, "..", quickCodePath), "utf8");

  it("carry no error details (nothing reads them; they would only cost compile time)", () => {
    expect(code).not.toMatch(/\.errors = \[/);
    expect(code).not.toMatch(/const err\d+ = \{/);
    expect(code).not.toMatch(/const schema\d+ = /);
  });
});
