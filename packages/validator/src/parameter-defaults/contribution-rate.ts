import type { ContributionRateEntry } from "../parameters.js";
import type { DefaultRowProvenance } from "./confidence.js";

type DefaultRate = ContributionRateEntry & DefaultRowProvenance;

/**
 * The person's share of each employee scheme's contribution, nationwide (`region`
 * absent), in percent of the monthly base. Only rates set by national rules are here:
 * where the province sets the share (unemployment since the 2015–2016 reductions, the
 * pension's rise from 4 % to 8 % between 1997 and 2005) there is no default row, and
 * enrolment.contribution-rate stays silent until the agency supplies its own table.
 * Resident schemes pay flat amounts per grade, not a rate: no rows.
 */
export const defaultContributionRates: readonly DefaultRate[] = [
  {
    scheme: "pension.employee",
    validFrom: "2006-01-01",
    individualRate: 8,
    source: "国发〔2005〕38号 国务院关于完善企业职工基本养老保险制度的决定: individual account 8 % of the wage from 2006-01-01",
    verified: false,
    confidence: "sure",
  },
  {
    scheme: "pension.institution",
    validFrom: "2014-10-01",
    individualRate: 8,
    source: "国发〔2015〕2号 国务院关于机关事业单位工作人员养老保险制度改革的决定: individual 8 % from 2014-10-01",
    verified: false,
    confidence: "sure",
  },
  {
    scheme: "medical.employee",
    validFrom: "1998-12-14",
    individualRate: 2,
    source: "国发〔1998〕44号 国务院关于建立城镇职工基本医疗保险制度的决定: employees pay in general 2 % of their wage",
    verified: false,
    confidence: "fairlySure",
  },
  {
    scheme: "unemployment",
    validFrom: "1999-01-22",
    validUntil: "2015-02-28",
    individualRate: 1,
    source: "失业保险条例 (国务院令第258号) 第六条: employees pay 1 % of their wage; the total rate was lowered from 2015-03-01 (人社部发〔2015〕24号), the individual share then set by the province",
    verified: false,
    confidence: "sure",
  },
  {
    scheme: "workInjury",
    validFrom: "2004-01-01",
    individualRate: 0,
    source: "工伤保险条例 第十条: employees do not pay work-injury contributions",
    verified: false,
    confidence: "sure",
  },
  {
    scheme: "maternity",
    validFrom: "1995-01-01",
    individualRate: 0,
    source: "企业职工生育保险试行办法 (劳部发〔1994〕504号) 第四条: employees do not pay maternity contributions",
    verified: false,
    confidence: "sure",
  },
];
