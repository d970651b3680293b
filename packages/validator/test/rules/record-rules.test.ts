import { describe, expect, it } from "vitest";
import { withDefaultParameters } from "../../src/parameter-defaults/index.js";
import type { Parameters } from "../../src/parameters.js";
import type { RuleContext } from "../../src/rule.js";
import { pooledFundOf } from "../../src/rules/transfer-pooled-fund.js";
import { fixtureAsOf, readRecords, runRules } from "./fixture-runner.js";

function context(parameters: Parameters = {}, asOf = fixtureAsOf): RuleContext {
  return { asOf, schemaVersion: "1.0", parameters: withDefaultParameters(parameters) };
}

/** A schema-valid record of a fixture, modified. */
function fixture(ruleId: string, change: (record: Record<string, unknown>) => void = () => {}): Record<string, unknown> {
  const record = structuredClone(readRecords(ruleId, "pass")[0]!);
  change(record);
  return record;
}

const ids = (records: Record<string, unknown>[], parameters?: Parameters, asOf?: string) =>
  runRules(records, context(parameters, asOf), false).map((finding) => finding.ruleId);

describe("identity numbers", () => {
  it("report a wrong check character alone, even when birth date and sex disagree too", () => {
    const person = fixture("person.sex-matches-id", (p) => {
      p["idNumber"] = "430102199003071235";
      p["birthDate"] = "1991-01-01";
      p["sex"] = "2";
    });
    const findings = runRules([person], context(), false);
    expect(findings).toEqual([
      { ruleId: "id-number.check-character", record: 0, pointer: "/idNumber", params: { idNumber: "430102199003071235", expected: "4", actual: "5" } },
    ]);
  });

  it("report a wrong check character alone, even when the number's birth date is no real day or in the future", () => {
    for (const [idNumber, birthDate] of [
      ["430102199002301238", "1990-02-28"],
      ["430102203001011238", "1990-03-07"],
    ] as const) {
      const person = fixture("person.sex-matches-id", (p) => {
        p["idNumber"] = idNumber;
        p["birthDate"] = birthDate;
      });
      expect(runRules([person], context(), false).map((finding) => [finding.ruleId, finding.params["expected"]])).toEqual([["id-number.check-character", "7"]]);
    }
  });

  it("accept a lower-case x check character", () => {
    // 43021119851231004X is invalid (expected 2); build a valid X number instead.
    const person = fixture("person.sex-matches-id", (p) => {
      p["idNumber"] = "11010519491231002x";
      p["birthDate"] = "1949-12-31";
      p["sex"] = "2";
    });
    expect(ids([person])).toEqual([]);
  });

  it("report a birth date after the as-of date", () => {
    const person = fixture("person.sex-matches-id");
    expect(ids([person], {}, "1990-03-06")).toEqual(["id-number.birth-date"]);
    // Born on the as-of date is not in the future.
    expect(person["birthDate"]).toBe("1990-03-07");
    expect(ids([person], {}, "1990-03-07")).toEqual([]);
  });

  it("accept a retired division in an identity number for life, but not one retired before the birth", () => {
    const zhuzhouCounty = fixture("division.valid-on-date");
    expect(ids([zhuzhouCounty])).toEqual([]);
    // 430303 湘江区 was retired in 1992: no number of someone born in 2000 can carry it.
    const xiangjiang = fixture("division.valid-on-date", (p) => {
      p["idNumber"] = "430303200001010019";
      p["birthDate"] = "2000-01-01";
      p["sex"] = "1";
    });
    const findings = runRules([xiangjiang], context(), false);
    expect(findings.map((f) => [f.ruleId, f.pointer])).toEqual([["division.valid-on-date", "/idNumber"]]);
  });

  it("report a wrong check character alone when the number's division was also retired before the birth", () => {
    // 430303200001010019 is valid but for its division (湘江区, retired 1992); with a wrong check character the number is untrustworthy as a whole.
    const xiangjiang = fixture("division.valid-on-date", (p) => {
      p["idNumber"] = "430303200001010010";
      p["birthDate"] = "2000-01-01";
      p["sex"] = "1";
    });
    expect(runRules([xiangjiang], context(), false)).toEqual([
      { ruleId: "id-number.check-character", record: 0, pointer: "/idNumber", params: { idNumber: "430303200001010010", expected: "9", actual: "0" } },
    ]);
  });

  it("accept an identity number of a division retired in an approximately dated year through that whole year, as the record dates are", () => {
    // 430221 株洲县 became 430212 渌口区 in 2018, dated to the year only: a hukou 430221 on 2018-03-01 is accepted, so is a number issued at a birth that day.
    const bornOn = (idNumber: string, birthDate: string) =>
      fixture("division.valid-on-date", (p) => {
        p["idNumber"] = idNumber;
        p["birthDate"] = birthDate;
        p["sex"] = "1";
      });
    expect(ids([bornOn("430221201803010012", "2018-03-01")])).toEqual([]);
    expect(ids([bornOn("430221201812310017", "2018-12-31")])).toEqual([]);
    expect(runRules([bornOn("430221201901010016", "2019-01-01")], context(), false)).toEqual([
      { ruleId: "division.valid-on-date", record: 0, pointer: "/idNumber", params: { division: "430221", "when.zh": "在出生日期及以后", "when.en": "on or after the birth date" } },
    ]);
  });

  it("report an impossible birth date alone when the number's division was also retired before it", () => {
    // 2000-02-30 is no day: whether 湘江区 was in force then cannot be asked.
    const impossible = fixture("division.valid-on-date", (p) => {
      p["idNumber"] = "430303200002300018";
      p["birthDate"] = "2000-03-01";
      p["sex"] = "1";
    });
    expect(runRules([impossible], context(), false)).toMatchObject([{ ruleId: "id-number.birth-date", pointer: "/idNumber", params: { birthDate: "2000-02-30" } }]);
    expect(runRules([impossible], context(), false)).toHaveLength(1);
  });
});

