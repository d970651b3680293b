import type { RecordRule } from "../rule.js";
import type { AssistanceView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/**
 * A household whose members are listed names a head who is among them. The list may leave
 * people out, so this is a warning: a head missing from the list is usually a register
 * that was not updated after the head died or moved out.
 */
export const assistanceHouseholdHeadNotListedRule: RecordRule = {
  kind: "record",
  id: "assistance.household-head-not-listed",
  severity: "warning",
  category: "reference",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "户主不在所列家庭成员中", en: "Head of household not among the members listed" },
  message: {
    zh: "household.members 列出了 {listed} 名成员，但没有 headPersonId 所指的户主，也没有成员编为户主（02）",
    en: "household.members lists {listed} members, but neither the head headPersonId names nor any member coded 户主 (02)",
  },
  guidance: {
    zh: "列出家庭成员时应包括户主（与户主关系 02）。户主去世、迁出或换户主后，请同时更新 headPersonId 和成员列表；若户主确实不共同生活，按实际情况核实家庭人口。",
    en: "When members are listed, list the head too (relation 02). After the head died, moved out or was replaced, update both headPersonId and the member list; if the head really does not live with the household, check the household size.",
  },
  check(record, _context, emit) {
    // The rule applies to assistance cases only.
    const household = (record as unknown as AssistanceView).household;
    if (household?.members === undefined) return;
    const members = household.members;
    if (members.some((member) => member.personId === household.headPersonId || member.relationToHead === "02")) return;
    emit("/household/headPersonId", { listed: members.length });
  },
};
