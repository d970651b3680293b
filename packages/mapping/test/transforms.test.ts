import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crosswalk, excelSerialDate, idNumber18, parseDate, parseDateTime, parseMonth, toHalfWidth, toInteger, yuanToFen } from "../src/index.js";

const value = <T>(result: { ok: true; value: T } | { ok: false }) => (result.ok ? result.value : undefined);
const reason = (result: { ok: true } | { ok: false; reason: { en: string } }) => (result.ok ? undefined : result.reason.en);

describe("yuanToFen: 元 to integer 分, exact", () => {
  it("converts text and spreadsheet numbers without binary rounding", () => {
    expect(value(yuanToFen("1234.56"))).toBe(123456);
    expect(value(yuanToFen("0.29"))).toBe(29); // 0.29 * 100 is 28.999999999999996
    expect(value(yuanToFen(0.29))).toBe(29);
    expect(value(yuanToFen(1.1))).toBe(110);
    expect(value(yuanToFen("1,234.5"))).toBe(123450);
    expect(value(yuanToFen("¥900"))).toBe(90000);
    expect(value(yuanToFen("-3.05"))).toBe(-305);
    expect(value(yuanToFen(" 12 "))).toBe(1200);
  });

  it("refuses three decimals and what is not an amount, naming the value", () => {
    expect(reason(yuanToFen("12.345"))).toBe("the amount {value} has more than two decimals (元 stop at 分)");
    expect(reason(yuanToFen(0.1 + 0.2))).toContain("more than two decimals");
    expect(reason(yuanToFen("12元5角"))).toBe("{value} is not an amount in 元");
    expect(reason(yuanToFen("1,23.4"))).toBe("{value} is not an amount in 元");
  });

  it("for every amount of up to two decimals, the 分 are the digits without the point", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (fen) => {
        const text = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
        expect(value(yuanToFen(text))).toBe(fen);
        expect(value(yuanToFen(Number(text)))).toBe(fen);
      }),
    );
  });
});

describe("dates", () => {
  it("reads ISO, YYYYMMDD, 2019/3/1, 2019.3.1, 2019年3月1日 and Excel serials", () => {
    for (const text of ["2019-03-01", "20190301", "2019/3/1", "2019.3.1", "2019年3月1日", "2019-3-1"]) expect(value(parseDate(text)), text).toBe("2019-03-01");
    expect(value(parseDate(43525))).toBe("2019-03-01");
    expect(value(parseDate("43525"))).toBe("2019-03-01");
    expect(value(parseDate(43525.75))).toBe("2019-03-01");
  });

  it("Excel's 1900 system: serial 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01, 60 (a day that never was) is refused", () => {
    expect(excelSerialDate(1)).toBe("1900-01-01");
    expect(excelSerialDate(59)).toBe("1900-02-28");
    expect(excelSerialDate(61)).toBe("1900-03-01");
    expect(excelSerialDate(60)).toBeUndefined();
    expect(excelSerialDate(0)).toBeUndefined();
  });

  it("a day that does not exist is refused, never moved", () => {
    expect(reason(parseDate("2019/2/30"))).toBe("the date {value} does not exist");
    expect(reason(parseDate("20190229"))).toBe("the date {value} does not exist");
    expect(value(parseDate("20200229"))).toBe("2020-02-29");
    expect(reason(parseDate("2019-13-01"))).toBe("the date {value} does not exist");
    expect(reason(parseDate("三月一日"))).toContain("is not a date");
  });

  it("a declared format accepts only itself", () => {
    expect(value(parseDate("20190301", "YYYYMMDD"))).toBe("2019-03-01");
    expect(parseDate("2019/3/1", "YYYYMMDD").ok).toBe(false);
    expect(parseDate("20190301", "excel").ok).toBe(false);
  });

  it("months and date-times with +08:00", () => {
    expect(value(parseMonth("201903"))).toBe("2019-03");
    expect(value(parseMonth("2019/3"))).toBe("2019-03");
    expect(value(parseMonth("2019-03-15"))).toBe("2019-03");
    expect(parseMonth("201913").ok).toBe(false);
    expect(value(parseDateTime("2025-04-02 16:10"))).toBe("2025-04-02T16:10:00+08:00");
    expect(value(parseDateTime("2025/4/2 16:10:05"))).toBe("2025-04-02T16:10:05+08:00");
    expect(value(parseDateTime("2025-04-02T16:10:00Z"))).toBe("2025-04-02T16:10:00Z");
    expect(value(parseDateTime("20250402"))).toBe("2025-04-02T00:00:00+08:00");
    expect(parseDateTime("2025-04-02 25:00").ok).toBe(false);
  });
});