describe("transfer amounts", () => {
  it("round 12 % of each year half up to the fen and ignore years before 1998", () => {
    const year = (y: number, months: number, monthlyBase: number) => ({ year: y, months, monthlyBase, individualAmount: 0, employerAmount: 0 });
    // 333 × 1 × 12 % = 39.96 → 40; 125 × 1 × 12 % = 15 exactly; 1997 is not moved.
    expect(pooledFundOf([year(2020, 1, 333)])).toBe(40);
    expect(pooledFundOf([year(2020, 1, 125)])).toBe(15);
    expect(pooledFundOf([year(1997, 12, 500000), year(1998, 6, 400000)])).toBe(288000);
    // No whole-fen year can tie: base × months × 12 is a multiple of 4, so its remainder
    // mod 100 is never 50 and the nearest a year comes to half a fen is .48 or .52.
    expect(pooledFundOf([year(2021, 1, 4)])).toBe(0); // 0.48 fen → 0
    expect(pooledFundOf([year(2021, 1, 21)])).toBe(3); // 2.52 fen → 3
    // Each year is rounded on its own, not the total: 2.52 + 2.52 → 3 + 3, where the sum 5.04 would give 5.
    expect(pooledFundOf([year(2021, 1, 21), year(2022, 1, 21)])).toBe(6);
  });

  it("whole-fen inputs never reach half a fen, so no year's rounding is a tie", () => {
    const remainders = new Set<number>();
    for (let base = 0; base < 100; base++) for (let months = 1; months <= 12; months++) remainders.add((base * months * 12) % 100);
    expect(remainders.has(50)).toBe(false);
    expect([...remainders].filter((r) => Math.abs(r - 50) <= 2).sort()).toEqual([48, 52]);
  });

  it("check the pooled fund only for enterprise employee pension transfers", () => {
    const medical = fixture("transfer.pooled-fund", (t) => {
      t["kind"] = "medical.intercity";
      t["pooledFundAmount"] = 0;
      t["individualAccountBalance"] = 0;
    });
    expect(ids([medical])).toEqual([]);
  });
});

describe("people without an identity number", () => {
  it("are not compared with one", () => {
    const person = fixture("person.sex-matches-id", (p) => {
      delete p["idNumber"];
    });
    expect(ids([person])).toEqual([]);
  });
});

