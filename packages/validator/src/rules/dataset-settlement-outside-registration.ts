import { Kind, type DatasetIndex } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { cachedView } from "./support/index-cache.js";
import { isoOfDay } from "./support/iso-date.js";
import { v1 } from "./support/versions.js";

/** Registrations (备案) by person group, in input order. */
const registrationsByPerson = cachedView((index: DatasetIndex): ReadonlyMap<number, readonly number[]> => {
  const byGroup = new Map<number, number[]>();
  for (let slot = 0; slot < index.size; slot++) {
    if (index.kindOf(slot) !== Kind.MedicalRegistration) continue;
    const group = index.personGroupOf(slot);
    const list = byGroup.get(group);
    if (list) list.push(slot);
    else byGroup.set(group, [slot]);
  }
  return byGroup;
});

/**
 * Whether a registration's 就医地 covers the settlement's: the same code, or the
 * registration names the city (…00) or province (…0000) the settlement's district is in.
 */
function covers(registered: number, treated: number): boolean {
  if (registered === treated) return true;
  if (registered % 10000 === 0) return Math.floor(registered / 10000) === Math.floor(treated / 10000);
  if (registered % 100 === 0) return Math.floor(registered / 100) === Math.floor(treated / 100);
  return false;
}

/** Treatment in the insured person's own city (same first four digits) needs no registration. */
function sameCity(a: number, b: number): boolean {
  return Math.floor(a / 100) === Math.floor(b / 100);
}

/** A settlement of 异地就医 costs on a day no registration of that person for that place covers. */
export const datasetSettlementOutsideRegistrationRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.settlement-outside-registration",
  severity: "warning",
  category: "reference",
  appliesTo: ["medicalSettlement", "medicalRegistration"],
  versions: v1,
  title: { zh: "结算不在备案期间内", en: "Settlement outside any registration" },
  message: {
    zh: "{settlementDate} 在 {treatmentDivision} 的异地就医结算不在该参保人任何到该地的备案有效期内",
    en: "The settlement of {settlementDate} in {treatmentDivision} falls outside every registration of this person for that place",
  },
  guidance: {
    zh: "跨统筹区直接结算前，参保人应办理异地就医备案（医保发〔2022〕22号），结算日期应在到该就医地（同一区划，或备案所列的市、省）的备案有效期内。没有对应备案，说明备案记录缺失、备案已过期或撤销，或结算被错误地按异地直接结算。临时外出急诊等可先结算后补备案，各地规定不一，故为警告。同城（参保地与就医地前四位相同）的结算不检查。",
    en: "Before direct settlement across pooling regions the insured person registers (备案, 医保发〔2022〕22号), and the settlement date falls within a registration for that place of treatment (the same division, or the city or province the registration names). None means the registration is missing, expired or cancelled, or the settlement was wrongly booked as one outside the region. Emergency treatment may be registered afterwards and rules differ by region, hence a warning. Settlements within the insured city (same first four digits) are not checked.",
  },
  paramSources: {
    settlementDate: { field: "/settlementDate", recordType: "medicalSettlement" },
    treatmentDivision: { field: "/treatmentDivision", recordType: "medicalSettlement" },
  },
  check(index, _context, emit) {
    let registrations: ReadonlyMap<number, readonly number[]> | undefined;
    for (let slot = 0; slot < index.size; slot++) {
      if (index.kindOf(slot) !== Kind.MedicalSettlement) continue;
      const treated = index.treatmentDivisionOf(slot);
      if (sameCity(treated, index.insuredDivisionOf(slot))) continue;
      registrations ??= registrationsByPerson(index);
      const day = index.startOf(slot);
      const list = registrations.get(index.personGroupOf(slot)) ?? [];
      const registered = list.some((r) => index.startOf(r) <= day && day <= index.endOf(r) && covers(index.treatmentDivisionOf(r), treated));
      if (registered) continue;
      emit(index.handleOf(slot), "/settlementDate", { settlementDate: isoOfDay(day), treatmentDivision: String(treated).padStart(6, "0") });
    }
  },
};
