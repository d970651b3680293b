import type { RecordRule } from "../rule.js";
import { employeeSchemes } from "./support/code-tables.js";
import { asEnrolment } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

const required = { "expectation.zh": "必须填写用人单位 employer", "expectation.en": "requires an employer", expectation: "required" } as const;
const forbidden = { "expectation.zh": "不应填写用人单位 employer", "expectation.en": "must not name an employer", expectation: "forbidden" } as const;

/** Employee schemes (code list column `employeeScheme`) name an employer; other schemes do not. */
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
    zh: "职工险种（险种代码表 employeeScheme 列为 true，如企业职工养老、职工医保、失业、工伤）由用人单位参保，须填写其统一社会信用代码；城乡居民险种以个人身份参保，不填用人单位。",
    en: "Employee schemes (employeeScheme column of the insuranceScheme list: employee pension, employee medical, unemployment, work injury) are enrolled through an employer, identified by its credit code; resident schemes are individual and name none.",
  },
  paramSources: { scheme: { field: "/scheme", codeList: "insuranceScheme" } },
  check(record, _context, emit) {
    const enrolment = asEnrolment(record);
    if (!enrolment) return;
    const isEmployee = employeeSchemes.has(enrolment.scheme);
    if (isEmployee && enrolment.employer === undefined) emit("/employer", { scheme: enrolment.scheme, ...required });
    else if (!isEmployee && enrolment.employer !== undefined) emit("/employer", { scheme: enrolment.scheme, ...forbidden });
  },
};