describe("transfer accounts and linking", () => {
  it("accept an individual account equal to the contributions (it moves in full) and report one fen less", () => {
    const exact = fixture("transfer.individual-account", (t) => {
      t["individualAccountBalance"] = 480000;
    });
    expect(ids([exact])).toEqual([]);
    exact["individualAccountBalance"] = 479999;
    expect(runRules([exact], context(), false)).toMatchObject([{ ruleId: "transfer.individual-account", params: { actual: 479999, minimum: 480000 } }]);
  });

  it("link resident into employee scheme from exactly 15 years (180 months) in the employee scheme", () => {
    const linking = (employeeSchemeMonths: number, kind: string) =>
      fixture("transfer.linking-direction", (t) => {
        t["linking"] = { employeeSchemeMonths, residentSchemeMonths: 24 };
        t["kind"] = kind;
      });
    expect(ids([linking(180, "pension.link.residentToEmployee")])).toEqual([]);
    expect(ids([linking(179, "pension.link.employeeToResident")])).toEqual([]);
    expect(runRules([linking(180, "pension.link.employeeToResident")], context(), false)).toMatchObject([
      { ruleId: "transfer.linking-direction", params: { employeeSchemeMonths: 180, expected: "pension.link.residentToEmployee" } },
    ]);
  });
  it("leave the linking direction unchecked on a date the minimum-contribution table has no row for", () => {
    const linking = fixture("transfer.linking-direction", (t) => {
      t["linking"] = { employeeSchemeMonths: 179, residentSchemeMonths: 24 };
      t["kind"] = "pension.link.residentToEmployee";
    });
    const laterTable = { minimumContributionPeriod: [{ months: 180, validFrom: "2026-01-01", source: "a table that starts after the transfer" }] } as unknown as Parameters;
    expect(ids([linking], laterTable)).toEqual([]);
    expect(ids([linking])).toEqual(["transfer.linking-direction"]);
  });
});

describe("transfer deadlines", () => {
  it("measure a pending transfer's open step against the as-of date", () => {
    const pending = fixture("transfer.step-deadline", (t) => {
      const steps = t["steps"] as unknown[];
      steps.splice(2);
      t["status"] = "letterIssued";
      delete (t["to"] as Record<string, unknown>)["enrolmentId"];
    });
    // letterIssued 2025-03-10; 15 working days later is 2025-03-31.
    expect(ids([pending], {}, "2025-03-31")).toEqual([]);
    const findings = runRules([pending], context({}, "2025-04-01"), false);
    expect(findings).toMatchObject([{ ruleId: "transfer.step-deadline", params: { fromStatus: "letterIssued", toStatus: "asOf", workingDays: 16 } }]);
  });
});

