/**
 * Transfers across the edge of the three cities (standard 1.1): migrant workers arriving
 * from another province with their employee pension (广州 → 长沙, 岳池县 → 株洲), and one
 * leaving (湘潭 → 深圳). The outside side is a pooling region referenced as external —
 * its agency and the person's enrolment there are not records of these exports.
 */
import { changsha, xiangtan, zhuzhou } from "../agencies.js";
import { citizen, enrolment, person, recordId, transfer } from "../builders.js";
import { baseAt, contributionYears } from "../money.js";
import { csHrss, xtHrss, zzHrss } from "../population/city-agencies.js";
import { tianyuanRail, xiangjiangData, yuhuSteel } from "../population/employers.js";
import type { Scenario } from "./scenario.js";

/** Born in 宁乡县 (now 宁乡市 430182); worked in Guangzhou from 2010; back home to Changsha in September 2025, pension transferred in. */
const liuGuoping = citizen({ name: "刘国平", sex: "1", birthDate: "1986-11-03", ethnicity: "01", issuedAt: "430124", sequence: 137 });
/** From 岳池县 (Sichuan), contributed there from 2012; joined a Zhuzhou employer in 2026. */
const tangXiaoyan = citizen({ name: "唐小燕", sex: "2", birthDate: "1992-07-19", ethnicity: "01", issuedAt: "511621", sequence: 242 });
/** Worked in Xiangtan from 2015; left for Shenzhen in 2026, pension transferred out. */
const pengJun = citizen({ name: "彭军", sex: "1", birthDate: "1989-05-30", ethnicity: "01", issuedAt: "430302", sequence: 153 });

const csLiu = person(recordId(changsha, "P", 100), liuGuoping, {
  hukou: { division: "430182", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430104",
});
const csLiuPension = enrolment(recordId(changsha, "E", 100), changsha, csLiu, {
  scheme: "pension.employee",
  agency: csHrss,
  employer: xiangjiangData,
  contributionStatus: "1",
  employmentStatus: "0",
  period: { start: "2025-09-01" },
  monthlyContributionBase: baseAt(80)(2026),
  contributions: contributionYears({ from: "2025-09", to: "2026-10", monthlyBase: baseAt(80), individualPercent: 8, employerPercent: 16 }),
});
const csLiuArrival = transfer(recordId(changsha, "T", 100), csLiu, {
  kind: "pension.employee.intercity",
  from: { city: "440100", external: { agency: { name: "广州市社会保险基金管理中心" }, localId: "1006623841" } },
  to: { city: changsha, agency: csHrss, enrolment: csLiuPension },
  steps: [
    { status: "requested", at: "2025-09-15T09:30:00+08:00", documents: [{ kind: "contributionCertificate", number: "GZ-2025-0831-0417", issuedOn: "2025-08-29" }] },
    { status: "letterIssued", at: "2025-09-19T15:00:00+08:00", documents: [{ kind: "contactLetter", number: "CS-LXH-2025-08812", issuedOn: "2025-09-19" }] },
    { status: "fundsTransferred", at: "2025-09-30T10:00:00+08:00", documents: [{ kind: "informationSheet", number: "GZ-XXB-2025-22019", issuedOn: "2025-09-29" }] },
    { status: "completed", at: "2025-10-13T16:20:00+08:00" },
  ],
  contributions: contributionYears({ from: "2010-03", to: "2025-08", monthlyBase: baseAt(70), individualPercent: 8, employerPercent: 14 }),
  accountInterestPercent: 18,
});

const zzTang = person(recordId(zhuzhou, "P", 100), tangXiaoyan, {
  hukou: { division: "511621", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430211",
});
const zzTangPension = enrolment(recordId(zhuzhou, "E", 100), zhuzhou, zzTang, {
  scheme: "pension.employee",
  agency: zzHrss,
  employer: tianyuanRail,
  contributionStatus: "1",
  employmentStatus: "0",
  period: { start: "2026-03-01" },
  monthlyContributionBase: baseAt(70)(2026),
  contributions: contributionYears({ from: "2026-03", to: "2026-10", monthlyBase: baseAt(70), individualPercent: 8, employerPercent: 16 }),
});
const zzTangArrival = transfer(recordId(zhuzhou, "T", 100), zzTang, {
  kind: "pension.employee.intercity",
  from: { city: "511621", external: { agency: { name: "岳池县社会保险事业管理局" }, localId: "5116210031742" } },
  to: { city: zhuzhou, agency: zzHrss, enrolment: zzTangPension },
  steps: [
    { status: "requested", at: "2026-03-09T10:00:00+08:00", documents: [{ kind: "contributionCertificate", number: "YC-2026-00318" }] },
    { status: "letterIssued", at: "2026-03-16T11:30:00+08:00", documents: [{ kind: "contactLetter", number: "ZZ-LXH-2026-00451" }] },
    { status: "fundsTransferred", at: "2026-03-27T09:00:00+08:00", documents: [{ kind: "informationSheet", number: "YC-XXB-2026-00172" }] },
    { status: "completed", at: "2026-04-03T15:40:00+08:00" },
  ],
  contributions: contributionYears({ from: "2012-07", to: "2026-02", monthlyBase: baseAt(60), individualPercent: 8, employerPercent: 16 }),
  accountInterestPercent: 15,
});

const xtPeng = person(recordId(xiangtan, "P", 100), pengJun, {
  hukou: { division: "430302", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430302",
});
const xtPengContributions = contributionYears({ from: "2015-04", to: "2026-05", monthlyBase: baseAt(90), individualPercent: 8, employerPercent: 16 });
const xtPengPension = enrolment(recordId(xiangtan, "E", 100), xiangtan, xtPeng, {
  scheme: "pension.employee",
  agency: xtHrss,
  employer: yuhuSteel,
  contributionStatus: "3",
  employmentStatus: "0",
  period: { start: "2015-04-01", end: "2026-05-31" },
  monthlyContributionBase: baseAt(90)(2026),
  contributions: xtPengContributions,
});
const xtPengDeparture = transfer(recordId(xiangtan, "T", 100), xtPeng, {
  kind: "pension.employee.intercity",
  from: xtPengPension,
  to: { city: "440300", external: { agency: { name: "深圳市社会保险基金管理局" }, localId: "642318857" } },
  steps: [
    { status: "requested", at: "2026-06-15T09:00:00+08:00" },
    { status: "letterIssued", at: "2026-06-18T14:00:00+08:00", documents: [{ kind: "contactLetter", number: "SZ-LXH-2026-31877" }] },
    { status: "fundsTransferred", at: "2026-07-02T10:30:00+08:00", documents: [{ kind: "informationSheet", number: "XT-XXB-2026-00093" }] },
    { status: "completed", at: "2026-07-09T16:00:00+08:00" },
  ],
  contributions: xtPengContributions,
  accountInterestPercent: 22,
});

export const scenario: Scenario = {
  "430100": [csLiu, csLiuPension, csLiuArrival],
  "430200": [zzTang, zzTangPension, zzTangArrival],
  "430300": [xtPeng, xtPengPension, xtPengDeparture],
};
