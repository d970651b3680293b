import { describe, expect, it } from "vitest";
import { diffStandards, hasBreaking, parseStandardTree, renderJson, renderMarkdown, renderText, StandardFileError } from "../src/index.js";

const codeList = (codes: Record<string, unknown>[]) => JSON.stringify({ id: "scheme", openness: "closed", codes });
const resident = { code: "medical.resident", status: "active" };

/** 1.0 has the code for all time; 1.1 dates it, which makes older records invalid. */
function diffWith(corrections: unknown | undefined) {
  const newFiles = new Map([["codelists/scheme.json", codeList([{ ...resident, since: "2016-01-03" }])]]);
  if (corrections !== undefined) newFiles.set("corrections.json", JSON.stringify(corrections));
  return diffStandards(parseStandardTree("1.0", new Map([["codelists/scheme.json", codeList([resident])]])), parseStandardTree("1.1", newFiles));
}

const declared = { location: "codelists/scheme.json: code medical.resident", kind: "code-period-narrowed", reason: "the scheme did not exist before 国发〔2016〕3号" };

describe("declared corrections (corrections.json of the new version)", () => {
  it("without a declaration, dating a code breaks producers and fails --fail-on producer", () => {
    const result = diffWith(undefined);
    expect(result.changes.map((change) => [change.kind, change.breaks])).toEqual([["code-period-narrowed", ["producer"]]]);
    expect(hasBreaking(result, "producer")).toBe(true);
  });

  it("a declared correction is still listed as breaking, with its reason, and no longer fails the check", () => {
    const result = diffWith({ corrections: [declared] });
    expect(result.changes[0]).toMatchObject({ kind: "code-period-narrowed", breaks: ["producer"], correction: declared.reason });
    expect(result.summary).toMatchObject({ producer: 1, breaking: 1, corrections: 1 });
    expect(hasBreaking(result, "producer")).toBe(false);
    expect(hasBreaking(result, "any")).toBe(false);
    expect(renderText(result)).toContain(`[breaks producers, correction: ${declared.reason}]`);
    expect(renderText(result)).toContain("1 declared corrections");
    expect(renderMarkdown(result)).toContain("### Breaking for producers");
    expect(renderMarkdown(result)).toContain(`— correction: ${declared.reason}`);
    expect(JSON.parse(renderJson(result)).changes[0].correction).toBe(declared.reason);
  });

  it("a declaration of another kind does not excuse the change, and is reported as matching nothing", () => {
    const result = diffWith({ corrections: [{ ...declared, kind: "code-removed" }] });
    expect(hasBreaking(result, "producer")).toBe(true);
    expect(result.unmatchedCorrections).toEqual([{ ...declared, kind: "code-removed" }]);
    expect(renderText(result)).toContain("Corrections that match no change (corrections.json):\n  codelists/scheme.json: code medical.resident — code-removed: no such change between 1.0 and 1.1");
  });

  it("a malformed corrections.json is a located error", () => {
    expect(() => diffWith({ corrections: [{ ...declared, reason: "" }] })).toThrow(StandardFileError);
    expect(() => diffWith({ corrections: [{ ...declared, reason: "" }] })).toThrow("corrections.json: corrections[0].reason: say why the old version was wrong");
    expect(() => diffWith({ corrections: [{ ...declared, kind: "code-moved" }] })).toThrow('corrections[0].kind: one of the change kinds of docs/cli.md (got "code-moved")');
    expect(() => diffWith([declared])).toThrow('corrections.json: expected { "corrections": [ … ] }');
  });
});