describe("contribution-base bounds", () => {
  const enrolment = (base: number, contributions?: unknown[]) =>
    fixture("enrolment.contribution-base-bounds", (e) => {
      e["monthlyContributionBase"] = base;
      if (contributions) e["contributions"] = contributions;
    });
  const entry = { validFrom: "2024-07-01", lowerBound: 400000, upperBound: 2000000, source: "test", verified: true };

  it("do nothing without a table for the region and date", () => {
    expect(ids([enrolment(1)])).toEqual([]);
    expect(ids([enrolment(1)], { parametersVersion: "1.0", contributionBase: [{ ...entry, region: "440000" }] })).toEqual([]);
  });

  it("prefer the county's entry over the city's and the province's", () => {
    const parameters: Parameters = {
      contributionBase: [
        { ...entry, region: "430000" },
        { ...entry, region: "430102", lowerBound: 450000 },
      ],
    };
    expect(ids([enrolment(420000)], parameters)).toEqual(["enrolment.contribution-base-bounds"]);
    expect(ids([enrolment(460000)], parameters)).toEqual([]);
  });

  it("allow a contribution year the widest bounds of the entries in force during it, and say when figures are unverified", () => {
    const parameters: Parameters = {
      contributionBase: [
        { ...entry, region: "430000", validFrom: "2024-01-01", validUntil: "2024-06-30", lowerBound: 380000, verified: false },
        { ...entry, region: "430000" },
      ],
    };
    const year = { year: 2024, months: 12, monthlyBase: 390000, individualAmount: 0, employerAmount: 0 };
    expect(ids([enrolment(500000, [year])], parameters)).toEqual([]);
    const findings = runRules([enrolment(500000, [{ ...year, monthlyBase: 370000 }])], context(parameters), false);
    expect(findings).toMatchObject([{ pointer: "/contributions/0/monthlyBase", params: { lowerBound: 380000, verified: false, "note.en": "; figure not verified" } }]);
  });

  it("accept a base on either bound and report one fen outside, with the bounds", () => {
    const parameters: Parameters = { contributionBase: [{ ...entry, region: "430000" }] };
    expect(ids([enrolment(400000)], parameters)).toEqual([]);
    expect(ids([enrolment(2000000)], parameters)).toEqual([]);
    expect(runRules([enrolment(399999)], context(parameters), false)).toMatchObject([{ pointer: "/monthlyContributionBase", params: { base: 399999, lowerBound: 400000, upperBound: 2000000 } }]);
    expect(runRules([enrolment(2000001)], context(parameters), false)).toMatchObject([{ pointer: "/monthlyContributionBase", params: { base: 2000001, lowerBound: 400000, upperBound: 2000000 } }]);
  });

  it("check an ended enrolment's base on its end date, not on its last update", () => {
    const parameters: Parameters = {
      contributionBase: [
        { ...entry, region: "430000", validFrom: "2024-01-01", validUntil: "2024-12-31", lowerBound: 300000 },
        { ...entry, region: "430000", validFrom: "2025-01-01", lowerBound: 450000 },
      ],
    };
    const ended = fixture("enrolment.contribution-base-bounds", (e) => {
      e["monthlyContributionBase"] = 400000;
      e["period"] = { start: "2020-01-01", end: "2024-03-31" };
    });
    expect(ids([ended], parameters)).toEqual([]);
    ended["monthlyContributionBase"] = 290000;
    expect(runRules([ended], context(parameters), false)).toMatchObject([{ params: { base: 290000, lowerBound: 300000, when: "2024-03-31" } }]);
  });

  it("take for a contribution year every entry in force on any of its days, through 31 December", () => {
    const parameters: Parameters = {
      contributionBase: [
        { ...entry, region: "430000", validFrom: "2024-01-01", validUntil: "2024-11-30", upperBound: 2500000 },
        { ...entry, region: "430000", validFrom: "2024-12-01", lowerBound: 380000 },
      ],
    };
    const year = { year: 2024, months: 12, monthlyBase: 390000, individualAmount: 0, employerAmount: 0 };
    expect(ids([enrolment(500000, [year])], parameters)).toEqual([]);
    expect(ids([enrolment(500000, [{ ...year, monthlyBase: 2400000 }])], parameters)).toEqual([]);
    expect(runRules([enrolment(500000, [{ ...year, monthlyBase: 2500001 }])], context(parameters), false)).toMatchObject([
      { pointer: "/contributions/0/monthlyBase", params: { lowerBound: 380000, upperBound: 2500000, when: "2024" } },
    ]);
  });

  it("leave resident schemes alone (they have contribution grades, not bounds)", () => {
    const resident = fixture("enrolment.contribution-base-bounds", (e) => {
      e["scheme"] = "pension.resident";
      delete e["employer"];
      e["monthlyContributionBase"] = 1;
    });
    expect(ids([resident], { contributionBase: [{ ...entry, region: "430000" }] })).toEqual([]);
  });
});

