import type { RecordRule } from "../rule.js";
import type { OrganisationView } from "./support/care-record-views.js";
import { v1 } from "./support/versions.js";

/**
 * GB 32100-2015: the first character of a credit code names the registering authority,
 * and charities are registered by 民政 (5). A charity with another prefix is a company,
 * a public institution or a typing error — not a charity whose donations the data can vouch for.
 */
export const organisationCharityCreditCodePrefixRule: RecordRule = {
  kind: "record",
  id: "organisation.charity-credit-code-prefix",
  severity: "error",
  category: "identifier",
  appliesTo: ["organisation"],
  versions: v1,
  title: { zh: "慈善组织信用代码以 5 开头", en: "Charity credit code starts with 5" },
  message: {
    zh: "慈善组织的统一社会信用代码 {creditCode} 以 {prefix} 开头，应以 5（民政登记）开头",
    en: "The charity's credit code {creditCode} starts with {prefix}; a charity's starts with 5 (registered by 民政)",
  },
  guidance: {
    zh: "GB 32100-2015 第 1 位为登记管理部门代码：慈善组织（社会团体 51、民办非企业单位/社会服务机构 52、基金会 53）由民政部门登记，代码以 5 开头。以 9 开头的是市场监管登记的企业，以 1 开头的是机构编制部门登记的事业单位：核对登记证书，或把机构类型改为相应的福利机构。",
    en: "GB 32100-2015: the first character is the registering authority. Charities (social organisations 51, social service organisations 52, foundations 53) are registered by 民政, so their codes start with 5; 9 is a company registered by market regulation, 1 a public institution. Check the registration certificate, or record the organisation under the right kind.",
  },
  paramSources: { creditCode: { field: "/creditCode" } },
  check(record, _context, emit) {
    const organisation = record as unknown as OrganisationView;
    const code = organisation.creditCode;
    if (organisation.kind !== "charity" || code === undefined || code.startsWith("5")) return;
    emit("/creditCode", { creditCode: code, prefix: code.charAt(0) });
  },
};
