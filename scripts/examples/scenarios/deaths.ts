/**
 * A death recorded in both cities, with everything stopped after it: 刘桂英, who lived in
 * Zhuzhou, died on 14 August 2026; Zhuzhou's civil affairs bureau knows it from the
 * cremation record, Changsha's social security bureau from the household deregistration.
 * Her Zhuzhou elderly allowance was terminated at the end of August; the September
 * payment, made before the death was known, came back from the bank (status returned).
 * examples/demo turns that returned payment into a paid one: 冒领.
 */
import { agency, changsha, zhuzhou } from "../agencies.js";
import { assistanceCase, citizen, monthlyPayments, person, recordId } from "../builders.js";
import { yuan } from "../money.js";
import type { Scenario } from "./scenario.js";

const liuGuiying = citizen({ name: "刘桂英", sex: "2", birthDate: "1938-05-20", ethnicity: "01", issuedAt: "430203", sequence: 42 });
const died = "2026-08-14";

const zzLiu = {
  ...person(recordId(zhuzhou, "P", 400), liuGuiying, { hukou: { division: "430203", residenceType: "urban" }, residenceDivision: "430203" }),
  vitalStatus: { status: "deceased", date: died, source: "cremationRecord", verifiedOn: "2026-08-20" },
};

const csLiu = {
  ...person(recordId(changsha, "P", 400), liuGuiying, { hukou: { division: "430203", residenceType: "urban" } }),
  vitalStatus: { status: "deceased", date: died, source: "householdDeregistration", verifiedOn: "2026-09-02" },
};

export const staleAllowanceId = recordId(zhuzhou, "A", 400);
export const staleMonth = "2026-09";

const allowance = assistanceCase(staleAllowanceId, {
  programme: "welfare.elderly",
  city: zhuzhou,
  agency: agency(zhuzhou, "civilAffairs"),
  beneficiary: zzLiu,
  caseStatus: "terminated",
  dates: { applied: "2018-05-02", approved: "2018-05-20", terminated: "2026-08-31" },
  benefitAmount: yuan(200),
  payments: [...monthlyPayments(["2026-06", "2026-07", "2026-08"], yuan(200), 10), { month: staleMonth, amount: yuan(200), paidOn: "2026-09-10", status: "returned" }],
});

export const scenario: Scenario = {
  [zhuzhou]: [zzLiu, allowance],
  [changsha]: [csLiu],
};