describe("assistance", () => {
  it("count covered members from the household when coveredMembers is absent", () => {
    const household = fixture("assistance.dibao-benefit", (a) => {
      delete a["coveredMembers"];
      a["household"] = {
        householdId: "H-1",
        headPersonId: "430100-P-000001",
        size: 3,
        members: [
          { personId: "430100-P-000001", relationToHead: "02", covered: true },
          { personId: "430100-P-000002", relationToHead: "10", covered: true },
          { personId: "430100-P-000003", relationToHead: "20", covered: false },
        ],
      };
    });
    expect(ids([household])).toEqual([]);
    household["benefitAmount"] = 135000;
    expect(runRules([household], context(), false)).toMatchObject([{ ruleId: "assistance.dibao-benefit", params: { coveredMembers: 2, expected: 90000 } }]);
  });

  it("skip the benefit and income checks for applications and rejected cases", () => {
    const rejected = fixture("assistance.dibao-benefit", (a) => {
      a["caseStatus"] = "rejected";
      a["perCapitaIncome"] = 90000;
      a["benefitAmount"] = 0;
      a["dates"] = { applied: "2025-01-05" };
    });
    expect(ids([rejected])).toEqual([]);
  });

  it("derive a 低保 review date from the last review plus a year when nextReviewDate is absent", () => {
    const noNext = fixture("assistance.review-overdue", (a) => {
      delete a["nextReviewDate"];
      a["lastReviewDate"] = "2024-06-30";
      a["dates"] = { applied: "2024-01-05", approved: "2024-02-01" };
    });
    expect(runRules([noNext], context(), false)).toMatchObject([{ ruleId: "assistance.review-overdue", pointer: "/lastReviewDate", params: { dueDate: "2025-06-30" } }]);
    expect(ids([noNext], {}, "2025-06-30")).toEqual([]);
  });

  it("point at the approval date when a 低保 case was never reviewed, and check active cases only", () => {
    const neverReviewed = fixture("assistance.review-overdue", (a) => {
      delete a["nextReviewDate"];
      delete a["lastReviewDate"];
      a["dates"] = { applied: "2024-01-05", approved: "2024-02-01" };
    });
    expect(runRules([neverReviewed], context(), false)).toMatchObject([{ ruleId: "assistance.review-overdue", pointer: "/dates/approved", params: { dueDate: "2025-02-01", asOf: "2025-07-01" } }]);
    neverReviewed["caseStatus"] = "suspended";
    expect(ids([neverReviewed]).filter((id) => id === "assistance.review-overdue")).toEqual([]);
  });

  it("derive a 特困 review date from the last review plus a year too, but none for other programmes", () => {
    const tekun = fixture("assistance.review-overdue", (a) => {
      a["programme"] = "tekun.dispersed";
      delete a["nextReviewDate"];
      delete a["monthlyStandard"];
      a["lastReviewDate"] = "2024-06-29";
    });
    expect(runRules([tekun], context(), false)).toMatchObject([{ ruleId: "assistance.review-overdue", pointer: "/lastReviewDate", params: { dueDate: "2025-06-29" } }]);
  });

  it("report income equal to the 低保 standard alone: the benefit is checked only below the standard", () => {
    const atStandard = fixture("assistance.dibao-benefit", (a) => {
      a["perCapitaIncome"] = a["monthlyStandard"];
    });
    expect(runRules([atStandard], context(), false)).toEqual([
      { ruleId: "assistance.dibao-income-below-standard", record: 0, pointer: "/perCapitaIncome", params: { perCapitaIncome: 75000, monthlyStandard: 75000 } },
    ]);
    const oneFenBelow = fixture("assistance.dibao-benefit", (a) => {
      a["perCapitaIncome"] = 74999;
      a["benefitAmount"] = 2;
    });
    expect(runRules([oneFenBelow], context(), false)).toEqual([]);
  });

  it("check the record's 低保 standard against the table for its city, programme and date", () => {
    const parameters: Parameters = {
      dibaoStandard: [{ city: "430100", programme: "dibao.urban", validFrom: "2024-01-01", validUntil: "2024-12-31", monthlyStandard: 70000, source: "t", verified: true }],
    };
    // The record was last updated in 2025: no entry applies.
    expect(ids([fixture("assistance.dibao-benefit")], parameters)).toEqual([]);
  });
});

describe("transfer status", () => {
  it("report the last step's status as expected, whatever status the steps skipped", () => {
    const skipped = fixture("transfer.status-matches-last-step", (t) => {
      (t["steps"] as unknown[]).splice(1, 3);
    });
    expect(runRules([skipped], context(), false)).toEqual([
      {
        ruleId: "transfer.status-matches-last-step",
        record: 0,
        pointer: "/status",
        params: { expected: "requested", actual: "completed", at: "2025-03-03T09:00:00+08:00", stepCount: 1 },
      },
    ]);
  });

  it("compare with the last step in list order, not the latest timestamp (time order is transfer.step-order's)", () => {
    const swapped = fixture("transfer.status-matches-last-step", (t) => {
      const steps = t["steps"] as { status: string; at: string }[];
      steps[3]!.at = "2025-03-01T09:00:00+08:00";
    });
    expect(ids([swapped])).toEqual(["transfer.step-order"]);
  });
});

describe("transfer step order", () => {
  it("accept a step at the same instant written with another offset, and report one a second earlier", () => {
    const at = (instant: string) =>
      fixture("transfer.step-order", (t) => {
        (t["steps"] as { at: string }[])[2]!.at = instant;
      });
    expect(ids([at("2025-03-10T01:00:00Z")])).toEqual([]);
    expect(runRules([at("2025-03-10T00:59:59Z")], context(), false)).toMatchObject([
      { ruleId: "transfer.step-order", pointer: "/steps/2/at", params: { index: 2, at: "2025-03-10T00:59:59Z", previousAt: "2025-03-10T09:00:00+08:00" } },
    ]);
  });

  it("accept two steps with the same timestamp", () => {
    const same = fixture("transfer.step-order", (t) => {
      (t["steps"] as { at: string }[])[2]!.at = "2025-03-10T09:00:00+08:00";
    });
    expect(ids([same])).toEqual([]);
  });

  it("compare each step with the latest before it, so an out-of-order step does not hide the next", () => {
    const steps = fixture("transfer.step-order", (t) => {
      const list = t["steps"] as { at: string }[];
      list[2]!.at = "2025-03-05T09:00:00+08:00";
      list[3]!.at = "2025-03-07T09:00:00+08:00";
    });
    expect(runRules([steps], context(), false).filter((f) => f.ruleId === "transfer.step-order")).toMatchObject([
      { pointer: "/steps/2/at", params: { previousAt: "2025-03-10T09:00:00+08:00" } },
      { pointer: "/steps/3/at", params: { previousAt: "2025-03-10T09:00:00+08:00" } },
    ]);
  });
});

