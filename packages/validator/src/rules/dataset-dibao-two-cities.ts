import type { DatasetRule } from "../rule.js";
import { Category, categoryOf, sweepBeneficiaries } from "./support/assistance-periods.js";
import { cityCodeOf } from "./support/city-code.js";
import { v1 } from "./support/versions.js";

/** The same person receiving 低保 in two cities over overlapping periods. */
export const datasetDibaoTwoCitiesRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.dibao-two-cities",
  severity: "error",
  category: "duplicate",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "两市同时享受低保", en: "低保 in two cities at once" },
  message: {
    zh: "同一人在 {city} 与 {otherCity}（案件 {otherId}）同时享受低保",
    en: "The same person receives 低保 in {city} and in {otherCity} (case {otherId}) at the same time",
  },
  guidance: {
    zh: "低保由户籍地（或居住地）一地给付，不得两地同时享受（《社会救助暂行办法》）。按公民身份号码匹配受益人（personId 及 covered 为 true 的家庭成员）；已批准的案件按批准日至终止日计。",
    en: "低保 is paid by one place only (社会救助暂行办法). Beneficiaries (personId and covered household members) are matched by identity number; approved cases count from approval to termination.",
  },
  check(index, _context, emit) {
    sweepBeneficiaries(index, (later, earlier) => {
      if (categoryOf(index, later) !== Category.Dibao || categoryOf(index, earlier) !== Category.Dibao) return;
      const city = index.cityOf(later);
      const otherCity = index.cityOf(earlier);
      // Both are one of the three cities: the schema requires an assistance record's city.
      if (city === otherCity) return;
      emit(index.handleOf(later), "/city", { city: cityCodeOf(city), otherCity: cityCodeOf(otherCity), otherId: index.idOf(earlier) });
    });
  },
};
