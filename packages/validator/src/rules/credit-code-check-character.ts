import type { Emit, RecordRule } from "../rule.js";
import type { DonationView, OrganisationView } from "./support/care-record-views.js";
import { creditCodeExpectedCheck } from "./support/credit-code-check.js";
import type { AgencyView, AssistanceView, EnrolmentView, MetaView, TransferView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

function checkCode(code: string | undefined, pointer: string, emit: Emit): void {
  if (code === undefined) return;
  const expected = creditCodeExpectedCheck(code);
  if (expected !== undefined) emit(pointer, { creditCode: code, expected, actual: code.slice(17) });
}

function checkAgency(agency: AgencyView | undefined, pointer: string, emit: Emit): void {
  if (agency) checkCode(agency.creditCode, `${pointer}/creditCode`, emit);
}

/** GB 32100-2015: the 18th character of a unified social credit code is its MOD 31 check. */
export const creditCodeCheckCharacterRule: RecordRule = {
  kind: "record",
  id: "credit-code.check-character",
  severity: "error",
  category: "identifier",
  appliesTo: ["person", "enrolment", "transfer", "assistance", "benefit", "medicalRegistration", "medicalSettlement", "organisation", "donation"],
  versions: v1,
  title: { zh: "统一社会信用代码校验码", en: "Credit code check character" },
  message: {
    zh: "统一社会信用代码 {creditCode} 的校验码应为 {expected}，实为 {actual}",
    en: "Credit code {creditCode}: check character should be {expected}, found {actual}",
  },
  guidance: {
    zh: "GB 32100-2015 规定第 18 位为 MOD 31 校验码（字符集不含 I、O、S、V、Z）。请以营业执照或登记证书为准更正经办机构或用人单位的代码。",
    en: "GB 32100-2015: the 18th character is a MOD 31 check character (the character set has no I, O, S, V, Z). Correct the agency's or employer's code from its business licence or registration certificate.",
  },
  checkHeader(header, _context, emit) {
    checkAgency(header["publisher"] as AgencyView | undefined, "/publisher", emit);
  },
  check(record, _context, emit) {
    checkAgency((record["meta"] as MetaView | undefined)?.sourceAgency, "/meta/sourceAgency", emit);
    switch (record["recordType"]) {
      case "enrolment": {
        const enrolment = record as unknown as EnrolmentView;
        checkAgency(enrolment.agency, "/agency", emit);
        checkCode(enrolment.employer?.creditCode, "/employer/creditCode", emit);
        return;
      }
      case "transfer": {
        const transfer = record as unknown as TransferView;
        checkAgency(transfer.from.agency, "/from/agency", emit);
        checkAgency(transfer.to.agency, "/to/agency", emit);
        return;
      }
      case "assistance":
        checkAgency((record as unknown as AssistanceView).agency, "/agency", emit);
        return;
      case "benefit":
      case "medicalRegistration":
      case "medicalSettlement":
        checkAgency((record as unknown as { agency: AgencyView }).agency, "/agency", emit);
        return;
      case "organisation":
        checkCode((record as unknown as OrganisationView).creditCode, "/creditCode", emit);
        return;
      case "donation":
        checkCode((record as unknown as DonationView).donorCreditCode, "/donorCreditCode", emit);
        return;
    }
  },
};
