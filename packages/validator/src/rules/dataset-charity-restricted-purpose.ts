import { Kind } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { organisationSlot, projectOf } from "./support/charity-projects.js";
import { v1 } from "./support/versions.js";

/**
 * 慈善法 art. 55 (2016): a charity uses restricted (定向) funds for the purposes the donors
 * and the project set. Relief paid from a restricted project for another purpose is the
 * classic misuse an auditor looks for; it is a warning because a purpose may be coded
 * more narrowly than the project's description allows.
 */
export const datasetCharityRestrictedPurposeRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.charity-restricted-purpose",
  severity: "warning",
  category: "amount",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "定向项目资金用于其他用途", en: "Restricted project funds used for another purpose" },
  message: {
    zh: "救助用途 {purpose} 不在定向项目 {projectCode}（机构 {organisationId}）的用途 {purposes} 之内",
    en: "Relief for {purpose} was paid from restricted project {projectCode} (organisation {organisationId}), whose purposes are {purposes}",
  },
  guidance: {
    zh: "《慈善法》规定定向捐赠和定向项目的财产按约定用途使用。核对救助用途；确需改变用途的，应经捐赠人同意并在项目中登记新的用途。",
    en: "The Charity Law requires restricted donations and projects to be used for their stated purposes. Check the relief's purpose; a change of purpose needs the donors' consent and the project's purposes updated.",
  },
  paramSources: { purpose: { field: "/charity/purpose", codeList: "charityPurpose" } },
  check(index, _context, emit) {
    for (let slot = 0; slot < index.size; slot++) {
      if (index.kindOf(slot) !== Kind.Assistance) continue;
      const charity = index.extrasOf(slot).charity;
      if (charity?.projectCode === undefined || charity.purpose === undefined) continue;
      const target = organisationSlot(index, charity.organisationId);
      if (target < 0) continue;
      const project = projectOf(index, target, charity.projectCode);
      if (project === undefined || !project.restricted || project.purposes.includes(charity.purpose)) continue;
      emit(index.handleOf(slot), "/charity/purpose", {
        purpose: charity.purpose,
        projectCode: project.code,
        organisationId: charity.organisationId,
        purposes: project.purposes.join(", "),
      });
    }
  },
};