describe("household counts", () => {
  const members = (...covered: boolean[]) => covered.map((flag, i) => ({ personId: `430100-P-00000${i + 1}`, relationToHead: i === 0 ? "02" : "10", covered: flag }));

  it("count covered members among all listed, and say how many were listed", () => {
    const none = fixture("assistance.covered-members-count", (a) => {
      a["programme"] = "temporaryAid";
      a["household"] = { householdId: "H-1", headPersonId: "430100-P-000001", size: 2, members: members(false, false) };
      a["coveredMembers"] = 1;
    });
    expect(runRules([none], context(), false)).toEqual([
      { ruleId: "assistance.covered-members-count", record: 0, pointer: "/coveredMembers", params: { expected: 0, listed: 2, actual: 1 } },
    ]);
  });

  it("check nothing without a member list or without coveredMembers", () => {
    const noList = fixture("assistance.covered-members-count", (a) => {
      a["household"] = { householdId: "H-1", headPersonId: "430100-P-000001", size: 1 };
    });
    const noField = fixture("assistance.covered-members-count", (a) => {
      delete a["coveredMembers"];
      a["household"] = { householdId: "H-1", headPersonId: "430100-P-000001", size: 4, members: members(true, false, true) };
    });
    expect(ids([noList, noField])).toEqual([]);
  });

  it("report a size smaller than the member list, and only that when the covered count is also right", () => {
    const tooSmall = fixture("assistance.household-size", (a) => {
      a["household"] = { householdId: "H-1", headPersonId: "430100-P-000001", size: 1, members: members(true, true) };
    });
    expect(runRules([tooSmall], context(), false)).toEqual([
      { ruleId: "assistance.household-size", record: 0, pointer: "/household/size", params: { listed: 2, actual: 1 } },
    ]);
    const exact = fixture("assistance.household-size", (a) => {
      a["household"] = { householdId: "H-1", headPersonId: "430100-P-000001", size: 2, members: members(true, true) };
    });
    expect(ids([exact])).toEqual([]);
  });
});

describe("household heads", () => {
  it("report a 户主 (02) member other than headPersonId once, as a wrong head, not also as a head missing from the list", () => {
    const household = fixture("assistance.household-head-not-listed", (a) => {
      a["household"] = {
        householdId: "430100-H-000001",
        headPersonId: "430100-P-000009",
        size: 3,
        members: [
          { personId: "430100-P-000002", relationToHead: "10", covered: true },
          { personId: "430100-P-000008", relationToHead: "02", covered: true },
        ],
      };
    });
    expect(runRules([household], context(), false).map((finding) => [finding.ruleId, finding.pointer])).toEqual([["assistance.household-head", "/household/members/1/relationToHead"]]);
  });
});

describe("assistance payments", () => {
  const paid = (month: string, amount: number) => ({ month, amount, paidOn: `${month}-15` });

  it("report a month paid twice as a duplicate only, not also as a wrong amount", () => {
    const twice = fixture("assistance.payment-amount", (a) => {
      a["payments"] = [paid("2025-03", 90000), paid("2025-03", 12345)];
    });
    expect(ids([twice])).toEqual(["payment.duplicate-month"]);
  });

  it("report a payment for a month after the termination as after the end only, not also as a wrong amount", () => {
    const late = fixture("assistance.payment-amount", (a) => {
      a["caseStatus"] = "terminated";
      a["dates"] = { applied: "2025-01-05", approved: "2025-02-01", terminated: "2025-04-30" };
      a["payments"] = [paid("2025-04", 90000), paid("2025-05", 12345)];
    });
    expect(ids([late])).toEqual(["payment.after-end"]);
  });
});
