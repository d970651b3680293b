import { codeListPointers, codeLists } from "@czt/schemas";
import { describe, expect, it } from "vitest";
import { codeNotYetInForceRule } from "../../src/rules/code-not-yet-in-force.js";

type Lists = Readonly<Record<string, { readonly codes: readonly { readonly since?: string }[] }>>;

describe("code.not-yet-in-force on the standard's lists", () => {
  // The rule reads plain fields of these record types; a list that dates a code on another
  // field (an array item, a person's field) needs the rule extended, or it goes unchecked.
  it("reads every coded field whose list dates a code", () => {
    const dated = Object.entries(codeListPointers).flatMap(([type, pointers]) =>
      Object.entries(pointers as Readonly<Record<string, string>>)
        .filter(([, list]) => (codeLists as unknown as Lists)[list]?.codes.some((entry) => entry.since !== undefined))
        .map(([pointer, list]) => `${type} ${pointer} ${list}`),
    );
    expect(dated).toEqual([
      "enrolment /scheme insuranceScheme",
      "transfer /kind transferKind",
      "assistance /programme assistanceProgramme",
      "assistance /specialCare/category specialCareCategory",
    ]);
    expect(codeNotYetInForceRule.appliesTo).toEqual(["enrolment", "transfer", "assistance"]);
  });
});
