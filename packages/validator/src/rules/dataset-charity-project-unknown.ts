import { Kind } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { organisationSlot, projectOf } from "./support/charity-projects.js";
import { v1 } from "./support/versions.js";

/**
 * A donation, or a charity relief case, that names a project its charity does not list:
 * the money cannot be traced from donor to beneficiary, which is what a charity's
 * accounts (and an auditor) follow.
 */
export const datasetCharityProjectUnknownRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.charity-project-unknown",
  severity: "error",
  category: "reference",
  appliesTo: ["donation", "assistance"],
  versions: v1,
  title: { zh: "慈善项目不存在", en: "Unknown charity project" },
  message: {
    zh: "{field} 为 {projectCode}，机构 {organisationId} 没有该项目",
    en: "{field} is {projectCode}, which organisation {organisationId} does not list among its projects",
  },
  guidance: {
    zh: "捐赠和慈善救助以项目编号引用慈善组织机构记录 projects 中的项目（募捐活动或慈善项目）。在机构记录中补列该项目，或更正编号；捐赠用于机构非限定资金时不填 projectCode。",
    en: "Donations and charity relief refer by code to a project (campaign or charitable project) in the projects of the charity's organisation record. Add the project to the organisation record or correct the code; leave projectCode out for a donation to the charity's general funds.",
  },
  check(index, _context, emit) {
    for (let slot = 0; slot < index.size; slot++) {
      const kind = index.kindOf(slot);
      if (kind === Kind.Donation) {
        const code = index.projectCodeOf(slot);
        if (code === undefined) continue;
        const target = index.organisationTargetOf(slot);
        if (target < 0 || index.kindOf(target) !== Kind.Organisation || projectOf(index, target, code)) continue;
        emit(index.handleOf(slot), "/projectCode", { field: "/projectCode", projectCode: code, organisationId: index.organisationIdOf(slot)! });
      } else if (kind === Kind.Assistance) {
        const charity = index.extrasOf(slot).charity;
        const code = charity?.projectCode;
        if (charity === undefined || code === undefined) continue;
        const target = organisationSlot(index, charity.organisationId);
        if (target < 0 || projectOf(index, target, code)) continue;
        emit(index.handleOf(slot), "/charity/projectCode", { field: "/charity/projectCode", projectCode: code, organisationId: charity.organisationId });
      }
    }
  },
};
