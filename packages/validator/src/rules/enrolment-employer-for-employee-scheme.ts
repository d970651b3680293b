import type { RecordRule } from "../rule.js";
import { employeeSchemes, isUnitEmployee } from "./support/code-tables.js";
import { asEnrolment } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

const required = { "expectation.zh": "必须填写用人单位 employer", "expectation.en": "requires an employer", expectation: "required" } as const;
const forbidden = { "expectation.zh": "不应填写用人单位 employer", "expectation.en": "must not name an employer", expectation: "forbidden" } as const;

/**
 * Employee schemes (code list column `employeeScheme`) name an employer when the person
 * takes part as a unit employee; flexible workers and the self-employed contribute
 * individually (participationType, column `employerRequired`). Without a participation
 * type the enrolment is judged as 1.0 judged it: a unit employee's. Other schemes name none.
 */
export const enrolmentEmployerForEmployeeSchemeRule: RecordRule = {
  kind: "record",
  id: "enrolment.employer-for-employee-scheme",
  severity: "error",
  category: "code",
  appliesTo: ["enrolment"],
  versions: v1,
  title: { zh: "职工险种填写用人单位", en: "Employer exactly for employee schemes" },
  message: {
    zh: "险种 {scheme} {expectation}",
    en: "Scheme {scheme} {expectation}",
  },
  guidance: {
    zh: "职工险种（险种代码表 employeeScheme 列为 true，如企业职工养老、职工医保、失业、工伤）的单位职工由用人单位参保，须填写其统一社会信用代码；灵活就业人员、个体工商户等以个人身份参保（参保身份 participationType 的 employerRequired 列为 false），可不填用人单位。未填写参保身份的按单位职工判断（与 1.0 相同）。城乡居民险种以个人身份参保，不填用人单位。",
    en: "Unit employees in employee schemes (employeeScheme column of the insuranceScheme list: employee pension, employee medical, unemployment, work injury) are enrolled through an employer, identified by its credit code; flexible workers and the self-employed contribute individually (participationType whose employerRequired column is false) and need none. Without a participationType the enrolment is judged as a unit employee's, as in 1.0. Resident schemes are individual and name none.",
  },
  paramSources: { scheme: { field: "/scheme", codeList: "insuranceScheme" } },
  check(record, _context, emit) {
    const enrolment = asEnrolment(record);
    if (!enrolment) return;
    const isEmployee = employeeSchemes.has(enrolment.scheme);
    if (isEmployee && enrolment.employer === undefined && isUnitEmployee(enrolment.participationType)) emit("/employer", { scheme: enrolment.scheme, ...required });
    else if (!isEmployee && enrolment.employer !== undefined) emit("/employer", { scheme: enrolment.scheme, ...forbidden });
  },
};
