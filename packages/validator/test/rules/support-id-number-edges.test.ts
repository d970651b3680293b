import { idNumberCheckCharacter } from "@czt/domain";
import { describe, expect, it } from "vitest";
import { issuingDivisionValid } from "../../src/rules/support/division-validity.js";
import { birthDateEquals, idDivision, idNumberFacts } from "../../src/rules/support/id-number-facts.js";

/** A number with the right check character. */
const valid = (first17: string) => first17 + idNumberCheckCharacter(first17);

describe("identity-number facts at their edges", () => {
  it("are well formed only for 17 digits and a digit or X", () => {
    expect(idNumberFacts(valid("43010219900307123")).wellFormed).toBe(true);
    expect(idNumberFacts("43010219900307123").wellFormed).toBe(false);
    expect(idNumberFacts("4301021990030712345").wellFormed).toBe(false);
    expect(idNumberFacts("4301021990030712/4").wellFormed).toBe(false);
    expect(idNumberFacts("4301021990030712:4").wellFormed).toBe(false);
    expect(idNumberFacts("/30102199003071234").wellFormed).toBe(false);
    expect(idNumberFacts("43010219900307123Y").wellFormed).toBe(false);
    expect(idNumberFacts("43010219900307123/").wellFormed).toBe(false);
    expect(idNumberFacts("43010219900307123:").wellFormed).toBe(false);
    expect(idNumberFacts("430102199003071230").wellFormed).toBe(true);
    expect(idNumberFacts("430102199003071239").wellFormed).toBe(true);
  });

  it("say nothing of a malformed number's check, birth date or division", () => {
    const facts = idNumberFacts("43010219900307123Y");
    expect(facts).toMatchObject({ expectedCheck: "", checkOk: false, birthDateReal: false, birthYear: 0 });
  });

  it("read a lower-case x as the check character X", () => {
    const facts = idNumberFacts("11010519491231002x");
    expect(facts.normalised).toBe("11010519491231002X");
    expect(facts.checkOk).toBe(true);
    expect(idNumberFacts("11010519491231002X").checkOk).toBe(true);
  });

  it("accept birth years from 1800 on", () => {
    expect(idNumberFacts(valid("43010218000101123"))).toMatchObject({ birthDateReal: true, birthYear: 1800 });
    expect(idNumberFacts(valid("43010217991231123"))).toMatchObject({ birthDateReal: false, birthYear: 1799 });
    expect(idNumberFacts(valid("43010219900230123")).birthDateReal).toBe(false);
    expect(idNumberFacts(valid("43010219901301123")).birthDateReal).toBe(false);
  });

  it("read the sex from position 17: odd is male (1), even female (2)", () => {
    expect(idNumberFacts(valid("43010219900307123")).sex).toBe("1");
    expect(idNumberFacts(valid("43010219900307124")).sex).toBe("2");
    expect(idNumberFacts(valid("43010219900307120")).sex).toBe("2");
  });

  it("answer for the number asked, also after another", () => {
    const a = valid("43010219900307123");
    const b = valid("43010219900307124");
    expect(idNumberFacts(a).normalised).toBe(a);
    expect(idNumberFacts(b).normalised).toBe(b);
    expect(idNumberFacts(a).normalised).toBe(a);
  });

  it("compare a birth date with positions 7–14 character by character", () => {
    const number = "430102199003071234";
    expect(birthDateEquals(number, "1990-03-07")).toBe(true);
    for (const other of ["2990-03-07", "1090-03-07", "1900-03-07", "1991-03-07", "1990-13-07", "1990-04-07", "1990-03-17", "1990-03-08"]) {
      expect(birthDateEquals(number, other), other).toBe(false);
    }
    expect(birthDateEquals(number, "1990-03-07T00:00:00Z")).toBe(false);
    expect(birthDateEquals(number, "1990-3-7")).toBe(false);
  });

  it("name the issuing division", () => {
    expect(idDivision("430102199003071234")).toBe("430102");
  });
});

describe("issuingDivisionValid", () => {
  it("accepts a code in force, and a retired code for those born before it was retired (changes dated to the year count for the whole year)", () => {
    // 430221 株洲县 became 渌口区 (430212) in 2018.
    expect(issuingDivisionValid(valid("43022120181231001"))).toBe(true);
    expect(issuingDivisionValid(valid("43022120190101001"))).toBe(false);
    expect(issuingDivisionValid(valid("43022119700101001"))).toBe(true);
    expect(issuingDivisionValid(valid("43010220240101001"))).toBe(true);
  });

  it("judges codes outside the three cities by province, and rejects unknown codes", () => {
    expect(issuingDivisionValid(valid("11010520240101001"))).toBe(true);
    expect(issuingDivisionValid(valid("99000019900101001"))).toBe(false);
  });

  it("keeps the answer per code apart from the birth date", () => {
    expect(issuingDivisionValid(valid("43022120190101001"))).toBe(false);
    expect(issuingDivisionValid(valid("43022120181231001"))).toBe(true);
  });
});
