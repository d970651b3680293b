import type { Emit, RecordRule } from "../rule.js";
import type { OrganisationView } from "./support/care-record-views.js";
import { divisionValidOn, issuingDivisionValid } from "./support/division-validity.js";
import { idDivision, idNumberFacts } from "./support/id-number-facts.js";
import { datePart } from "./support/iso-date.js";
import type { AgencyView, AssistanceView, EnrolmentView, MetaView, PersonView, TransferView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** `when` is the record's meta.lastUpdated (a date-time); its date part goes into the message. */
function checkDivision(code: string | undefined, pointer: string, when: string, emit: Emit): void {
  if (code !== undefined && !divisionValidOn(code, when)) {
    const date = datePart(when);
    emit(pointer, { division: code, date, "when.zh": `在 ${date} `, "when.en": `on ${date}` });
  }
}

function checkAgency(agency: AgencyView | undefined, pointer: string, date: string, emit: Emit): void {
  if (agency) checkDivision(agency.division, `${pointer}/division`, date, emit);
}

/** GB/T 2260 codes are dated: a code must be in force on the date it is used. */
export const divisionValidOnDateRule: RecordRule = {
  kind: "record",
  id: "division.valid-on-date",
  severity: "error",
  category: "code",
  appliesTo: ["person", "enrolment", "transfer", "assistance", "benefit", "medicalRegistration", "medicalSettlement", "organisation", "donation"],
  versions: v1,
  title: { zh: "行政区划代码在使用日期有效", en: "Division code valid on the date used" },
  message: {
    zh: "行政区划代码 {division} {when}不是有效的 GB/T 2260 代码",
    en: "Division code {division} is not a GB/T 2260 code in force {when}",
  },
  guidance: {
    zh: "GB/T 2260 代码会撤销、更名或复用（如 430221 株洲县 2018 年改为 430212 渌口区）。户籍、居住地和经办机构的区划按记录的 meta.lastUpdated 日期判断；身份号码中的地区码只要在出生日期当日或之后有效过即可（终身有效）。",
    en: "GB/T 2260 codes are retired, renamed and reused (430221 Zhuzhou County became 430212 Lukou District in 2018). Hukou, residence and agency divisions are checked on the record's meta.lastUpdated date; an identity number's division only needs to have been in force on or after the birth date (valid for life).",
  },
  checkHeader(header, _context, emit) {
    // The publisher's division must be in force when the export was made (`created` is required: the rules see schema-valid headers only).
    checkAgency(header["publisher"] as AgencyView | undefined, "/publisher", header["created"] as string, emit);
  },
  check(record, _context, emit) {
    const meta = record["meta"] as MetaView | undefined;
    if (!meta) return;
    const date = meta.lastUpdated;
    checkAgency(meta.sourceAgency, "/meta/sourceAgency", date, emit);
    switch (record["recordType"]) {
      case "person": {
        const person = record as unknown as PersonView;
        if (person.idNumber !== undefined) {
          const facts = idNumberFacts(person.idNumber);
          // Precedence: a wrong check character or impossible date is reported by the id-number rules.
          if (facts.checkOk && facts.birthDateReal && !issuingDivisionValid(facts.normalised)) {
            emit("/idNumber", { division: idDivision(facts.normalised), "when.zh": "在出生日期及以后", "when.en": "on or after the birth date" });
          }
        }
        checkDivision(person.hukou?.division, "/hukou/division", date, emit);
        checkDivision(person.residenceDivision, "/residenceDivision", date, emit);
        return;
      }
      case "enrolment":
        checkAgency((record as unknown as EnrolmentView).agency, "/agency", date, emit);
        return;
      case "transfer": {
        const transfer = record as unknown as TransferView;
        checkAgency(transfer.from.agency, "/from/agency", date, emit);
        checkAgency(transfer.to.agency, "/to/agency", date, emit);
        return;
      }
      case "assistance":
        checkAgency((record as unknown as AssistanceView).agency, "/agency", date, emit);
        return;
      // 参保地 and 就医地 may be anywhere in China: only the agency's own division is checked.
      case "benefit":
      case "medicalRegistration":
      case "medicalSettlement":
        checkAgency((record as unknown as { agency: AgencyView }).agency, "/agency", date, emit);
        return;
      case "organisation":
        checkDivision((record as unknown as OrganisationView).division, "/division", date, emit);
        return;
    }
  },
};
