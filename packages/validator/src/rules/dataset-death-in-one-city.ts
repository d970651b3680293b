import type { DatasetRule } from "../rule.js";
import { cityCodeOf } from "./support/city-code.js";
import { isDead } from "./support/death-day.js";
import { forEachIdNumberGroup } from "./support/person-groups.js";
import { deathDateText } from "./support/recorded-deaths.js";
import { v1 } from "./support/versions.js";

/** One city records a death, another city's record of the same identity number does not. */
export const datasetDeathInOneCityRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.death-in-one-city",
  severity: "warning",
  category: "duplicate",
  appliesTo: ["person"],
  versions: v1,
  title: { zh: "死亡信息未在各市同步", en: "Death recorded in one city only" },
  message: {
    zh: "{otherCity} 的人员记录 {otherId} 登记此人于 {deathDate} 死亡，本市记录未登记死亡",
    en: "Person record {otherId} of {otherCity} records this person's death on {deathDate}; this city's record does not",
  },
  guidance: {
    zh: "一市登记的死亡应同步到其他市（停发待遇、终止参保）。请按死亡记录的来源（公安户籍注销、医学死亡证明、火化记录）核实后，在本市记录 vitalStatus（1.1）或 deathDate（1.0）。",
    en: "A death one city knows must reach the others (benefits stopped, enrolments ended). Verify it against its source (household deregistration, medical certificate, cremation record) and record it here in vitalStatus (1.1) or deathDate (1.0).",
  },
  paramSources: { deathDate: { field: ["/vitalStatus/date", "/deathDate"] } },
  check(index, context, emit) {
    const pointer = context.schemaVersion === "1.0" ? "/deathDate" : "/vitalStatus";
    forEachIdNumberGroup(index, (group) => {
      const dead = group.find((slot) => isDead(index.deathDayOf(slot)));
      if (dead === undefined) return;
      const deathCity = index.cityOf(dead);
      for (const slot of group) {
        if (isDead(index.deathDayOf(slot)) || index.cityOf(slot) === deathCity) continue;
        emit(index.handleOf(slot), pointer, { otherCity: cityCodeOf(deathCity), otherId: index.idOf(dead), deathDate: deathDateText(index.deathDayOf(dead)) });
      }
    });
  },
};
