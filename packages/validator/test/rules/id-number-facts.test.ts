import { idNumberCheckCharacter, parseIdNumber } from "@czt/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { birthDateEquals, idBirthDate, idNumberFacts } from "../../src/rules/support/id-number-facts.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 300);
const digits17 = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 17, maxLength: 17 });

describe("identity-number facts (the rules' fast path)", () => {
  it("compute the same check character as @czt/domain", () => {
    fc.assert(
      fc.property(digits17, (first17) => {
        const expected = idNumberCheckCharacter(first17);
        const facts = idNumberFacts(`${first17}0`);
        expect(facts.expectedCheck).toBe(expected);
        expect(idNumberFacts(first17 + expected).checkOk).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it("agree with parseIdNumber on birth date and sex for valid numbers", () => {
    for (const number of ["430102199003071234", "430211198512310042", "430302200002294563", "430221197001010011", "11010519491231002x"]) {
      const parsed = parseIdNumber(number.toUpperCase())!;
      const facts = idNumberFacts(number);
      expect(facts.checkOk).toBe(true);
      expect(facts.birthDateReal).toBe(true);
      expect(idBirthDate(facts.normalised)).toBe(parsed.birthDate);
      expect(birthDateEquals(facts.normalised, parsed.birthDate)).toBe(true);
      expect(facts.sex).toBe(parsed.sex);
    }
  });

  it("flag 2000-02-30 and the wrong check characters of domain.md's vectors", () => {
    expect(idNumberFacts("430302200002304565")).toMatchObject({ checkOk: true, birthDateReal: false });
    expect(idNumberFacts("430102199003071235")).toMatchObject({ checkOk: false, expectedCheck: "4" });
    expect(idNumberFacts("43021119851231004X")).toMatchObject({ checkOk: false, expectedCheck: "2" });
  });
});