describe("text", () => {
  it("full-width digits, letters and the ideographic space become half-width; Chinese stays", () => {
    expect(toHalfWidth("４３０１０２１９９００３０７１２３Ｘ")).toBe("43010219900307123X");
    expect(toHalfWidth("张三\u3000ＡＢ－１")).toBe("张三 AB-1");
  });

  it("15-digit identity numbers become 18 (century 19, check character); full-width and x are normalised", () => {
    expect(value(idNumber18("430102900307123"))).toBe("430102199003071234");
    expect(value(idNumber18("４３０１０２１９９００３０７１２３x"))).toBe("43010219900307123X");
    expect(reason(idNumber18("43010219900307"))).toBe("{value} is not a 15- or 18-character identity number");
  });

  it("integers from text, full-width text or spreadsheet numbers; fractions refused", () => {
    expect(value(toInteger("１２"))).toBe(12);
    expect(value(toInteger(12))).toBe(12);
    expect(value(toInteger("12.0"))).toBe(12);
    expect(toInteger("12.5").ok).toBe(false);
  });
});

describe("code crosswalks", () => {
  it("the code list's local codes of the named system (人社 AAE140 / 医保 insutype differ on 410)", () => {
    expect(value(crosswalk("110", { list: "insuranceScheme", system: "hrss" }))).toBe("pension.employee");
    expect(value(crosswalk("390", { list: "insuranceScheme", system: "nhsa" }))).toBe("medical.resident");
    expect(value(crosswalk("410", { list: "insuranceScheme", system: "hrss" }))).not.toBe(value(crosswalk("410", { list: "insuranceScheme", system: "nhsa" })));
  });

  it("证件类型 from 公安 systems (GA/T 517), and 人社's own 缴费状态 and 离退休标志 codes", () => {
    expect(value(crosswalk("111", { list: "documentType", system: "mps" }))).toBe("residentIdCard");
    expect(value(crosswalk("516", { list: "documentType", system: "mps" }))).toBe("hmTravelPermit");
    expect(reason(crosswalk("517", { list: "documentType", system: "mps" }))).toBe("the code {value} has no standard code in the crosswalk (documentType, mps)");
    expect(value(crosswalk("2", { list: "contributionStatus", system: "hrss" }))).toBe("2");
    expect(crosswalk("4", { list: "contributionStatus", system: "hrss" }).ok).toBe(false);
    expect(value(crosswalk("1", { list: "employmentStatus", system: "hrss" }))).toBe("1");
    expect(crosswalk("111", { list: "documentType", system: "hrss" }).ok).toBe(false);
  });

  it("the mapping's own table first, then zh titles; an unmapped code is refused with the value", () => {
    expect(value(crosswalk("A", { list: "sex", table: { A: "1" } }))).toBe("1");
    expect(value(crosswalk("女性", { list: "sex" }))).toBe("2");
    expect(reason(crosswalk("999", { list: "insuranceScheme", system: "hrss" }))).toBe("the code {value} has no standard code in the crosswalk (insuranceScheme, hrss)");
    expect(crosswalk("pension.employee", { list: "insuranceScheme", system: "hrss" }).ok).toBe(false);
    expect(value(crosswalk("pension.employee", { list: "insuranceScheme", codes: true }))).toBe("pension.employee");
  });
});

describe("yes/no", () => {
  it("是/否 and their usual spellings; anything else refused", async () => {
    const { toBoolean } = await import("../src/index.js");
    expect(value(toBoolean("是"))).toBe(true);
    expect(value(toBoolean("否"))).toBe(false);
    expect(value(toBoolean(1))).toBe(true);
    expect(toBoolean("也许").ok).toBe(false);
  });
});
