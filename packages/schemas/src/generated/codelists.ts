// Generated from schemas/ by `npm run generate -w @czt/schemas`. Do not edit: edit the sources and regenerate.

import type { CodeList } from "../code-list.js";

export const codeListIds = [
  "accountKind",
  "assistanceProgramme",
  "benefitEndReason",
  "benefitFrequency",
  "benefitKind",
  "benefitStatus",
  "benefitType",
  "caseStatus",
  "charityFundingSource",
  "charityPurpose",
  "classifiedSupplementReason",
  "contributionKind",
  "contributionPayer",
  "contributionStatus",
  "department",
  "dibaoCategory",
  "disabilityCategory",
  "disabilityGrade",
  "documentType",
  "donorType",
  "employmentStatus",
  "enrolmentEndReason",
  "ethnicity",
  "fundingSource",
  "healthCondition",
  "hukouCategory",
  "institutionOwnership",
  "insuranceScheme",
  "labourCapacity",
  "legalSupportObligation",
  "medicalRegistrationType",
  "organisationKind",
  "participationType",
  "paymentStatus",
  "povertyCause",
  "readPurpose",
  "relationToHead",
  "residenceType",
  "reviewOutcome",
  "sex",
  "specialCareCategory",
  "specialCareDisabilityGrade",
  "specialCareDisabilityNature",
  "transferDocumentKind",
  "transferKind",
  "transferReason",
  "transferStatus",
  "vitalStatus",
  "vitalStatusSource"
] as const;

export type CodeListId = (typeof codeListIds)[number];

/** The code lists of `schemas/codelists/`, by id. */
export const codeLists: Readonly<Record<CodeListId, CodeList>> = {
  "accountKind": {
    "id": "accountKind",
    "title": {
      "zh": "发放账户类型",
      "en": "Account kind"
    },
    "openness": "closed",
    "source": "CZT-SS. Social security benefits are paid to a social security card's financial account, a bank card (一卡通/惠民惠农财政补贴资金“一卡通”) or, rarely, in cash [impl].",
    "codes": [
      {
        "code": "socialSecurityCard",
        "title": {
          "zh": "社会保障卡金融账户",
          "en": "Social security card account"
        },
        "status": "active"
      },
      {
        "code": "bankCard",
        "title": {
          "zh": "银行卡（一卡通）",
          "en": "Bank card"
        },
        "status": "active"
      },
      {
        "code": "cash",
        "title": {
          "zh": "现金",
          "en": "Cash"
        },
        "status": "active"
      },
      {
        "code": "other",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      }
    ]
  },
  "assistanceProgramme": {
    "id": "assistanceProgramme",
    "title": {
      "zh": "救助福利项目",
      "en": "Assistance programme"
    },
    "openness": "closed",
    "source": "CZT-SS, after 社会救助暂行办法 and the pillars of the domain reference §1 [policy]. The pillar column groups programmes: assistance 社会救助, welfare 社会福利, mutualAid 社会互助, specialCare 社会优抚.",
    "columns": [
      "pillar"
    ],
    "codes": [
      {
        "code": "dibao.urban",
        "title": {
          "zh": "城市最低生活保障",
          "en": "Urban minimum living guarantee (dibao)"
        },
        "status": "active",
        "pillar": "assistance"
      },
      {
        "code": "dibao.rural",
        "title": {
          "zh": "农村最低生活保障",
          "en": "Rural minimum living guarantee (dibao)"
        },
        "status": "active",
        "pillar": "assistance"
      },
      {
        "code": "dibao.marginal",
        "title": {
          "zh": "低保边缘家庭救助",
          "en": "Near-poverty (dibao-marginal) household assistance"
        },
        "status": "active",
        "pillar": "assistance"
      },
      {
        "code": "tekun.centralised",
        "title": {
          "zh": "特困人员集中供养",
          "en": "Support for persons in extreme poverty, in an institution"
        },
        "status": "active",
        "pillar": "assistance",
        "description": {
          "zh": "2016 年起取代农村五保和城市三无。",
          "en": "Replaced rural wubao and urban sanwu support in 2016 [policy]."
        }
      },
      {
        "code": "tekun.dispersed",
        "title": {
          "zh": "特困人员分散供养",
          "en": "Support for persons in extreme poverty, at home"
        },
        "status": "active",
        "pillar": "assistance"
      },
      {
        "code": "medicalAid",
        "title": {
          "zh": "医疗救助",
          "en": "Medical assistance"
        },
        "status": "active",
        "pillar": "assistance"
      },
      {
        "code": "housingAid",
        "title": {
          "zh": "住房救助",
          "en": "Housing assistance"
        },
        "status": "active",
        "pillar": "assistance"
      },
      {
        "code": "educationAid",
        "title": {
          "zh": "教育救助",
          "en": "Education assistance"
        },
        "status": "active",
        "pillar": "assistance"
      },
      {
        "code": "disasterRelief",
        "title": {
          "zh": "受灾人员救助",
          "en": "Disaster relief"
        },
        "status": "active",
        "pillar": "assistance"
      },
      {
        "code": "temporaryAid",
        "title": {
          "zh": "临时救助",
          "en": "Temporary assistance"
        },
        "status": "active",
        "pillar": "assistance"
      },
      {
        "code": "welfare.elderly",
        "title": {
          "zh": "老年福利",
          "en": "Elderly welfare"
        },
        "status": "active",
        "pillar": "welfare"
      },
      {
        "code": "welfare.disability",
        "title": {
          "zh": "残疾人福利",
          "en": "Disability welfare"
        },
        "status": "active",
        "pillar": "welfare"
      },
      {
        "code": "welfare.child",
        "title": {
          "zh": "儿童福利",
          "en": "Child welfare"
        },
        "status": "active",
        "pillar": "welfare"
      },
      {
        "code": "charityRelief",
        "title": {
          "zh": "慈善救助",
          "en": "Charity relief"
        },
        "status": "active",
        "pillar": "mutualAid"
      },
      {
        "code": "specialCare",
        "title": {
          "zh": "优抚",
          "en": "Special care for veterans and martyrs' families"
        },
        "status": "active",
        "pillar": "specialCare"
      },
      {
        "code": "employmentAid",
        "title": {
          "zh": "就业救助",
          "en": "Employment assistance"
        },
        "description": {
          "zh": "社会救助暂行办法第九章：对低保家庭中有劳动能力的失业成员给予就业扶持。",
          "en": "社会救助暂行办法 chapter 9: job support for unemployed members of 低保 households who can work [policy]."
        },
        "status": "active",
        "pillar": "assistance"
      },
      {
        "code": "vagrantAid",
        "title": {
          "zh": "流浪乞讨人员救助",
          "en": "Assistance for vagrants and beggars"
        },
        "description": {
          "zh": "社会救助暂行办法第十章；城市生活无着的流浪乞讨人员救助管理办法（2003）。",
          "en": "社会救助暂行办法 chapter 10; 城市生活无着的流浪乞讨人员救助管理办法 (2003) [policy]."
        },
        "status": "active",
        "pillar": "assistance"
      },
      {
        "code": "welfare.orphan",
        "title": {
          "zh": "孤儿基本生活保障",
          "en": "Basic living allowance for orphans"
        },
        "description": {
          "zh": "与一般儿童福利分开：国办发〔2010〕54号。",
          "en": "Distinct from general child welfare: 国办发〔2010〕54号 [policy, fairly sure]."
        },
        "status": "active",
        "since": "2010-11-16",
        "pillar": "welfare"
      },
      {
        "code": "welfare.unattendedChild",
        "title": {
          "zh": "事实无人抚养儿童基本生活保障",
          "en": "Basic living allowance for de facto unattended children"
        },
        "description": {
          "zh": "民发〔2019〕62号：父母重残、重病、服刑、失联等，事实上无人抚养的儿童。",
          "en": "民发〔2019〕62号: children whose parents are severely disabled, seriously ill, in prison, missing … [policy, fairly sure]."
        },
        "status": "active",
        "since": "2019-06-18",
        "pillar": "welfare"
      },
      {
        "code": "welfare.disabilityLivingSubsidy",
        "title": {
          "zh": "困难残疾人生活补贴",
          "en": "Living subsidy for disabled persons in hardship"
        },
        "description": {
          "zh": "国发〔2015〕52号，2016 年起。",
          "en": "国发〔2015〕52号, from 2016 [policy, fairly sure]."
        },
        "status": "active",
        "since": "2016-01-01",
        "pillar": "welfare"
      },
      {
        "code": "welfare.severeDisabilityCareSubsidy",
        "title": {
          "zh": "重度残疾人护理补贴",
          "en": "Care subsidy for severely disabled persons"
        },
        "description": {
          "zh": "国发〔2015〕52号，2016 年起；通常覆盖一、二级残疾。",
          "en": "国发〔2015〕52号, from 2016; usually grades 1 and 2 [policy, fairly sure]."
        },
        "status": "active",
        "since": "2016-01-01",
        "pillar": "welfare"
      },
      {
        "code": "wubao.rural",
        "title": {
          "zh": "农村五保供养",
          "en": "Rural five-guarantees support (wubao)"
        },
        "description": {
          "zh": "农村五保供养工作条例（1994、2006）；2016 年并入特困人员救助供养（国发〔2016〕14号）。仅用于历史记录。",
          "en": "农村五保供养工作条例 (1994, 2006); merged into 特困 support in 2016 (国发〔2016〕14号) [policy, fairly sure: the cut-over date varied by county]; for historic records only."
        },
        "status": "retired",
        "since": "1994-01-23",
        "until": "2016-12-31",
        "pillar": "assistance"
      },
      {
        "code": "sanwu.urban",
        "title": {
          "zh": "城市“三无”人员救助",
          "en": "Urban support for persons with no income, no work capacity and no supporter (sanwu)"
        },
        "description": {
          "zh": "2016 年并入特困人员救助供养（国发〔2016〕14号）。仅用于历史记录。",
          "en": "Merged into 特困 support in 2016 (国发〔2016〕14号) [policy, fairly sure: the cut-over date varied by city]; for historic records only."
        },
        "status": "retired",
        "until": "2016-12-31",
        "pillar": "assistance"
      }
    ]
  },
  "benefitEndReason": {
    "id": "benefitEndReason",
    "title": {
      "zh": "待遇终止原因",
      "en": "Benefit end reason"
    },
    "openness": "closed",
    "source": "Reasons to stop a benefit in 社会保险法 and 失业保险条例 art. 15 (重新就业、应征服兵役、移居境外、享受基本养老保险待遇) and the usual 人社 system causes (死亡、期满、转出、重复领取) [policy, fairly sure; local systems use their own codes].",
    "codes": [
      {
        "code": "death",
        "title": {
          "zh": "死亡",
          "en": "Death"
        },
        "status": "active"
      },
      {
        "code": "periodEnded",
        "title": {
          "zh": "期满",
          "en": "Entitlement period ended"
        },
        "status": "active"
      },
      {
        "code": "reemployed",
        "title": {
          "zh": "重新就业",
          "en": "Re-employed"
        },
        "status": "active"
      },
      {
        "code": "enlisted",
        "title": {
          "zh": "应征服兵役",
          "en": "Enlisted"
        },
        "status": "active"
      },
      {
        "code": "emigrated",
        "title": {
          "zh": "移居境外",
          "en": "Settled abroad"
        },
        "status": "active"
      },
      {
        "code": "pensionStarted",
        "title": {
          "zh": "开始领取基本养老金",
          "en": "Started drawing a basic pension"
        },
        "status": "active"
      },
      {
        "code": "transferredOut",
        "title": {
          "zh": "转出",
          "en": "Transferred out"
        },
        "status": "active"
      },
      {
        "code": "duplicateClaim",
        "title": {
          "zh": "重复领取",
          "en": "Duplicate claim"
        },
        "status": "active"
      },
      {
        "code": "oneOffPaid",
        "title": {
          "zh": "一次性支付完毕",
          "en": "One-off grant paid"
        },
        "status": "active"
      },
      {
        "code": "other",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      }
    ]
  },
  "benefitFrequency": {
    "id": "benefitFrequency",
    "title": {
      "zh": "发放频次",
      "en": "Frequency"
    },
    "openness": "closed",
    "source": "CZT-SS. Pensions, allowances, 低保 and 特困 pay monthly; grants (一次性补助金), medical, education, disaster and temporary aid are paid once or per event [policy: 社会救助暂行办法; impl].",
    "codes": [
      {
        "code": "monthly",
        "title": {
          "zh": "按月",
          "en": "Monthly"
        },
        "status": "active"
      },
      {
        "code": "oneOff",
        "title": {
          "zh": "一次性",
          "en": "One-off"
        },
        "status": "active"
      },
      {
        "code": "perEvent",
        "title": {
          "zh": "按次",
          "en": "Per event"
        },
        "description": {
          "zh": "每次发生（如每次住院）分别核定支付。",
          "en": "Assessed and paid for each event, e.g. each hospital stay."
        },
        "status": "active"
      }
    ]
  },
  "benefitKind": {
    "id": "benefitKind",
    "title": {
      "zh": "待遇形式",
      "en": "Benefit kind"
    },
    "openness": "closed",
    "source": "CZT-SS. 社会救助暂行办法 allows assistance in cash, in kind and as services (e.g. care for 特困人员) [policy].",
    "codes": [
      {
        "code": "cash",
        "title": {
          "zh": "现金",
          "en": "Cash"
        },
        "status": "active"
      },
      {
        "code": "inKind",
        "title": {
          "zh": "实物",
          "en": "In kind"
        },
        "status": "active"
      },
      {
        "code": "service",
        "title": {
          "zh": "服务",
          "en": "Service"
        },
        "status": "active"
      }
    ]
  },
  "benefitStatus": {
    "id": "benefitStatus",
    "title": {
      "zh": "待遇状态",
      "en": "Benefit status"
    },
    "openness": "closed",
    "source": "人社 systems' 待遇享受状态 (正常发放 / 暂停发放 / 终止发放) [impl].",
    "codes": [
      {
        "code": "inPayment",
        "title": {
          "zh": "正常发放",
          "en": "In payment"
        },
        "status": "active"
      },
      {
        "code": "suspended",
        "title": {
          "zh": "暂停发放",
          "en": "Suspended"
        },
        "status": "active"
      },
      {
        "code": "terminated",
        "title": {
          "zh": "终止发放",
          "en": "Terminated"
        },
        "status": "active"
      }
    ]
  },
  "benefitType": {
    "id": "benefitType",
    "title": {
      "zh": "待遇类型",
      "en": "Benefit type"
    },
    "openness": "closed",
    "source": "CZT-SS's own list of benefits in payment. Pensions: 社会保险法 ch. 2 and the resident-pension rules (国发〔2014〕8号) [policy, sure]; unemployment benefit: 社会保险法 ch. 5 [policy, sure]; work-injury benefits: 工伤保险条例 ch. 5 [policy, sure]; maternity allowance: 社会保险法 art. 56 [policy, sure]; survivors' and funeral grants (丧葬补助金、抚恤金) of the pension schemes: 社会保险法 art. 17 [policy, sure].",
    "columns": [
      "family"
    ],
    "codes": [
      {
        "code": "pension.employee",
        "title": {
          "zh": "企业职工基本养老金",
          "en": "Basic pension, enterprise employees"
        },
        "status": "active",
        "family": "pension"
      },
      {
        "code": "pension.institution",
        "title": {
          "zh": "机关事业单位基本养老金",
          "en": "Basic pension, government agencies and public institutions"
        },
        "status": "active",
        "family": "pension"
      },
      {
        "code": "pension.resident",
        "title": {
          "zh": "城乡居民基本养老金",
          "en": "Basic pension, urban and rural residents"
        },
        "status": "active",
        "family": "pension"
      },
      {
        "code": "unemployment.benefit",
        "title": {
          "zh": "失业保险金",
          "en": "Unemployment benefit"
        },
        "status": "active",
        "family": "unemployment"
      },
      {
        "code": "workInjury.disabilityAllowance",
        "title": {
          "zh": "伤残津贴",
          "en": "Work-injury disability allowance"
        },
        "status": "active",
        "family": "workInjury"
      },
      {
        "code": "workInjury.disabilityLumpSum",
        "title": {
          "zh": "一次性伤残补助金",
          "en": "Work-injury one-off disability grant"
        },
        "status": "active",
        "family": "workInjury"
      },
      {
        "code": "workInjury.nursingAllowance",
        "title": {
          "zh": "生活护理费",
          "en": "Work-injury nursing allowance"
        },
        "status": "active",
        "family": "workInjury"
      },
      {
        "code": "workInjury.medicalLumpSum",
        "title": {
          "zh": "一次性工伤医疗补助金",
          "en": "Work-injury one-off medical grant"
        },
        "status": "active",
        "family": "workInjury"
      },
      {
        "code": "workInjury.deathGrant",
        "title": {
          "zh": "一次性工亡补助金",
          "en": "Work-injury one-off death grant"
        },
        "status": "active",
        "family": "workInjury"
      },
      {
        "code": "workInjury.survivorPension",
        "title": {
          "zh": "供养亲属抚恤金",
          "en": "Work-injury pension for dependants"
        },
        "status": "active",
        "family": "workInjury"
      },
      {
        "code": "maternity.allowance",
        "title": {
          "zh": "生育津贴",
          "en": "Maternity allowance"
        },
        "status": "active",
        "family": "maternity"
      },
      {
        "code": "survivors.grant",
        "title": {
          "zh": "遗属待遇（抚恤金）",
          "en": "Survivors' grant"
        },
        "status": "active",
        "family": "pension"
      },
      {
        "code": "funeral.grant",
        "title": {
          "zh": "丧葬补助金",
          "en": "Funeral grant"
        },
        "status": "active",
        "family": "pension"
      }
    ]
  },
  "caseStatus": {
    "id": "caseStatus",
    "title": {
      "zh": "案件状态",
      "en": "Case status"
    },
    "openness": "closed",
    "source": "CZT-SS. The 低保 workflow (application, economic check, home visit, review, public notice, approval) is reported as applied → underReview → active | rejected, then suspended or terminated [impl].",
    "codes": [
      {
        "code": "applied",
        "title": {
          "zh": "已申请",
          "en": "Applied"
        },
        "status": "active"
      },
      {
        "code": "underReview",
        "title": {
          "zh": "审核中",
          "en": "Under review"
        },
        "status": "active"
      },
      {
        "code": "active",
        "title": {
          "zh": "在保",
          "en": "Active"
        },
        "status": "active"
      },
      {
        "code": "suspended",
        "title": {
          "zh": "暂停",
          "en": "Suspended"
        },
        "status": "active"
      },
      {
        "code": "terminated",
        "title": {
          "zh": "已终止",
          "en": "Terminated"
        },
        "status": "active"
      },
      {
        "code": "rejected",
        "title": {
          "zh": "不予批准",
          "en": "Rejected"
        },
        "status": "active"
      }
    ]
  },
  "charityFundingSource": {
    "id": "charityFundingSource",
    "title": {
      "zh": "慈善资金来源",
      "en": "Charity funding source"
    },
    "openness": "closed",
    "source": "CZT-SS, after the seed paper's count of donations by source.",
    "codes": [
      {
        "code": "individual",
        "title": {
          "zh": "个人捐赠",
          "en": "Individual donation"
        },
        "status": "active"
      },
      {
        "code": "enterprise",
        "title": {
          "zh": "企业捐赠",
          "en": "Enterprise donation"
        },
        "status": "active"
      },
      {
        "code": "organised",
        "title": {
          "zh": "组织募捐",
          "en": "Organised giving"
        },
        "status": "active"
      }
    ]
  },
  "charityPurpose": {
    "id": "charityPurpose",
    "title": {
      "zh": "慈善用途",
      "en": "Charity purpose"
    },
    "openness": "open",
    "source": "CZT-SS, after the purposes listed in 慈善法 (2016) art. 3 (poverty and distress, the elderly, orphans, the sick and disabled, disasters, education, science, culture, health, sport, environment) [policy], grouped as charity relief cases use them. Open: a charity may record finer purposes.",
    "codes": [
      {
        "code": "poverty",
        "title": {
          "zh": "扶贫济困",
          "en": "Poverty relief"
        },
        "status": "active"
      },
      {
        "code": "elderly",
        "title": {
          "zh": "扶老",
          "en": "The elderly"
        },
        "status": "active"
      },
      {
        "code": "children",
        "title": {
          "zh": "救孤助幼",
          "en": "Orphans and children"
        },
        "status": "active"
      },
      {
        "code": "medical",
        "title": {
          "zh": "医疗救助",
          "en": "Medical relief"
        },
        "status": "active"
      },
      {
        "code": "disability",
        "title": {
          "zh": "助残",
          "en": "Disability"
        },
        "status": "active"
      },
      {
        "code": "disaster",
        "title": {
          "zh": "救灾",
          "en": "Disaster relief"
        },
        "status": "active"
      },
      {
        "code": "education",
        "title": {
          "zh": "助学",
          "en": "Education"
        },
        "status": "active"
      },
      {
        "code": "other",
        "title": {
          "zh": "其他公益",
          "en": "Other public benefit"
        },
        "status": "active"
      }
    ]
  },
  "classifiedSupplementReason": {
    "id": "classifiedSupplementReason",
    "title": {
      "zh": "分类施保原因",
      "en": "Reason for a classified supplement"
    },
    "openness": "open",
    "source": "CZT-SS after 分类施保 practice: an extra amount for the elderly, severely disabled, seriously ill and minors (domain reference §8) [impl, fairly sure]; several may apply.",
    "codes": [
      {
        "code": "elderly",
        "title": {
          "zh": "老年人",
          "en": "Elderly"
        },
        "status": "active"
      },
      {
        "code": "severeDisability",
        "title": {
          "zh": "重度残疾",
          "en": "Severe disability"
        },
        "status": "active"
      },
      {
        "code": "seriousIllness",
        "title": {
          "zh": "重病",
          "en": "Serious illness"
        },
        "status": "active"
      },
      {
        "code": "minor",
        "title": {
          "zh": "未成年人",
          "en": "Minor"
        },
        "status": "active"
      },
      {
        "code": "singleParent",
        "title": {
          "zh": "单亲家庭",
          "en": "Single-parent household"
        },
        "status": "active"
      },
      {
        "code": "other",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      }
    ]
  },
  "contributionKind": {
    "id": "contributionKind",
    "title": {
      "zh": "缴费类型",
      "en": "Contribution kind"
    },
    "openness": "closed",
    "source": "CZT-SS. 视同缴费年限: years of work before individual contributions began, counted as contribution years (国发〔1997〕26号) [policy, sure]; 补缴: contributions paid later for past months [policy, sure].",
    "codes": [
      {
        "code": "regular",
        "title": {
          "zh": "正常缴费",
          "en": "Regular contribution"
        },
        "status": "active",
        "description": {
          "zh": "按月正常缴纳；未填写 kind 时即为此类。",
          "en": "Paid month by month; the kind when none is given."
        }
      },
      {
        "code": "deemed",
        "title": {
          "zh": "视同缴费",
          "en": "Deemed contribution"
        },
        "status": "active",
        "description": {
          "zh": "个人缴费制度建立前的连续工龄，视同缴费年限（国发〔1997〕26号）；无缴费金额（金额为 0）。",
          "en": "Years of work before individual contributions began, counted as contribution years (国发〔1997〕26号); nothing was paid (amounts 0)."
        }
      },
      {
        "code": "backPayment",
        "title": {
          "zh": "补缴",
          "en": "Back payment"
        },
        "status": "active",
        "description": {
          "zh": "事后为以往月份补缴；须填写实际缴费日期 paidOn。",
          "en": "Paid later for past months; paidOn gives the day it was paid."
        }
      }
    ]
  },
  "contributionPayer": {
    "id": "contributionPayer",
    "title": {
      "zh": "代缴资助方",
      "en": "Contribution payer"
    },
    "description": {
      "zh": "代个人缴纳或资助个人缴费的一方。",
      "en": "Who paid, or subsidised, the person's contribution instead of the person."
    },
    "openness": "open",
    "source": "CZT-SS. 城乡居民养老保险 代缴 for people in difficulty (国发〔2014〕8号, 人社部发〔2017〕71号) and 医疗救助 资助参保 for 特困/低保 (国办发〔2021〕42号) [policy, fairly sure]; village collective subsidies (国发〔2014〕8号) [policy]. Open: agencies may send their own.",
    "codes": [
      {
        "code": "government",
        "title": {
          "zh": "政府代缴",
          "en": "Government"
        },
        "status": "active",
        "description": {
          "zh": "地方政府为困难群体代缴（如城乡居民养老保险最低缴费档次）。",
          "en": "The local government pays for people in difficulty (e.g. the lowest resident pension grade)."
        }
      },
      {
        "code": "medicalAssistance",
        "title": {
          "zh": "医疗救助资助参保",
          "en": "Medical assistance"
        },
        "status": "active",
        "description": {
          "zh": "医疗救助基金资助特困、低保等人员参加城乡居民医保的个人缴费。",
          "en": "The medical assistance fund pays the individual resident-medical contribution of 特困, 低保 and similar people."
        }
      },
      {
        "code": "villageCollective",
        "title": {
          "zh": "村（居）集体补助",
          "en": "Village collective"
        },
        "status": "active"
      },
      {
        "code": "employer",
        "title": {
          "zh": "单位代缴",
          "en": "Employer"
        },
        "status": "active",
        "description": {
          "zh": "单位代扣代缴之外，为个人承担个人缴费部分。",
          "en": "An employer bearing the individual share beyond withholding it."
        }
      },
      {
        "code": "family",
        "title": {
          "zh": "亲属代缴",
          "en": "Family member"
        },
        "status": "active"
      },
      {
        "code": "charity",
        "title": {
          "zh": "慈善资助",
          "en": "Charity"
        },
        "status": "active"
      },
      {
        "code": "other",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      }
    ]
  },
  "contributionStatus": {
    "id": "contributionStatus",
    "title": {
      "zh": "个人缴费状态",
      "en": "Contribution status"
    },
    "openness": "closed",
    "source": "人社 systems' 个人缴费状态 [impl] localCodesBySystem.hrss: the same codes, as 人社 systems hold them [impl].",
    "columns": [
      "localCodesBySystem"
    ],
    "codes": [
      {
        "code": "1",
        "title": {
          "zh": "参保缴费",
          "en": "Contributing"
        },
        "status": "active",
        "localCodesBySystem": {
          "hrss": [
            "1"
          ]
        }
      },
      {
        "code": "2",
        "title": {
          "zh": "暂停缴费",
          "en": "Suspended"
        },
        "status": "active",
        "localCodesBySystem": {
          "hrss": [
            "2"
          ]
        }
      },
      {
        "code": "3",
        "title": {
          "zh": "终止缴费",
          "en": "Terminated"
        },
        "status": "active",
        "localCodesBySystem": {
          "hrss": [
            "3"
          ]
        }
      }
    ]
  },
  "department": {
    "id": "department",
    "title": {
      "zh": "部门",
      "en": "Department"
    },
    "openness": "open",
    "source": "CZT-SS. Departments that administer social security in the three cities (domain reference §1, §9). Open: other departments may publish records.",
    "codes": [
      {
        "code": "hrss",
        "title": {
          "zh": "人力资源和社会保障局",
          "en": "Human Resources and Social Security Bureau"
        },
        "status": "active"
      },
      {
        "code": "healthcareSecurity",
        "title": {
          "zh": "医疗保障局",
          "en": "Healthcare Security Administration"
        },
        "status": "active"
      },
      {
        "code": "civilAffairs",
        "title": {
          "zh": "民政局",
          "en": "Civil Affairs Bureau"
        },
        "status": "active"
      },
      {
        "code": "healthCommission",
        "title": {
          "zh": "卫生健康委员会",
          "en": "Health Commission"
        },
        "status": "active"
      },
      {
        "code": "veteransAffairs",
        "title": {
          "zh": "退役军人事务局",
          "en": "Veterans Affairs Bureau"
        },
        "status": "active"
      },
      {
        "code": "disabledPersonsFederation",
        "title": {
          "zh": "残疾人联合会",
          "en": "Disabled Persons' Federation"
        },
        "status": "active"
      },
      {
        "code": "charityFederation",
        "title": {
          "zh": "慈善总会",
          "en": "Charity Federation"
        },
        "status": "active"
      },
      {
        "code": "taxation",
        "title": {
          "zh": "税务局",
          "en": "Tax Bureau"
        },
        "status": "active",
        "description": {
          "zh": "社会保险费征收。",
          "en": "Collects social insurance contributions."
        }
      },
      {
        "code": "housing",
        "title": {
          "zh": "住房和城乡建设局",
          "en": "Housing and Urban-Rural Development Bureau"
        },
        "status": "active",
        "description": {
          "zh": "住房救助。",
          "en": "Housing assistance."
        }
      },
      {
        "code": "education",
        "title": {
          "zh": "教育局",
          "en": "Education Bureau"
        },
        "status": "active",
        "description": {
          "zh": "教育救助。",
          "en": "Education assistance."
        }
      },
      {
        "code": "emergencyManagement",
        "title": {
          "zh": "应急管理局",
          "en": "Emergency Management Bureau"
        },
        "status": "active",
        "description": {
          "zh": "受灾人员救助。",
          "en": "Disaster relief."
        }
      },
      {
        "code": "cztCentre",
        "title": {
          "zh": "长株潭城乡社会保障中心",
          "en": "Chang-Zhu-Tan Urban and Rural Social Security Centre"
        },
        "status": "active",
        "description": {
          "zh": "规划中的城市群统一经办机构。",
          "en": "The agglomeration's planned unified centre."
        }
      }
    ]
  },
  "dibaoCategory": {
    "id": "dibaoCategory",
    "title": {
      "zh": "低保分类",
      "en": "低保 household category"
    },
    "openness": "open",
    "source": "CZT-SS after the A/B/C classification many provinces use for 低保 households (重点/一般/短期) [impl, unsure: the classes and their names are set locally; agencies may extend the list]. In 分档 programmes the tier that sets the amount is recorded apart in benefitTier.",
    "codes": [
      {
        "code": "A",
        "title": {
          "zh": "A类（重点保障）",
          "en": "Class A (priority: elderly, severely disabled, seriously ill, minors)"
        },
        "status": "active"
      },
      {
        "code": "B",
        "title": {
          "zh": "B类（一般保障）",
          "en": "Class B (general)"
        },
        "status": "active"
      },
      {
        "code": "C",
        "title": {
          "zh": "C类（短期保障）",
          "en": "Class C (short-term: members able to work)"
        },
        "status": "active"
      }
    ]
  },
  "disabilityCategory": {
    "id": "disabilityCategory",
    "title": {
      "zh": "残疾类别",
      "en": "Disability category"
    },
    "openness": "closed",
    "source": "GB/T 26341-2010 残疾人残疾分类和分级 [std]: seven categories as on the 残疾人证.",
    "codes": [
      {
        "code": "visual",
        "title": {
          "zh": "视力残疾",
          "en": "Visual"
        },
        "status": "active"
      },
      {
        "code": "hearing",
        "title": {
          "zh": "听力残疾",
          "en": "Hearing"
        },
        "status": "active"
      },
      {
        "code": "speech",
        "title": {
          "zh": "言语残疾",
          "en": "Speech"
        },
        "status": "active"
      },
      {
        "code": "physical",
        "title": {
          "zh": "肢体残疾",
          "en": "Physical"
        },
        "status": "active"
      },
      {
        "code": "intellectual",
        "title": {
          "zh": "智力残疾",
          "en": "Intellectual"
        },
        "status": "active"
      },
      {
        "code": "mental",
        "title": {
          "zh": "精神残疾",
          "en": "Mental"
        },
        "status": "active"
      },
      {
        "code": "multiple",
        "title": {
          "zh": "多重残疾",
          "en": "Multiple"
        },
        "status": "active"
      }
    ]
  },
  "disabilityGrade": {
    "id": "disabilityGrade",
    "title": {
      "zh": "残疾等级",
      "en": "Disability grade"
    },
    "openness": "closed",
    "source": "GB/T 26341-2010 残疾人残疾分类和分级 [std]: grade 1 (most severe) to 4. 重度残疾人护理补贴 usually covers grades 1 and 2 [policy].",
    "codes": [
      {
        "code": "1",
        "title": {
          "zh": "一级",
          "en": "Grade 1 (most severe)"
        },
        "status": "active"
      },
      {
        "code": "2",
        "title": {
          "zh": "二级",
          "en": "Grade 2"
        },
        "status": "active"
      },
      {
        "code": "3",
        "title": {
          "zh": "三级",
          "en": "Grade 3"
        },
        "status": "active"
      },
      {
        "code": "4",
        "title": {
          "zh": "四级",
          "en": "Grade 4 (mildest)"
        },
        "status": "active"
      }
    ]
  },
  "documentType": {
    "id": "documentType",
    "title": {
      "zh": "证件类型",
      "en": "Identity document type"
    },
    "openness": "open",
    "source": "CZT-SS's own list: document-type codes differ between local systems [impl]. The localCodes column gives the GA/T 517 常用证件代码 seen in public-security and e-government systems [impl, verify against the publishing system]; an empty column means no verified local code. localCodesBySystem.mps holds the same GA/T 517 codes, qualified by the system that uses them (公安 and e-government systems).",
    "columns": [
      "localCodes",
      "localCodesBySystem"
    ],
    "codes": [
      {
        "code": "residentIdCard",
        "title": {
          "zh": "居民身份证",
          "en": "Resident identity card"
        },
        "status": "active",
        "localCodes": [
          "111"
        ],
        "localCodesBySystem": {
          "mps": [
            "111"
          ]
        }
      },
      {
        "code": "hmtResidencePermit",
        "title": {
          "zh": "港澳台居民居住证",
          "en": "Residence permit for Hong Kong, Macao and Taiwan residents"
        },
        "status": "active",
        "localCodes": [],
        "description": {
          "zh": "号码格式同居民身份证，地址码为 810000/820000/830000。",
          "en": "Same 18-character format as the identity card, with address code 810000/820000/830000 [impl]."
        },
        "localCodesBySystem": {}
      },
      {
        "code": "hmTravelPermit",
        "title": {
          "zh": "港澳居民来往内地通行证",
          "en": "Mainland travel permit for Hong Kong and Macao residents"
        },
        "status": "active",
        "localCodes": [
          "516"
        ],
        "localCodesBySystem": {
          "mps": [
            "516"
          ]
        }
      },
      {
        "code": "taiwanTravelPermit",
        "title": {
          "zh": "台湾居民来往大陆通行证",
          "en": "Mainland travel permit for Taiwan residents"
        },
        "status": "active",
        "localCodes": [
          "511"
        ],
        "localCodesBySystem": {
          "mps": [
            "511"
          ]
        }
      },
      {
        "code": "foreignPermanentResidenceCard",
        "title": {
          "zh": "外国人永久居留身份证",
          "en": "Foreign permanent resident ID card"
        },
        "status": "active",
        "localCodes": [
          "553"
        ],
        "localCodesBySystem": {
          "mps": [
            "553"
          ]
        }
      },
      {
        "code": "passport",
        "title": {
          "zh": "护照",
          "en": "Passport"
        },
        "status": "active",
        "localCodes": [
          "414"
        ],
        "localCodesBySystem": {
          "mps": [
            "414"
          ]
        }
      },
      {
        "code": "militaryOfficerCard",
        "title": {
          "zh": "军官证",
          "en": "Military officer card"
        },
        "status": "active",
        "localCodes": [
          "114"
        ],
        "localCodesBySystem": {
          "mps": [
            "114"
          ]
        }
      },
      {
        "code": "other",
        "title": {
          "zh": "其他证件",
          "en": "Other document"
        },
        "status": "active",
        "localCodes": [
          "990"
        ],
        "description": {
          "zh": "仅在无更具体代码时使用。",
          "en": "Use only when no more specific code applies."
        },
        "localCodesBySystem": {
          "mps": [
            "990"
          ]
        }
      }
    ]
  },
  "donorType": {
    "id": "donorType",
    "title": {
      "zh": "捐赠人类型",
      "en": "Donor type"
    },
    "openness": "open",
    "source": "CZT-SS, after the seed paper's count of a district charity's funds by donor type (individual, enterprise, 一元捐, organised workplace giving) [impl]; 一元捐 is the 慈善一日捐/一元捐 campaign many Hunan charity federations run [impl, fairly sure].",
    "codes": [
      {
        "code": "individual",
        "title": {
          "zh": "个人捐赠",
          "en": "Individual"
        },
        "status": "active"
      },
      {
        "code": "enterprise",
        "title": {
          "zh": "企业捐赠",
          "en": "Enterprise"
        },
        "status": "active"
      },
      {
        "code": "oneYuan",
        "title": {
          "zh": "一元捐",
          "en": "One-yuan giving (一元捐)"
        },
        "status": "active"
      },
      {
        "code": "workplace",
        "title": {
          "zh": "单位组织捐赠",
          "en": "Organised workplace giving"
        },
        "status": "active"
      },
      {
        "code": "other",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      }
    ]
  },
  "employmentStatus": {
    "id": "employmentStatus",
    "title": {
      "zh": "在职离退休状态",
      "en": "Employment status"
    },
    "openness": "closed",
    "source": "人社 systems' 离退休标志 [impl] localCodesBySystem.hrss: the same codes, as 人社 systems hold them [impl].",
    "columns": [
      "localCodesBySystem"
    ],
    "codes": [
      {
        "code": "0",
        "title": {
          "zh": "在职",
          "en": "In employment"
        },
        "status": "active",
        "localCodesBySystem": {
          "hrss": [
            "0"
          ]
        }
      },
      {
        "code": "1",
        "title": {
          "zh": "离退休",
          "en": "Retired"
        },
        "status": "active",
        "localCodesBySystem": {
          "hrss": [
            "1"
          ]
        }
      }
    ]
  },
  "enrolmentEndReason": {
    "id": "enrolmentEndReason",
    "title": {
      "zh": "参保终止原因",
      "en": "Enrolment end reason"
    },
    "description": {
      "zh": "参保登记为何结束。1.0 仅以 contributionStatus 3（终止缴费）和 employmentStatus 1（离退休）混合表达；1.1 起可写明原因。",
      "en": "Why an enrolment ended. In 1.0 only contributionStatus 3 (terminated) and employmentStatus 1 (retired) said so, conflated; from 1.1 the reason can be given."
    },
    "openness": "open",
    "source": "CZT-SS, after the 终止参保/减员原因 of 人社 systems [impl] and 社会保险法 第十六条、第十九条 (pension from the required contribution period; transfer on a move) [policy]. Open: agencies may send their own reasons.",
    "codes": [
      {
        "code": "retiredDrawingPension",
        "title": {
          "zh": "退休领取养老金",
          "en": "Retired, drawing a pension"
        },
        "status": "active",
        "description": {
          "zh": "达到领取条件并开始领取基本养老金，停止缴费。",
          "en": "Met the conditions and started drawing the basic pension; contributions stop."
        }
      },
      {
        "code": "movedAway",
        "title": {
          "zh": "转出",
          "en": "Moved away"
        },
        "status": "active",
        "description": {
          "zh": "转移至其他统筹区或其他险种（关系转移接续）。",
          "en": "Transferred to another pooling region or scheme."
        }
      },
      {
        "code": "died",
        "title": {
          "zh": "死亡",
          "en": "Died"
        },
        "status": "active"
      },
      {
        "code": "stoppedContributing",
        "title": {
          "zh": "中断缴费",
          "en": "Stopped contributing"
        },
        "status": "active",
        "description": {
          "zh": "离职或不再缴费，参保关系保留，可续缴。",
          "en": "Left the job or stopped paying; the record is kept and contributions may resume."
        }
      },
      {
        "code": "emigrated",
        "title": {
          "zh": "出国（境）定居",
          "en": "Emigrated"
        },
        "status": "active"
      },
      {
        "code": "duplicateCleared",
        "title": {
          "zh": "重复参保清理",
          "en": "Duplicate enrolment cleared"
        },
        "status": "active"
      },
      {
        "code": "schemeMerged",
        "title": {
          "zh": "险种整合",
          "en": "Scheme merged"
        },
        "status": "active",
        "description": {
          "zh": "原险种并入新险种（如新农合、城镇居民医保并入城乡居民医保），参保延续到新险种的参保登记。",
          "en": "The scheme was merged into a new one (新农合 and 城镇居民医保 into 城乡居民医保); the enrolment continues as one in the new scheme."
        }
      },
      {
        "code": "other",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      }
    ]
  },
  "ethnicity": {
    "id": "ethnicity",
    "title": {
      "zh": "民族",
      "en": "Ethnicity"
    },
    "openness": "closed",
    "source": "GB/T 3304-1991 中国各民族名称的罗马字母拼写法和代码 [std]. Codes are two digits; systems that store unpadded 1–56 must pad them before export.",
    "codes": [
      {
        "code": "01",
        "title": {
          "zh": "汉族",
          "en": "Han"
        },
        "status": "active"
      },
      {
        "code": "02",
        "title": {
          "zh": "蒙古族",
          "en": "Mongol"
        },
        "status": "active"
      },
      {
        "code": "03",
        "title": {
          "zh": "回族",
          "en": "Hui"
        },
        "status": "active"
      },
      {
        "code": "04",
        "title": {
          "zh": "藏族",
          "en": "Tibetan"
        },
        "status": "active"
      },
      {
        "code": "05",
        "title": {
          "zh": "维吾尔族",
          "en": "Uyghur"
        },
        "status": "active"
      },
      {
        "code": "06",
        "title": {
          "zh": "苗族",
          "en": "Miao"
        },
        "status": "active"
      },
      {
        "code": "07",
        "title": {
          "zh": "彝族",
          "en": "Yi"
        },
        "status": "active"
      },
      {
        "code": "08",
        "title": {
          "zh": "壮族",
          "en": "Zhuang"
        },
        "status": "active"
      },
      {
        "code": "09",
        "title": {
          "zh": "布依族",
          "en": "Bouyei"
        },
        "status": "active"
      },
      {
        "code": "10",
        "title": {
          "zh": "朝鲜族",
          "en": "Korean"
        },
        "status": "active"
      },
      {
        "code": "11",
        "title": {
          "zh": "满族",
          "en": "Manchu"
        },
        "status": "active"
      },
      {
        "code": "12",
        "title": {
          "zh": "侗族",
          "en": "Dong"
        },
        "status": "active"
      },
      {
        "code": "13",
        "title": {
          "zh": "瑶族",
          "en": "Yao"
        },
        "status": "active"
      },
      {
        "code": "14",
        "title": {
          "zh": "白族",
          "en": "Bai"
        },
        "status": "active"
      },
      {
        "code": "15",
        "title": {
          "zh": "土家族",
          "en": "Tujia"
        },
        "status": "active"
      },
      {
        "code": "16",
        "title": {
          "zh": "哈尼族",
          "en": "Hani"
        },
        "status": "active"
      },
      {
        "code": "17",
        "title": {
          "zh": "哈萨克族",
          "en": "Kazakh"
        },
        "status": "active"
      },
      {
        "code": "18",
        "title": {
          "zh": "傣族",
          "en": "Dai"
        },
        "status": "active"
      },
      {
        "code": "19",
        "title": {
          "zh": "黎族",
          "en": "Li"
        },
        "status": "active"
      },
      {
        "code": "20",
        "title": {
          "zh": "傈僳族",
          "en": "Lisu"
        },
        "status": "active"
      },
      {
        "code": "21",
        "title": {
          "zh": "佤族",
          "en": "Va"
        },
        "status": "active"
      },
      {
        "code": "22",
        "title": {
          "zh": "畲族",
          "en": "She"
        },
        "status": "active"
      },
      {
        "code": "23",
        "title": {
          "zh": "高山族",
          "en": "Gaoshan"
        },
        "status": "active"
      },
      {
        "code": "24",
        "title": {
          "zh": "拉祜族",
          "en": "Lahu"
        },
        "status": "active"
      },
      {
        "code": "25",
        "title": {
          "zh": "水族",
          "en": "Sui"
        },
        "status": "active"
      },
      {
        "code": "26",
        "title": {
          "zh": "东乡族",
          "en": "Dongxiang"
        },
        "status": "active"
      },
      {
        "code": "27",
        "title": {
          "zh": "纳西族",
          "en": "Naxi"
        },
        "status": "active"
      },
      {
        "code": "28",
        "title": {
          "zh": "景颇族",
          "en": "Jingpo"
        },
        "status": "active"
      },
      {
        "code": "29",
        "title": {
          "zh": "柯尔克孜族",
          "en": "Kyrgyz"
        },
        "status": "active"
      },
      {
        "code": "30",
        "title": {
          "zh": "土族",
          "en": "Tu"
        },
        "status": "active"
      },
      {
        "code": "31",
        "title": {
          "zh": "达斡尔族",
          "en": "Daur"
        },
        "status": "active"
      },
      {
        "code": "32",
        "title": {
          "zh": "仫佬族",
          "en": "Mulao"
        },
        "status": "active"
      },
      {
        "code": "33",
        "title": {
          "zh": "羌族",
          "en": "Qiang"
        },
        "status": "active"
      },
      {
        "code": "34",
        "title": {
          "zh": "布朗族",
          "en": "Blang"
        },
        "status": "active"
      },
      {
        "code": "35",
        "title": {
          "zh": "撒拉族",
          "en": "Salar"
        },
        "status": "active"
      },
      {
        "code": "36",
        "title": {
          "zh": "毛南族",
          "en": "Maonan"
        },
        "status": "active"
      },
      {
        "code": "37",
        "title": {
          "zh": "仡佬族",
          "en": "Gelao"
        },
        "status": "active"
      },
      {
        "code": "38",
        "title": {
          "zh": "锡伯族",
          "en": "Xibe"
        },
        "status": "active"
      },
      {
        "code": "39",
        "title": {
          "zh": "阿昌族",
          "en": "Achang"
        },
        "status": "active"
      },
      {
        "code": "40",
        "title": {
          "zh": "普米族",
          "en": "Pumi"
        },
        "status": "active"
      },
      {
        "code": "41",
        "title": {
          "zh": "塔吉克族",
          "en": "Tajik"
        },
        "status": "active"
      },
      {
        "code": "42",
        "title": {
          "zh": "怒族",
          "en": "Nu"
        },
        "status": "active"
      },
      {
        "code": "43",
        "title": {
          "zh": "乌孜别克族",
          "en": "Uzbek"
        },
        "status": "active"
      },
      {
        "code": "44",
        "title": {
          "zh": "俄罗斯族",
          "en": "Russian"
        },
        "status": "active"
      },
      {
        "code": "45",
        "title": {
          "zh": "鄂温克族",
          "en": "Evenki"
        },
        "status": "active"
      },
      {
        "code": "46",
        "title": {
          "zh": "德昂族",
          "en": "De'ang"
        },
        "status": "active"
      },
      {
        "code": "47",
        "title": {
          "zh": "保安族",
          "en": "Bonan"
        },
        "status": "active"
      },
      {
        "code": "48",
        "title": {
          "zh": "裕固族",
          "en": "Yugur"
        },
        "status": "active"
      },
      {
        "code": "49",
        "title": {
          "zh": "京族",
          "en": "Gin"
        },
        "status": "active"
      },
      {
        "code": "50",
        "title": {
          "zh": "塔塔尔族",
          "en": "Tatar"
        },
        "status": "active"
      },
      {
        "code": "51",
        "title": {
          "zh": "独龙族",
          "en": "Derung"
        },
        "status": "active"
      },
      {
        "code": "52",
        "title": {
          "zh": "鄂伦春族",
          "en": "Oroqen"
        },
        "status": "active"
      },
      {
        "code": "53",
        "title": {
          "zh": "赫哲族",
          "en": "Hezhen"
        },
        "status": "active"
      },
      {
        "code": "54",
        "title": {
          "zh": "门巴族",
          "en": "Monba"
        },
        "status": "active"
      },
      {
        "code": "55",
        "title": {
          "zh": "珞巴族",
          "en": "Lhoba"
        },
        "status": "active"
      },
      {
        "code": "56",
        "title": {
          "zh": "基诺族",
          "en": "Jino"
        },
        "status": "active"
      },
      {
        "code": "97",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      },
      {
        "code": "98",
        "title": {
          "zh": "外国血统中国籍人士",
          "en": "Foreign-born Chinese citizen"
        },
        "status": "active"
      }
    ]
  },
  "fundingSource": {
    "id": "fundingSource",
    "title": {
      "zh": "资金来源",
      "en": "Funding source"
    },
    "openness": "closed",
    "source": "CZT-SS. Level of government (or charity) that funds a payment; special care (优抚) and assistance payments are split between central and local funds [policy].",
    "codes": [
      {
        "code": "central",
        "title": {
          "zh": "中央财政",
          "en": "Central government"
        },
        "status": "active"
      },
      {
        "code": "provincial",
        "title": {
          "zh": "省级财政",
          "en": "Provincial government"
        },
        "status": "active"
      },
      {
        "code": "city",
        "title": {
          "zh": "市级财政",
          "en": "City government"
        },
        "status": "active"
      },
      {
        "code": "county",
        "title": {
          "zh": "县级财政",
          "en": "County government"
        },
        "status": "active"
      },
      {
        "code": "charity",
        "title": {
          "zh": "慈善资金",
          "en": "Charity funds"
        },
        "status": "active"
      },
      {
        "code": "other",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      }
    ]
  },
  "healthCondition": {
    "id": "healthCondition",
    "title": {
      "zh": "健康状况",
      "en": "Health condition"
    },
    "openness": "open",
    "source": "CZT-SS after the health field of 低保 household forms (健康/慢性病/重病/残疾) [impl, unsure: wording varies locally].",
    "codes": [
      {
        "code": "healthy",
        "title": {
          "zh": "健康",
          "en": "Healthy"
        },
        "status": "active"
      },
      {
        "code": "chronicIllness",
        "title": {
          "zh": "患慢性病",
          "en": "Chronic illness"
        },
        "status": "active"
      },
      {
        "code": "seriousIllness",
        "title": {
          "zh": "患重病",
          "en": "Serious illness"
        },
        "status": "active"
      },
      {
        "code": "disabled",
        "title": {
          "zh": "残疾",
          "en": "Disabled"
        },
        "status": "active"
      }
    ]
  },
  "hukouCategory": {
    "id": "hukouCategory",
    "title": {
      "zh": "户口性质（历史）",
      "en": "Historical hukou category"
    },
    "openness": "closed",
    "source": "CZT-SS. The agricultural / non-agricultural split was abolished in 2014 (国发〔2014〕25号) [policy]; the list describes the historical attribute only, so its codes stay active for historic data.",
    "codes": [
      {
        "code": "agricultural",
        "title": {
          "zh": "农业户口",
          "en": "Agricultural hukou"
        },
        "status": "active"
      },
      {
        "code": "non-agricultural",
        "title": {
          "zh": "非农业户口",
          "en": "Non-agricultural hukou"
        },
        "status": "active"
      }
    ]
  },
  "institutionOwnership": {
    "id": "institutionOwnership",
    "title": {
      "zh": "机构性质",
      "en": "Institution ownership"
    },
    "openness": "open",
    "source": "CZT-SS, after the 民政 statistics of welfare institutions, which count public (公办) and private (民办) institutions; 公建民营 (publicly built, privately run) is widely reported [policy, fairly sure].",
    "codes": [
      {
        "code": "public",
        "title": {
          "zh": "公办",
          "en": "Public"
        },
        "status": "active"
      },
      {
        "code": "private",
        "title": {
          "zh": "民办",
          "en": "Private"
        },
        "status": "active"
      },
      {
        "code": "publicBuiltPrivatelyRun",
        "title": {
          "zh": "公建民营",
          "en": "Publicly built, privately run"
        },
        "status": "active"
      }
    ]
  },
  "insuranceScheme": {
    "id": "insuranceScheme",
    "title": {
      "zh": "险种",
      "en": "Insurance scheme"
    },
    "openness": "closed",
    "source": "CZT-SS's own list. The local 险种 codes in localCodes are those seen in 人社/医保 systems [impl]; they differ between systems (e.g. 150 or 170 for the resident pension), so map with care. Mergers: 新农合 into 城乡居民医保 from about 2016–2017, 生育保险 into 职工医保 in 2019 [policy]. 1.1: historic codes with their dates (城镇居民医保 from 国发〔2007〕20号, 新农保 from 国发〔2009〕32号, 城居保 from 国发〔2011〕18号, both merged by 国发〔2014〕8号; 城乡居民医保 from 国发〔2016〕3号, the old schemes integrated by the end of 2019 at the latest, 医保发〔2019〕30号) [policy, fairly sure]; 320/330/340/392 and 长期护理保险 as seen in integrations with the national medical insurance platform (insutype) [std, fairly sure]. localCodesBySystem qualifies local codes by source system: hrss = 人社 AAE140, nhsa = 医保 insutype; the two sets differ (410 is 工伤保险 in AAE140 and 长期照护保险 in insutype) [impl, fairly sure].",
    "columns": [
      "family",
      "employeeScheme",
      "localCodes",
      "supplements",
      "localCodesBySystem"
    ],
    "codes": [
      {
        "code": "pension.employee",
        "title": {
          "zh": "企业职工基本养老保险",
          "en": "Basic pension insurance for enterprise employees"
        },
        "status": "active",
        "family": "pension",
        "employeeScheme": true,
        "localCodes": [
          "110"
        ],
        "supplements": [],
        "localCodesBySystem": {
          "hrss": [
            "110"
          ]
        }
      },
      {
        "code": "pension.institution",
        "title": {
          "zh": "机关事业单位养老保险",
          "en": "Pension insurance for government agencies and public institutions"
        },
        "status": "active",
        "family": "pension",
        "employeeScheme": true,
        "localCodes": [
          "120"
        ],
        "supplements": [],
        "localCodesBySystem": {
          "hrss": [
            "120"
          ]
        }
      },
      {
        "code": "pension.resident",
        "title": {
          "zh": "城乡居民基本养老保险",
          "en": "Basic pension insurance for urban and rural residents"
        },
        "description": {
          "zh": "国发〔2014〕8号 合并新农保与城居保；部分地区更早已合并，故不设启用日期。",
          "en": "新农保 and 城居保 merged by 国发〔2014〕8号 (2014-02-21); some regions merged earlier, so the code has no since date [policy, fairly sure]."
        },
        "status": "active",
        "family": "pension",
        "employeeScheme": false,
        "localCodes": [
          "150",
          "170"
        ],
        "supplements": [],
        "localCodesBySystem": {
          "hrss": [
            "150",
            "170"
          ]
        }
      },
      {
        "code": "medical.employee",
        "title": {
          "zh": "职工基本医疗保险",
          "en": "Basic medical insurance for employees"
        },
        "status": "active",
        "family": "medical",
        "employeeScheme": true,
        "localCodes": [
          "310"
        ],
        "supplements": [],
        "localCodesBySystem": {
          "hrss": [
            "310"
          ],
          "nhsa": [
            "310"
          ]
        }
      },
      {
        "code": "medical.resident",
        "title": {
          "zh": "城乡居民基本医疗保险",
          "en": "Basic medical insurance for urban and rural residents"
        },
        "description": {
          "zh": "国发〔2016〕3号（2016-01-03）起整合城镇居民医保与新农合（各市 2016–2019 年完成）；此前不存在，此前的记录用 medical.urbanResident 或 medical.nrcms。",
          "en": "The integrated scheme of 国发〔2016〕3号 (2016-01-03); each city integrated between 2016 and 2019 [policy, fairly sure]. It did not exist before that date, so earlier records use medical.urbanResident or medical.nrcms (code.not-yet-in-force). The since date is the national decision, the earliest any city can have it; a city's own integration date is later."
        },
        "status": "active",
        "since": "2016-01-03",
        "family": "medical",
        "employeeScheme": false,
        "localCodes": [
          "390"
        ],
        "supplements": [],
        "localCodesBySystem": {
          "hrss": [
            "390"
          ],
          "nhsa": [
            "390"
          ]
        }
      },
      {
        "code": "medical.nrcms",
        "title": {
          "zh": "新型农村合作医疗",
          "en": "New rural cooperative medical scheme"
        },
        "description": {
          "zh": "已并入城乡居民基本医疗保险（约 2016–2019 年，各市时间不同，最迟 2019 年底，医保发〔2019〕30号）；仅用于历史记录。",
          "en": "Merged into the resident medical scheme (about 2016–2019, the date differs by city, by the end of 2019 at the latest, 医保发〔2019〕30号) [policy]; for historic records only."
        },
        "status": "deprecated",
        "family": "medical",
        "employeeScheme": false,
        "localCodes": [
          "380"
        ],
        "supplements": [],
        "localCodesBySystem": {
          "nhsa": [
            "380"
          ]
        }
      },
      {
        "code": "unemployment",
        "title": {
          "zh": "失业保险",
          "en": "Unemployment insurance"
        },
        "status": "active",
        "family": "unemployment",
        "employeeScheme": true,
        "localCodes": [
          "210"
        ],
        "supplements": [],
        "localCodesBySystem": {
          "hrss": [
            "210"
          ]
        }
      },
      {
        "code": "workInjury",
        "title": {
          "zh": "工伤保险",
          "en": "Work-injury insurance"
        },
        "status": "active",
        "family": "workInjury",
        "employeeScheme": true,
        "localCodes": [
          "410"
        ],
        "supplements": [],
        "localCodesBySystem": {
          "hrss": [
            "410"
          ]
        }
      },
      {
        "code": "maternity",
        "title": {
          "zh": "生育保险",
          "en": "Maternity insurance"
        },
        "description": {
          "zh": "2019 年并入职工基本医疗保险；仅用于历史记录。",
          "en": "Merged into the employee medical scheme in 2019 (national deadline end of 2019) [policy]; for historic records only."
        },
        "status": "deprecated",
        "until": "2019-12-31",
        "family": "maternity",
        "employeeScheme": true,
        "localCodes": [
          "510"
        ],
        "supplements": [],
        "localCodesBySystem": {
          "hrss": [
            "510"
          ],
          "nhsa": [
            "510"
          ]
        }
      },
      {
        "code": "medical.urbanResident",
        "title": {
          "zh": "城镇居民基本医疗保险",
          "en": "Basic medical insurance for urban residents"
        },
        "description": {
          "zh": "2007 年起试点（国发〔2007〕20号），并入城乡居民基本医疗保险（最迟 2019 年底）；仅用于历史记录。",
          "en": "Piloted from 2007 (国发〔2007〕20号), merged into the resident medical scheme (by the end of 2019 at the latest) [policy, fairly sure]; for historic records only."
        },
        "status": "retired",
        "since": "2007-07-10",
        "until": "2019-12-31",
        "family": "medical",
        "employeeScheme": false,
        "localCodes": [
          "391"
        ],
        "supplements": [],
        "localCodesBySystem": {
          "nhsa": [
            "391"
          ]
        }
      },
      {
        "code": "pension.ruralResident",
        "title": {
          "zh": "新型农村社会养老保险",
          "en": "New rural social pension insurance"
        },
        "description": {
          "zh": "2009 年起试点（国发〔2009〕32号），2014 年并入城乡居民基本养老保险（国发〔2014〕8号）；仅用于历史记录。",
          "en": "Piloted from 2009 (国发〔2009〕32号), merged into the resident pension in 2014 (国发〔2014〕8号) [policy, sure]; for historic records only."
        },
        "status": "retired",
        "since": "2009-09-01",
        "until": "2014-12-31",
        "family": "pension",
        "employeeScheme": false,
        "localCodes": [],
        "supplements": [],
        "localCodesBySystem": {}
      },
      {
        "code": "pension.urbanResident",
        "title": {
          "zh": "城镇居民社会养老保险",
          "en": "Urban residents' social pension insurance"
        },
        "description": {
          "zh": "2011 年起试点（国发〔2011〕18号），2014 年并入城乡居民基本养老保险（国发〔2014〕8号）；仅用于历史记录。",
          "en": "Piloted from 2011 (国发〔2011〕18号), merged into the resident pension in 2014 (国发〔2014〕8号) [policy, sure]; for historic records only."
        },
        "status": "retired",
        "since": "2011-06-07",
        "until": "2014-12-31",
        "family": "pension",
        "employeeScheme": false,
        "localCodes": [],
        "supplements": [],
        "localCodesBySystem": {}
      },
      {
        "code": "medical.civilServantSubsidy",
        "title": {
          "zh": "公务员医疗补助",
          "en": "Medical subsidy for civil servants"
        },
        "description": {
          "zh": "在职工基本医疗保险之上的补充保障（国办发〔2000〕37号）。",
          "en": "Supplementary cover on top of the employee medical scheme (国办发〔2000〕37号)."
        },
        "status": "active",
        "family": "medical",
        "employeeScheme": true,
        "localCodes": [
          "320"
        ],
        "supplements": [
          "medical.employee"
        ],
        "localCodesBySystem": {
          "nhsa": [
            "320"
          ]
        }
      },
      {
        "code": "medical.largeExpenseSubsidy",
        "title": {
          "zh": "大额医疗费用补助",
          "en": "Large medical expense subsidy"
        },
        "description": {
          "zh": "职工基本医疗保险统筹基金最高支付限额以上的补充保障。",
          "en": "Supplementary cover above the employee medical scheme's ceiling."
        },
        "status": "active",
        "family": "medical",
        "employeeScheme": true,
        "localCodes": [
          "330"
        ],
        "supplements": [
          "medical.employee"
        ],
        "localCodesBySystem": {
          "nhsa": [
            "330"
          ]
        }
      },
      {
        "code": "medical.retiredCadres",
        "title": {
          "zh": "离休人员医疗保障",
          "en": "Medical cover for retired cadres (离休)"
        },
        "status": "active",
        "family": "medical",
        "employeeScheme": true,
        "localCodes": [
          "340"
        ],
        "supplements": [],
        "localCodesBySystem": {
          "nhsa": [
            "340"
          ]
        }
      },
      {
        "code": "medical.residentCriticalIllness",
        "title": {
          "zh": "城乡居民大病保险",
          "en": "Critical illness insurance for residents"
        },
        "description": {
          "zh": "城乡居民基本医疗保险参保人随之享有的大病保险（国办发〔2015〕57号）。",
          "en": "Critical illness cover that comes with the resident medical scheme (国办发〔2015〕57号)."
        },
        "status": "active",
        "since": "2012-08-24",
        "family": "medical",
        "employeeScheme": false,
        "localCodes": [
          "392"
        ],
        "supplements": [
          "medical.resident"
        ],
        "localCodesBySystem": {
          "nhsa": [
            "392"
          ]
        }
      },
      {
        "code": "longTermCare",
        "title": {
          "zh": "长期护理保险",
          "en": "Long-term care insurance"
        },
        "description": {
          "zh": "试点城市（湘潭为国家试点城市，医保发〔2020〕37号）的职工医保参保人参加；非试点城市不应出现。",
          "en": "In pilot cities (Xiangtan is a national pilot, 医保发〔2020〕37号) [fairly sure], for members of the employee medical scheme; not expected elsewhere."
        },
        "status": "active",
        "since": "2016-06-27",
        "family": "longTermCare",
        "employeeScheme": true,
        "localCodes": [],
        "supplements": [],
        "localCodesBySystem": {
          "nhsa": [
            "410"
          ]
        }
      }
    ]
  },
  "labourCapacity": {
    "id": "labourCapacity",
    "title": {
      "zh": "劳动能力",
      "en": "Labour capacity"
    },
    "openness": "closed",
    "source": "CZT-SS after the labour-capacity field of 低保 and 特困 forms (有劳动能力/部分丧失/完全丧失) [impl, fairly sure]. A member who can work (full or partial) shortens the review interval.",
    "codes": [
      {
        "code": "full",
        "title": {
          "zh": "有劳动能力",
          "en": "Able to work"
        },
        "status": "active"
      },
      {
        "code": "partial",
        "title": {
          "zh": "部分丧失劳动能力",
          "en": "Partly unable to work"
        },
        "status": "active"
      },
      {
        "code": "none",
        "title": {
          "zh": "完全丧失劳动能力",
          "en": "Unable to work"
        },
        "status": "active"
      }
    ]
  },
  "legalSupportObligation": {
    "id": "legalSupportObligation",
    "title": {
      "zh": "法定义务",
      "en": "Legal support obligation"
    },
    "openness": "closed",
    "source": "民法典 §1067, §1059, §1074–1075: 赡养 (children to parents), 抚养 (parents to children), 扶养 (between spouses, and siblings or grandparents in the cases the law names) [std].",
    "codes": [
      {
        "code": "maintenance",
        "title": {
          "zh": "赡养",
          "en": "Maintenance of parents or grandparents"
        },
        "status": "active"
      },
      {
        "code": "upbringing",
        "title": {
          "zh": "抚养",
          "en": "Upbringing of children or grandchildren"
        },
        "status": "active"
      },
      {
        "code": "support",
        "title": {
          "zh": "扶养",
          "en": "Support between spouses or siblings"
        },
        "status": "active"
      }
    ]
  },
  "medicalRegistrationType": {
    "id": "medicalRegistrationType",
    "title": {
      "zh": "异地就医备案类型",
      "en": "Medical registration type"
    },
    "openness": "closed",
    "source": "The national 跨省异地就医 direct-settlement notices (医保发〔2022〕22号) group registrations into long-term residence elsewhere (异地长期居住: 异地安置退休、异地长期居住、常驻异地工作) and temporary treatment (临时外出就医: 异地转诊、异地急诊抢救、其他临时外出) [policy, fairly sure].",
    "codes": [
      {
        "code": "longTermResidence",
        "title": {
          "zh": "异地长期居住人员",
          "en": "Long-term residence elsewhere"
        },
        "status": "active"
      },
      {
        "code": "resettledRetiree",
        "title": {
          "zh": "异地安置退休人员",
          "en": "Retiree resettled elsewhere"
        },
        "status": "active"
      },
      {
        "code": "postedWorker",
        "title": {
          "zh": "常驻异地工作人员",
          "en": "Working elsewhere long-term"
        },
        "status": "active"
      },
      {
        "code": "temporary",
        "title": {
          "zh": "临时外出就医人员",
          "en": "Temporary treatment elsewhere"
        },
        "status": "active"
      },
      {
        "code": "referral",
        "title": {
          "zh": "异地转诊人员",
          "en": "Referred to another region"
        },
        "status": "active"
      },
      {
        "code": "emergency",
        "title": {
          "zh": "异地急诊抢救人员",
          "en": "Emergency treatment elsewhere"
        },
        "status": "active"
      }
    ]
  },
  "organisationKind": {
    "id": "organisationKind",
    "title": {
      "zh": "机构类型",
      "en": "Organisation kind"
    },
    "openness": "open",
    "source": "CZT-SS. Charity organisations (慈善法 2016) and the welfare institutions 民政 registers: care homes for the elderly (养老机构, including rural 敬老院/特困人员供养服务机构) and children's welfare institutions (儿童福利机构) [policy]. Open: publishers may add other institution kinds.",
    "codes": [
      {
        "code": "charity",
        "title": {
          "zh": "慈善组织",
          "en": "Charity organisation"
        },
        "status": "active",
        "description": {
          "zh": "依法登记或认定的慈善组织，统一社会信用代码以 5 开头（民政登记）。",
          "en": "A charity registered or recognised under the Charity Law; its credit code starts with 5 (registered by 民政) [std: GB 32100]."
        }
      },
      {
        "code": "careHome",
        "title": {
          "zh": "养老机构",
          "en": "Care home"
        },
        "status": "active",
        "description": {
          "zh": "为老年人提供集中居住和照料服务的机构，含特困人员供养服务机构（敬老院）。",
          "en": "An institution giving the elderly residential care, including the 特困 support institutions (敬老院)."
        }
      },
      {
        "code": "childWelfare",
        "title": {
          "zh": "儿童福利机构",
          "en": "Children's welfare institution"
        },
        "status": "active",
        "description": {
          "zh": "儿童福利院、未成年人救助保护机构等。",
          "en": "Children's welfare homes and minors' protection centres."
        }
      }
    ]
  },
  "participationType": {
    "id": "participationType",
    "title": {
      "zh": "参保身份",
      "en": "Participation type"
    },
    "description": {
      "zh": "参保人以何种身份参加职工险种：单位职工由用人单位参保，灵活就业人员和个体工商户以个人身份参保。",
      "en": "How a person takes part in an employee scheme: unit employees are enrolled by their employer; flexible workers and self-employed business owners contribute individually."
    },
    "openness": "closed",
    "source": "CZT-SS, after the 参保人员类别/用工形式 of 人社 systems [impl] and 社会保险法 第十条、第二十三条 (灵活就业人员、无雇工的个体工商户 may join the employee pension and medical schemes individually) [policy, sure]. The employerRequired column says whether an enrolment names an employer.",
    "columns": [
      "employerRequired"
    ],
    "codes": [
      {
        "code": "unitEmployee",
        "title": {
          "zh": "单位职工",
          "en": "Unit employee"
        },
        "status": "active",
        "employerRequired": true,
        "description": {
          "zh": "由用人单位办理参保并缴纳单位缴费部分的职工。",
          "en": "An employee enrolled by the employer, who pays the employer's share."
        }
      },
      {
        "code": "migrantWorker",
        "title": {
          "zh": "农民工（农民合同制职工）",
          "en": "Migrant worker employed by a unit"
        },
        "status": "active",
        "employerRequired": true,
        "description": {
          "zh": "农村户籍的单位职工，由用人单位参保；个人以灵活就业身份参保的农民工用 flexibleEmployment。",
          "en": "A unit employee with a rural hukou, enrolled by the employer; a migrant worker contributing alone is flexibleEmployment."
        }
      },
      {
        "code": "flexibleEmployment",
        "title": {
          "zh": "灵活就业人员",
          "en": "Flexible worker"
        },
        "status": "active",
        "employerRequired": false,
        "description": {
          "zh": "无用人单位、以个人身份参保缴费（社会保险法 第十条、第二十三条）。",
          "en": "No employer; contributes individually (Social Insurance Law art. 10 and 23)."
        }
      },
      {
        "code": "selfEmployed",
        "title": {
          "zh": "个体工商户",
          "en": "Self-employed business owner"
        },
        "status": "active",
        "employerRequired": false,
        "description": {
          "zh": "无雇工的个体工商户业主，以个人身份参保；其雇工为单位职工（以个体工商户的信用代码为用人单位）。",
          "en": "The owner of an individual business without employees, contributing individually; people the business employs are unit employees (the business's credit code as employer)."
        }
      },
      {
        "code": "institutionStaff",
        "title": {
          "zh": "机关事业单位工作人员",
          "en": "Staff of a government agency or public institution"
        },
        "status": "active",
        "employerRequired": true,
        "description": {
          "zh": "机关事业单位养老保险的参保人员，由单位参保（国发〔2015〕2号）。",
          "en": "Enrolled by the agency or institution (国发〔2015〕2号)."
        }
      },
      {
        "code": "resident",
        "title": {
          "zh": "城乡居民",
          "en": "Resident"
        },
        "status": "active",
        "employerRequired": false,
        "description": {
          "zh": "城乡居民险种的个人参保。",
          "en": "Individual enrolment in a resident scheme."
        }
      }
    ]
  },
  "paymentStatus": {
    "id": "paymentStatus",
    "title": {
      "zh": "发放状态",
      "en": "Payment status"
    },
    "openness": "closed",
    "source": "CZT-SS. Bank-paid benefits come back as paid, failed (not credited) or returned (credited, then returned — e.g. the account was closed after a death) [impl].",
    "codes": [
      {
        "code": "paid",
        "title": {
          "zh": "已发放",
          "en": "Paid"
        },
        "status": "active"
      },
      {
        "code": "failed",
        "title": {
          "zh": "发放失败",
          "en": "Failed"
        },
        "status": "active"
      },
      {
        "code": "returned",
        "title": {
          "zh": "已退回",
          "en": "Returned"
        },
        "status": "active"
      }
    ]
  },
  "povertyCause": {
    "id": "povertyCause",
    "title": {
      "zh": "致贫原因",
      "en": "Cause of poverty"
    },
    "openness": "open",
    "source": "CZT-SS after the causes recorded in 低保 and poverty-registration forms (因病、因残、因学、因灾、缺劳力、缺技术、失业、年老) [impl, fairly sure]; several may apply.",
    "codes": [
      {
        "code": "illness",
        "title": {
          "zh": "因病",
          "en": "Illness"
        },
        "status": "active"
      },
      {
        "code": "disability",
        "title": {
          "zh": "因残",
          "en": "Disability"
        },
        "status": "active"
      },
      {
        "code": "education",
        "title": {
          "zh": "因学",
          "en": "Education costs"
        },
        "status": "active"
      },
      {
        "code": "disaster",
        "title": {
          "zh": "因灾",
          "en": "Disaster"
        },
        "status": "active"
      },
      {
        "code": "lackOfLabour",
        "title": {
          "zh": "缺劳力",
          "en": "Lack of labour"
        },
        "status": "active"
      },
      {
        "code": "lackOfSkills",
        "title": {
          "zh": "缺技术",
          "en": "Lack of skills"
        },
        "status": "active"
      },
      {
        "code": "unemployment",
        "title": {
          "zh": "失业",
          "en": "Unemployment"
        },
        "status": "active"
      },
      {
        "code": "oldAge",
        "title": {
          "zh": "年老",
          "en": "Old age"
        },
        "status": "active"
      },
      {
        "code": "other",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      }
    ]
  },
  "readPurpose": {
    "id": "readPurpose",
    "title": {
      "zh": "查询用途",
      "en": "Read purpose"
    },
    "openness": "closed",
    "source": "CZT-SS's own list of the purposes an agency reads personal data for, sent as CZT-Purpose on every read of the exchange API (new in 1.1). Purposes and their consent: 个人信息保护法 arts. 6, 13 and 14 (purpose limitation; consent unless a statutory duty applies) [law, sure]; 社会救助暂行办法 (国务院令第649号, in force 2014-05-01) art. 60 and 最低生活保障审核确认办法 (民发〔2021〕57号) on the household means check authorised by the applicant (核对授权书) [policy, sure]; 特困人员认定办法 (民发〔2021〕43号) [policy, fairly sure]; transfers under 国办发〔2009〕66号 (from 2010-01-01) [policy, sure]. Which purposes need consent is CZT-SS's reading of these texts [CZT-SS decision, fairly sure]; the since dates are those of the texts, not of local practice.",
    "columns": [
      "consentRequired"
    ],
    "codes": [
      {
        "code": "dibaoReview",
        "title": {
          "zh": "低保审核",
          "en": "Minimum living allowance (低保) review"
        },
        "description": {
          "zh": "审核确认最低生活保障申请、复核在保家庭；须申请人签署的家庭经济状况核对授权书。",
          "en": "Examining a 低保 application or reviewing a covered household; needs the applicant's signed authorisation for the household means check (核对授权书)."
        },
        "status": "active",
        "since": "2014-05-01",
        "consentRequired": true
      },
      {
        "code": "tekunReview",
        "title": {
          "zh": "特困审核",
          "en": "Extreme-poverty support (特困) review"
        },
        "description": {
          "zh": "审核确认特困人员救助供养；须申请人（或其监护人）签署的核对授权书。",
          "en": "Examining an application for extreme-poverty support (特困供养); needs the authorisation signed by the applicant or guardian."
        },
        "status": "active",
        "since": "2014-05-01",
        "consentRequired": true
      },
      {
        "code": "temporaryAssistanceReview",
        "title": {
          "zh": "临时救助审核",
          "en": "Temporary assistance review"
        },
        "description": {
          "zh": "审核临时救助申请；须申请人签署的核对授权书。",
          "en": "Examining a temporary assistance application; needs the applicant's signed authorisation."
        },
        "status": "active",
        "since": "2014-05-01",
        "consentRequired": true
      },
      {
        "code": "medicalAssistance",
        "title": {
          "zh": "医疗救助",
          "en": "Medical assistance"
        },
        "description": {
          "zh": "审核医疗救助对象身份与费用；须申请人签署的授权书（低保、特困对象已有的授权书可覆盖本用途）。",
          "en": "Examining eligibility and costs for medical assistance; needs the applicant's signed authorisation (a 低保 or 特困 authorisation may list this purpose too)."
        },
        "status": "active",
        "since": "2014-05-01",
        "consentRequired": true
      },
      {
        "code": "benefitVerification",
        "title": {
          "zh": "待遇核查",
          "en": "Benefit entitlement check"
        },
        "description": {
          "zh": "经办机构依法核查待遇领取资格（如领取资格认证、重复领取、死亡后冒领）；法定职责，无须本人授权。",
          "en": "An agency checking entitlement to a benefit it pays (life certification, double payment, payments after death): a statutory duty, no consent needed."
        },
        "status": "active",
        "consentRequired": false
      },
      {
        "code": "transferContinuation",
        "title": {
          "zh": "转移接续",
          "en": "Transfer of insurance relations"
        },
        "description": {
          "zh": "办理社会保险关系转移接续（转出地、转入地之间核对缴费与参保记录）；依申请办理，无须另行授权。",
          "en": "Handling a transfer of insurance relations between the sending and receiving agencies; done on the insured person's application, no separate consent."
        },
        "status": "active",
        "since": "2010-01-01",
        "consentRequired": false
      },
      {
        "code": "enrolmentRegistration",
        "title": {
          "zh": "参保登记",
          "en": "Enrolment registration"
        },
        "description": {
          "zh": "办理参保登记、变更、中止时查重与核对身份；法定职责，无须本人授权。",
          "en": "Registering, changing or ending an enrolment (duplicate checks, identity checks): a statutory duty, no consent needed."
        },
        "status": "active",
        "consentRequired": false
      },
      {
        "code": "statistics",
        "title": {
          "zh": "统计分析",
          "en": "Statistics"
        },
        "description": {
          "zh": "统计分析与政策研究；结果须去标识化，不得用于针对个人的决定。",
          "en": "Statistics and policy analysis; results must be de-identified and never used for a decision about a person."
        },
        "status": "active",
        "consentRequired": false
      },
      {
        "code": "auditSupervision",
        "title": {
          "zh": "审计监督",
          "en": "Audit and supervision"
        },
        "description": {
          "zh": "审计机关、基金监督机构依法检查；法定职责，无须本人授权。",
          "en": "Inspection by audit bodies and fund supervisors under their statutes: no consent needed."
        },
        "status": "active",
        "consentRequired": false
      },
      {
        "code": "selfService",
        "title": {
          "zh": "本人查询",
          "en": "The person's own enquiry"
        },
        "description": {
          "zh": "应本人请求查询其本人记录（窗口、网厅、掌上办）；本人的查询授权记为一条授权记录。",
          "en": "Reading a person's own records at their request (counter, web, mobile); their request is recorded as a consent."
        },
        "status": "active",
        "consentRequired": true
      }
    ]
  },
  "relationToHead": {
    "id": "relationToHead",
    "title": {
      "zh": "与户主关系",
      "en": "Relationship to the head of household"
    },
    "openness": "closed",
    "source": "GB/T 4761-2008 家庭关系代码, two-digit codes [std structure]. The leaves were checked against two third-party copies of the standard's table, not against the official text: verify before version 1.0 is frozen. The one-digit codes (0–8) are not used: always send the two-digit code.",
    "codes": [
      {
        "code": "01",
        "title": {
          "zh": "本人",
          "en": "Self"
        },
        "status": "active"
      },
      {
        "code": "02",
        "title": {
          "zh": "户主",
          "en": "Head of household"
        },
        "status": "active"
      },
      {
        "code": "10",
        "title": {
          "zh": "配偶",
          "en": "Spouse"
        },
        "status": "active"
      },
      {
        "code": "11",
        "title": {
          "zh": "夫",
          "en": "Husband"
        },
        "status": "active"
      },
      {
        "code": "12",
        "title": {
          "zh": "妻",
          "en": "Wife"
        },
        "status": "active"
      },
      {
        "code": "20",
        "title": {
          "zh": "子",
          "en": "Son"
        },
        "status": "active"
      },
      {
        "code": "21",
        "title": {
          "zh": "独生子",
          "en": "Only son"
        },
        "status": "active"
      },
      {
        "code": "22",
        "title": {
          "zh": "长子",
          "en": "Eldest son"
        },
        "status": "active"
      },
      {
        "code": "23",
        "title": {
          "zh": "次子",
          "en": "Second son"
        },
        "status": "active"
      },
      {
        "code": "24",
        "title": {
          "zh": "三子",
          "en": "Third son"
        },
        "status": "active"
      },
      {
        "code": "25",
        "title": {
          "zh": "四子",
          "en": "Fourth son"
        },
        "status": "active"
      },
      {
        "code": "26",
        "title": {
          "zh": "五子",
          "en": "Fifth son"
        },
        "status": "active"
      },
      {
        "code": "27",
        "title": {
          "zh": "养子或继子",
          "en": "Adopted son or stepson"
        },
        "status": "active"
      },
      {
        "code": "28",
        "title": {
          "zh": "女婿",
          "en": "Son-in-law"
        },
        "status": "active"
      },
      {
        "code": "29",
        "title": {
          "zh": "其他儿子",
          "en": "Other son"
        },
        "status": "active"
      },
      {
        "code": "30",
        "title": {
          "zh": "女",
          "en": "Daughter"
        },
        "status": "active"
      },
      {
        "code": "31",
        "title": {
          "zh": "独生女",
          "en": "Only daughter"
        },
        "status": "active"
      },
      {
        "code": "32",
        "title": {
          "zh": "长女",
          "en": "Eldest daughter"
        },
        "status": "active"
      },
      {
        "code": "33",
        "title": {
          "zh": "次女",
          "en": "Second daughter"
        },
        "status": "active"
      },
      {
        "code": "34",
        "title": {
          "zh": "三女",
          "en": "Third daughter"
        },
        "status": "active"
      },
      {
        "code": "35",
        "title": {
          "zh": "四女",
          "en": "Fourth daughter"
        },
        "status": "active"
      },
      {
        "code": "36",
        "title": {
          "zh": "五女",
          "en": "Fifth daughter"
        },
        "status": "active"
      },
      {
        "code": "37",
        "title": {
          "zh": "养女或继女",
          "en": "Adopted daughter or stepdaughter"
        },
        "status": "active"
      },
      {
        "code": "38",
        "title": {
          "zh": "儿媳",
          "en": "Daughter-in-law"
        },
        "status": "active"
      },
      {
        "code": "39",
        "title": {
          "zh": "其他女儿",
          "en": "Other daughter"
        },
        "status": "active"
      },
      {
        "code": "40",
        "title": {
          "zh": "孙子、孙女或外孙子、外孙女",
          "en": "Grandchild"
        },
        "status": "active"
      },
      {
        "code": "41",
        "title": {
          "zh": "孙子",
          "en": "Grandson (son's son)"
        },
        "status": "active"
      },
      {
        "code": "42",
        "title": {
          "zh": "孙女",
          "en": "Granddaughter (son's daughter)"
        },
        "status": "active"
      },
      {
        "code": "43",
        "title": {
          "zh": "外孙子",
          "en": "Grandson (daughter's son)"
        },
        "status": "active"
      },
      {
        "code": "44",
        "title": {
          "zh": "外孙女",
          "en": "Granddaughter (daughter's daughter)"
        },
        "status": "active"
      },
      {
        "code": "45",
        "title": {
          "zh": "孙媳妇或外孙媳妇",
          "en": "Grandson's wife"
        },
        "status": "active"
      },
      {
        "code": "46",
        "title": {
          "zh": "孙女婿或外孙女婿",
          "en": "Granddaughter's husband"
        },
        "status": "active"
      },
      {
        "code": "47",
        "title": {
          "zh": "曾孙子或外曾孙子",
          "en": "Great-grandson"
        },
        "status": "active"
      },
      {
        "code": "48",
        "title": {
          "zh": "曾孙女或外曾孙女",
          "en": "Great-granddaughter"
        },
        "status": "active"
      },
      {
        "code": "49",
        "title": {
          "zh": "其他孙子、孙女或外孙子、外孙女",
          "en": "Other grandchild"
        },
        "status": "active"
      },
      {
        "code": "50",
        "title": {
          "zh": "父母",
          "en": "Parent"
        },
        "status": "active"
      },
      {
        "code": "51",
        "title": {
          "zh": "父亲",
          "en": "Father"
        },
        "status": "active"
      },
      {
        "code": "52",
        "title": {
          "zh": "母亲",
          "en": "Mother"
        },
        "status": "active"
      },
      {
        "code": "53",
        "title": {
          "zh": "公公",
          "en": "Husband's father"
        },
        "status": "active"
      },
      {
        "code": "54",
        "title": {
          "zh": "婆婆",
          "en": "Husband's mother"
        },
        "status": "active"
      },
      {
        "code": "55",
        "title": {
          "zh": "岳父",
          "en": "Wife's father"
        },
        "status": "active"
      },
      {
        "code": "56",
        "title": {
          "zh": "岳母",
          "en": "Wife's mother"
        },
        "status": "active"
      },
      {
        "code": "57",
        "title": {
          "zh": "继父或养父",
          "en": "Stepfather or adoptive father"
        },
        "status": "active"
      },
      {
        "code": "58",
        "title": {
          "zh": "继母或养母",
          "en": "Stepmother or adoptive mother"
        },
        "status": "active"
      },
      {
        "code": "59",
        "title": {
          "zh": "其他父母关系",
          "en": "Other parent relationship"
        },
        "status": "active"
      },
      {
        "code": "60",
        "title": {
          "zh": "祖父母或外祖父母",
          "en": "Grandparent"
        },
        "status": "active"
      },
      {
        "code": "61",
        "title": {
          "zh": "祖父",
          "en": "Paternal grandfather"
        },
        "status": "active"
      },
      {
        "code": "62",
        "title": {
          "zh": "祖母",
          "en": "Paternal grandmother"
        },
        "status": "active"
      },
      {
        "code": "63",
        "title": {
          "zh": "外祖父",
          "en": "Maternal grandfather"
        },
        "status": "active"
      },
      {
        "code": "64",
        "title": {
          "zh": "外祖母",
          "en": "Maternal grandmother"
        },
        "status": "active"
      },
      {
        "code": "65",
        "title": {
          "zh": "配偶的祖父母或外祖父母",
          "en": "Spouse's grandparent"
        },
        "status": "active"
      },
      {
        "code": "66",
        "title": {
          "zh": "曾祖父",
          "en": "Great-grandfather"
        },
        "status": "active"
      },
      {
        "code": "67",
        "title": {
          "zh": "曾祖母",
          "en": "Great-grandmother"
        },
        "status": "active"
      },
      {
        "code": "68",
        "title": {
          "zh": "配偶的曾祖父母或外曾祖父母",
          "en": "Spouse's great-grandparent"
        },
        "status": "active"
      },
      {
        "code": "69",
        "title": {
          "zh": "其他祖父母或外祖父母关系",
          "en": "Other grandparent relationship"
        },
        "status": "active"
      },
      {
        "code": "70",
        "title": {
          "zh": "兄弟姐妹",
          "en": "Sibling"
        },
        "status": "active"
      },
      {
        "code": "71",
        "title": {
          "zh": "兄",
          "en": "Elder brother"
        },
        "status": "active"
      },
      {
        "code": "72",
        "title": {
          "zh": "嫂",
          "en": "Elder brother's wife"
        },
        "status": "active"
      },
      {
        "code": "73",
        "title": {
          "zh": "弟",
          "en": "Younger brother"
        },
        "status": "active"
      },
      {
        "code": "74",
        "title": {
          "zh": "弟媳",
          "en": "Younger brother's wife"
        },
        "status": "active"
      },
      {
        "code": "75",
        "title": {
          "zh": "姐姐",
          "en": "Elder sister"
        },
        "status": "active"
      },
      {
        "code": "76",
        "title": {
          "zh": "姐夫",
          "en": "Elder sister's husband"
        },
        "status": "active"
      },
      {
        "code": "77",
        "title": {
          "zh": "妹妹",
          "en": "Younger sister"
        },
        "status": "active"
      },
      {
        "code": "78",
        "title": {
          "zh": "妹夫",
          "en": "Younger sister's husband"
        },
        "status": "active"
      },
      {
        "code": "79",
        "title": {
          "zh": "其他兄弟姐妹",
          "en": "Other sibling"
        },
        "status": "active"
      },
      {
        "code": "80",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      },
      {
        "code": "81",
        "title": {
          "zh": "伯父",
          "en": "Father's elder brother"
        },
        "status": "active"
      },
      {
        "code": "82",
        "title": {
          "zh": "伯母",
          "en": "Father's elder brother's wife"
        },
        "status": "active"
      },
      {
        "code": "83",
        "title": {
          "zh": "叔父",
          "en": "Father's younger brother"
        },
        "status": "active"
      },
      {
        "code": "84",
        "title": {
          "zh": "婶母",
          "en": "Father's younger brother's wife"
        },
        "status": "active"
      },
      {
        "code": "85",
        "title": {
          "zh": "舅父",
          "en": "Mother's brother"
        },
        "status": "active"
      },
      {
        "code": "86",
        "title": {
          "zh": "舅母",
          "en": "Mother's brother's wife"
        },
        "status": "active"
      },
      {
        "code": "87",
        "title": {
          "zh": "姨父",
          "en": "Mother's sister's husband"
        },
        "status": "active"
      },
      {
        "code": "88",
        "title": {
          "zh": "姨母",
          "en": "Mother's sister"
        },
        "status": "active"
      },
      {
        "code": "89",
        "title": {
          "zh": "姑父",
          "en": "Father's sister's husband"
        },
        "status": "active"
      },
      {
        "code": "90",
        "title": {
          "zh": "姑母",
          "en": "Father's sister"
        },
        "status": "active"
      },
      {
        "code": "91",
        "title": {
          "zh": "堂兄弟、堂姐妹",
          "en": "Paternal cousin"
        },
        "status": "active"
      },
      {
        "code": "92",
        "title": {
          "zh": "表兄弟、表姐妹",
          "en": "Maternal or cross cousin"
        },
        "status": "active"
      },
      {
        "code": "93",
        "title": {
          "zh": "侄子",
          "en": "Brother's son"
        },
        "status": "active"
      },
      {
        "code": "94",
        "title": {
          "zh": "侄女",
          "en": "Brother's daughter"
        },
        "status": "active"
      },
      {
        "code": "95",
        "title": {
          "zh": "外甥",
          "en": "Sister's son"
        },
        "status": "active"
      },
      {
        "code": "96",
        "title": {
          "zh": "外甥女",
          "en": "Sister's daughter"
        },
        "status": "active"
      },
      {
        "code": "97",
        "title": {
          "zh": "其他亲属",
          "en": "Other relative"
        },
        "status": "active"
      },
      {
        "code": "99",
        "title": {
          "zh": "非亲属",
          "en": "Non-relative"
        },
        "status": "active"
      }
    ]
  },
  "residenceType": {
    "id": "residenceType",
    "title": {
      "zh": "居住类型（城乡）",
      "en": "Urban or rural residence"
    },
    "openness": "closed",
    "source": "CZT-SS. Urban/rural residence decides which resident scheme applies; it is not the abolished agricultural/non-agricultural hukou category.",
    "codes": [
      {
        "code": "urban",
        "title": {
          "zh": "城镇",
          "en": "Urban"
        },
        "status": "active"
      },
      {
        "code": "rural",
        "title": {
          "zh": "农村",
          "en": "Rural"
        },
        "status": "active"
      }
    ]
  },
  "reviewOutcome": {
    "id": "reviewOutcome",
    "title": {
      "zh": "复核结果",
      "en": "Review outcome"
    },
    "openness": "closed",
    "source": "CZT-SS after 最低生活保障审核确认办法 (民发〔2021〕57号): a periodic review continues, raises, lowers, suspends or ends the benefit (有进有出、有升有降) [policy, fairly sure].",
    "codes": [
      {
        "code": "continued",
        "title": {
          "zh": "维持",
          "en": "Continued unchanged"
        },
        "status": "active"
      },
      {
        "code": "raised",
        "title": {
          "zh": "提高",
          "en": "Raised"
        },
        "status": "active"
      },
      {
        "code": "lowered",
        "title": {
          "zh": "降低",
          "en": "Lowered"
        },
        "status": "active"
      },
      {
        "code": "suspended",
        "title": {
          "zh": "暂停",
          "en": "Suspended"
        },
        "status": "active"
      },
      {
        "code": "terminated",
        "title": {
          "zh": "终止",
          "en": "Terminated"
        },
        "status": "active"
      }
    ]
  },
  "sex": {
    "id": "sex",
    "title": {
      "zh": "性别",
      "en": "Sex"
    },
    "openness": "closed",
    "source": "GB/T 2261.1-2003 人的性别代码 [std]",
    "codes": [
      {
        "code": "0",
        "title": {
          "zh": "未知的性别",
          "en": "Unknown"
        },
        "status": "active"
      },
      {
        "code": "1",
        "title": {
          "zh": "男性",
          "en": "Male"
        },
        "status": "active"
      },
      {
        "code": "2",
        "title": {
          "zh": "女性",
          "en": "Female"
        },
        "status": "active"
      },
      {
        "code": "9",
        "title": {
          "zh": "未说明的性别",
          "en": "Unspecified"
        },
        "status": "active"
      }
    ]
  },
  "specialCareCategory": {
    "id": "specialCareCategory",
    "title": {
      "zh": "优抚对象类别",
      "en": "Special-care category"
    },
    "openness": "open",
    "source": "Codes seen in third-party 优抚 systems [impl]; the group meanings (1x disabled, 2x families of the dead, 4x demobilised, 5x combat veterans, 6x nuclear-test veterans) are better attested than the individual 11–15 leaves. Open until a standard text is verified: an unknown code is a warning. Codes 24, 31 and 43 (added in 1.1) are CZT-SS codes for categories 1.0 lacked, each dated from the policy that created its benefit.",
    "codes": [
      {
        "code": "11",
        "title": {
          "zh": "残疾军人",
          "en": "Disabled serviceman"
        },
        "status": "active",
        "description": {
          "zh": "类别含义见于第三方系统，未经标准原文核实。",
          "en": "Meaning seen in third-party systems [impl], not verified against a standard."
        }
      },
      {
        "code": "12",
        "title": {
          "zh": "伤残人民警察",
          "en": "Disabled police officer"
        },
        "status": "active",
        "description": {
          "zh": "类别含义见于第三方系统，未经标准原文核实。",
          "en": "Meaning seen in third-party systems [impl], not verified against a standard."
        }
      },
      {
        "code": "13",
        "title": {
          "zh": "伤残国家机关工作人员",
          "en": "Disabled civil servant"
        },
        "status": "active",
        "description": {
          "zh": "类别含义见于第三方系统，未经标准原文核实。",
          "en": "Meaning seen in third-party systems [impl], not verified against a standard."
        }
      },
      {
        "code": "14",
        "title": {
          "zh": "伤残民兵民工",
          "en": "Disabled militia member or civilian worker"
        },
        "status": "active",
        "description": {
          "zh": "类别含义见于第三方系统，未经标准原文核实。",
          "en": "Meaning seen in third-party systems [impl], not verified against a standard."
        }
      },
      {
        "code": "15",
        "title": {
          "zh": "其他因战因公伤残人员",
          "en": "Other person disabled in war or on duty"
        },
        "status": "active",
        "description": {
          "zh": "类别含义见于第三方系统，未经标准原文核实。",
          "en": "Meaning seen in third-party systems [impl], not verified against a standard."
        }
      },
      {
        "code": "21",
        "title": {
          "zh": "烈士遗属",
          "en": "Family of a martyr"
        },
        "status": "active"
      },
      {
        "code": "22",
        "title": {
          "zh": "因公牺牲军人遗属",
          "en": "Family of a serviceman who died on duty"
        },
        "status": "active"
      },
      {
        "code": "23",
        "title": {
          "zh": "病故军人遗属",
          "en": "Family of a serviceman who died of illness"
        },
        "status": "active"
      },
      {
        "code": "41",
        "title": {
          "zh": "在乡复员军人",
          "en": "Demobilised soldier living in the countryside"
        },
        "status": "active"
      },
      {
        "code": "42",
        "title": {
          "zh": "带病回乡退伍军人",
          "en": "Veteran sent home with illness"
        },
        "status": "active"
      },
      {
        "code": "51",
        "title": {
          "zh": "参战退役人员",
          "en": "Veteran of combat"
        },
        "status": "active"
      },
      {
        "code": "61",
        "title": {
          "zh": "参试退役人员",
          "en": "Veteran of nuclear tests"
        },
        "status": "active"
      },
      {
        "code": "24",
        "title": {
          "zh": "部分烈士子女",
          "en": "Child of a martyr (periodic allowance)"
        },
        "status": "active",
        "since": "2011-08-01",
        "description": {
          "zh": "部分烈士（含错杀被平反人员）子女定期生活补助（民政部、财政部 2011 年起）；代码为 CZT-SS 代码，起始日期未经原文核实 [policy, unsure]。",
          "en": "Periodic allowance for some martyrs' children (民政部/财政部, from 2011); a CZT-SS code, start date not checked against the notice [policy, unsure]."
        }
      },
      {
        "code": "31",
        "title": {
          "zh": "现役军人家属",
          "en": "Family of a serving soldier"
        },
        "status": "active",
        "description": {
          "zh": "军属：义务兵家庭优待金等优待对象（军人抚恤优待条例）；CZT-SS 代码 [policy, sure]。",
          "en": "军属: families receiving 义务兵家庭优待金 and other preferential treatment (军人抚恤优待条例); a CZT-SS code [policy, sure]."
        }
      },
      {
        "code": "43",
        "title": {
          "zh": "60 周岁以上农村籍退役士兵",
          "en": "Rural veteran aged 60 or over"
        },
        "status": "active",
        "since": "2011-08-01",
        "description": {
          "zh": "部分农村籍退役士兵老年生活补助（民发〔2011〕110号，2011 年 8 月起）；CZT-SS 代码 [policy, fairly sure]。",
          "en": "Old-age allowance for some rural veterans aged 60 or over (民发〔2011〕110号, from August 2011); a CZT-SS code [policy, fairly sure]."
        }
      }
    ]
  },
  "specialCareDisabilityGrade": {
    "id": "specialCareDisabilityGrade",
    "title": {
      "zh": "残疾等级（优抚）",
      "en": "Special-care disability grade"
    },
    "openness": "closed",
    "source": "伤残抚恤管理办法 and 军人抚恤优待条例: disabled servicemen's disability is graded 一级 (most severe) to 十级 [policy, sure]. Since 2004 (军人抚恤优待条例 2004-10-01) ten grades replace the earlier 特等/一等/二等甲乙/三等甲乙 classes.",
    "codes": [
      {
        "code": "1",
        "title": {
          "zh": "一级",
          "en": "Grade 1"
        },
        "status": "active"
      },
      {
        "code": "2",
        "title": {
          "zh": "二级",
          "en": "Grade 2"
        },
        "status": "active"
      },
      {
        "code": "3",
        "title": {
          "zh": "三级",
          "en": "Grade 3"
        },
        "status": "active"
      },
      {
        "code": "4",
        "title": {
          "zh": "四级",
          "en": "Grade 4"
        },
        "status": "active"
      },
      {
        "code": "5",
        "title": {
          "zh": "五级",
          "en": "Grade 5"
        },
        "status": "active"
      },
      {
        "code": "6",
        "title": {
          "zh": "六级",
          "en": "Grade 6"
        },
        "status": "active"
      },
      {
        "code": "7",
        "title": {
          "zh": "七级",
          "en": "Grade 7"
        },
        "status": "active"
      },
      {
        "code": "8",
        "title": {
          "zh": "八级",
          "en": "Grade 8"
        },
        "status": "active"
      },
      {
        "code": "9",
        "title": {
          "zh": "九级",
          "en": "Grade 9"
        },
        "status": "active"
      },
      {
        "code": "10",
        "title": {
          "zh": "十级",
          "en": "Grade 10"
        },
        "status": "active"
      }
    ]
  },
  "specialCareDisabilityNature": {
    "id": "specialCareDisabilityNature",
    "title": {
      "zh": "伤残性质",
      "en": "Nature of the disability"
    },
    "openness": "closed",
    "source": "军人抚恤优待条例: a disability is 因战 (in combat), 因公 (on duty) or 因病 (of illness) [policy, sure]; the nature and grade set the disability pension.",
    "codes": [
      {
        "code": "inCombat",
        "title": {
          "zh": "因战",
          "en": "In combat"
        },
        "status": "active"
      },
      {
        "code": "onDuty",
        "title": {
          "zh": "因公",
          "en": "On duty"
        },
        "status": "active"
      },
      {
        "code": "illness",
        "title": {
          "zh": "因病",
          "en": "Of illness"
        },
        "status": "active"
      }
    ]
  },
  "transferDocumentKind": {
    "id": "transferDocumentKind",
    "title": {
      "zh": "转移接续单证类型",
      "en": "Transfer document kind"
    },
    "openness": "closed",
    "source": "国办发〔2009〕66号 (the documents of an employee pension transfer: 参保缴费凭证, 联系函, 信息表) [policy]; CZT-SS adds other.",
    "codes": [
      {
        "code": "contributionCertificate",
        "title": {
          "zh": "参保缴费凭证",
          "en": "Proof of contributions"
        },
        "status": "active",
        "description": {
          "zh": "转出地出具的参保缴费凭证。",
          "en": "Issued by the old office when the person leaves."
        }
      },
      {
        "code": "contactLetter",
        "title": {
          "zh": "联系函",
          "en": "Contact letter"
        },
        "status": "active",
        "description": {
          "zh": "转入地受理后向转出地发出的基本养老保险关系转移接续联系函。",
          "en": "Sent by the new office to the old one once it accepts the request."
        }
      },
      {
        "code": "informationSheet",
        "title": {
          "zh": "信息表",
          "en": "Transfer information sheet"
        },
        "status": "active",
        "description": {
          "zh": "转出地随资金转出的参保人员基本养老保险关系转移接续信息表（含历年缴费记录）。",
          "en": "Sent by the old office with the funds: the transfer information sheet with the yearly contribution records."
        }
      },
      {
        "code": "other",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      }
    ]
  },
  "transferKind": {
    "id": "transferKind",
    "title": {
      "zh": "转移接续类型",
      "en": "Transfer kind"
    },
    "openness": "closed",
    "source": "CZT-SS, after 国办发〔2009〕66号 (intercity employee pension), 人社部发〔2014〕17号 (linking the employee and resident pension schemes) and the medical insurance transfer rules [policy]. 1.1 adds the institution (机关事业单位) kinds after 国发〔2015〕2号 and 人社部规〔2017〕1号 [policy, fairly sure], and the resident pension between regions after 国发〔2014〕8号 [policy, fairly sure]. Since 1.1 either side may be outside the three cities; \"intercity\" means between pooling regions (统筹区).",
    "codes": [
      {
        "code": "pension.employee.intercity",
        "title": {
          "zh": "企业职工养老保险跨市转移",
          "en": "Employee pension transfer between cities"
        },
        "status": "active"
      },
      {
        "code": "medical.intercity",
        "title": {
          "zh": "医疗保险跨市转移",
          "en": "Medical insurance transfer between cities"
        },
        "status": "active"
      },
      {
        "code": "unemployment.intercity",
        "title": {
          "zh": "失业保险跨市转移",
          "en": "Unemployment insurance transfer between cities"
        },
        "status": "active"
      },
      {
        "code": "pension.link.residentToEmployee",
        "title": {
          "zh": "城乡居民养老保险转入职工养老保险",
          "en": "Resident pension merged into the employee scheme"
        },
        "status": "active",
        "description": {
          "zh": "职工养老保险缴费满 15 年（180 个月）时适用。",
          "en": "Applies when the employee scheme has 15 years (180 months) or more."
        }
      },
      {
        "code": "pension.link.employeeToResident",
        "title": {
          "zh": "职工养老保险转入城乡居民养老保险",
          "en": "Employee pension merged into the resident scheme"
        },
        "status": "active",
        "description": {
          "zh": "职工养老保险缴费不足 15 年时适用。",
          "en": "Applies when the employee scheme has fewer than 15 years."
        }
      },
      {
        "code": "pension.institution.toEmployee",
        "title": {
          "zh": "机关事业单位养老保险转入企业职工养老保险",
          "en": "Institution pension to the enterprise employee scheme"
        },
        "status": "active",
        "since": "2014-10-01",
        "description": {
          "zh": "机关事业单位工作人员流动到企业：转移养老保险关系和个人账户，并按规定转移统筹基金（人社部规〔2017〕1号，未核对原文）。机关事业单位养老保险改革自 2014-10-01 起（国发〔2015〕2号）。",
          "en": "A civil servant or institution employee moving to an enterprise: the pension relationship and individual account move, with pooled funds as the rules say (人社部规〔2017〕1号, not read in full). The institution pension reform starts on 2014-10-01 (国发〔2015〕2号)."
        }
      },
      {
        "code": "pension.employee.toInstitution",
        "title": {
          "zh": "企业职工养老保险转入机关事业单位养老保险",
          "en": "Enterprise employee pension to the institution scheme"
        },
        "status": "active",
        "since": "2014-10-01",
        "description": {
          "zh": "企业职工进入机关事业单位工作：转移养老保险关系和个人账户（人社部规〔2017〕1号，未核对原文）。",
          "en": "An enterprise employee joining a public institution: the pension relationship and individual account move (人社部规〔2017〕1号, not read in full)."
        }
      },
      {
        "code": "pension.institution.withinProvince",
        "title": {
          "zh": "机关事业单位养老保险省内转移",
          "en": "Institution pension moving within the province"
        },
        "status": "active",
        "since": "2014-10-01",
        "description": {
          "zh": "机关事业单位工作人员在省内不同统筹区的机关事业单位之间流动；企业职工养老保险省级统筹后仍需办理转移（领域参考第 10 节，较确定）。",
          "en": "An institution employee moving between institutions of two pooling regions of one province; unlike the enterprise pension, this still needs a transfer after provincial pooling (domain reference §10, fairly sure)."
        }
      },
      {
        "code": "pension.resident.interregion",
        "title": {
          "zh": "城乡居民养老保险跨统筹区转移",
          "en": "Resident pension moving between regions"
        },
        "status": "active",
        "since": "2014-02-21",
        "description": {
          "zh": "城乡居民基本养老保险参保人跨统筹区转移，个人账户全部储存额随同转移（国发〔2014〕8号）。",
          "en": "A resident pension participant moving between pooling regions; the whole individual account moves (国发〔2014〕8号)."
        }
      }
    ]
  },
  "transferReason": {
    "id": "transferReason",
    "title": {
      "zh": "转移步骤原因",
      "en": "Transfer step reason"
    },
    "openness": "open",
    "source": "CZT-SS. Reasons recorded on a transfer step, mostly for rejections and cancellations; derived from the conditions of 国办发〔2009〕66号 [policy]. Open: agencies may send their own codes.",
    "codes": [
      {
        "code": "applicantRequest",
        "title": {
          "zh": "本人申请",
          "en": "Applicant's request"
        },
        "status": "active"
      },
      {
        "code": "missingDocuments",
        "title": {
          "zh": "材料不全",
          "en": "Documents missing"
        },
        "status": "active",
        "description": {
          "zh": "缺少参保缴费凭证、联系函或信息表。",
          "en": "Missing proof of contributions, contact letter or information sheet."
        }
      },
      {
        "code": "drawingPension",
        "title": {
          "zh": "已领取养老金",
          "en": "Already drawing a pension"
        },
        "status": "active",
        "description": {
          "zh": "已领取养老金的人员不办理转移。",
          "en": "People already drawing a pension do not transfer."
        }
      },
      {
        "code": "duplicateEnrolment",
        "title": {
          "zh": "重复参保",
          "en": "Duplicate enrolment"
        },
        "status": "active"
      },
      {
        "code": "recordMismatch",
        "title": {
          "zh": "信息不一致",
          "en": "Records do not match"
        },
        "status": "active"
      },
      {
        "code": "applicantWithdrew",
        "title": {
          "zh": "本人撤回",
          "en": "Applicant withdrew"
        },
        "status": "active"
      },
      {
        "code": "other",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      }
    ]
  },
  "transferStatus": {
    "id": "transferStatus",
    "title": {
      "zh": "转移状态",
      "en": "Transfer status"
    },
    "openness": "closed",
    "source": "CZT-SS, after the steps of 国办发〔2009〕66号: the new office sends the contact letter, the old office transfers the funds, the new office completes (each step within 15 working days) [policy].",
    "codes": [
      {
        "code": "requested",
        "title": {
          "zh": "已申请",
          "en": "Requested"
        },
        "status": "active"
      },
      {
        "code": "letterIssued",
        "title": {
          "zh": "已发联系函",
          "en": "Contact letter issued"
        },
        "status": "active"
      },
      {
        "code": "fundsTransferred",
        "title": {
          "zh": "已转移基金",
          "en": "Funds transferred"
        },
        "status": "active"
      },
      {
        "code": "completed",
        "title": {
          "zh": "已办结",
          "en": "Completed"
        },
        "status": "active"
      },
      {
        "code": "rejected",
        "title": {
          "zh": "不予受理",
          "en": "Rejected"
        },
        "status": "active"
      },
      {
        "code": "cancelled",
        "title": {
          "zh": "已撤销",
          "en": "Cancelled"
        },
        "status": "active"
      }
    ]
  },
  "vitalStatus": {
    "id": "vitalStatus",
    "title": {
      "zh": "生存状态",
      "en": "Vital status"
    },
    "openness": "closed",
    "source": "CZT-SS, after 民法典 arts. 40–53 (宣告失踪, 宣告死亡) [std] and 人社 待遇资格认证 practice [impl].",
    "codes": [
      {
        "code": "alive",
        "title": {
          "zh": "在世",
          "en": "Alive"
        },
        "status": "active"
      },
      {
        "code": "deceased",
        "title": {
          "zh": "死亡",
          "en": "Deceased"
        },
        "description": {
          "zh": "含人民法院宣告死亡（判决作出之日视为死亡日期）。",
          "en": "Including a court's declaration of death (the judgment's date counts as the date of death)."
        },
        "status": "active"
      },
      {
        "code": "declaredMissing",
        "title": {
          "zh": "宣告失踪",
          "en": "Declared missing"
        },
        "description": {
          "zh": "人民法院宣告失踪：待遇暂停，不等于死亡。",
          "en": "Declared missing by a court: benefits are suspended; not a death."
        },
        "status": "active"
      }
    ]
  },
  "vitalStatusSource": {
    "id": "vitalStatusSource",
    "title": {
      "zh": "生存状态信息来源",
      "en": "Vital status source"
    },
    "openness": "closed",
    "source": "CZT-SS. The sources agencies match deaths against: 公安 household deregistration, medical death certificates (卫健), cremation records (民政 funeral services), court judgments [policy, widely reported as the data-matching sources of 待遇资格认证]; the list is not exhaustive (other).",
    "codes": [
      {
        "code": "householdDeregistration",
        "title": {
          "zh": "公安户籍注销",
          "en": "Household registration cancelled (police)"
        },
        "status": "active"
      },
      {
        "code": "medicalDeathCertificate",
        "title": {
          "zh": "医学死亡证明",
          "en": "Medical death certificate"
        },
        "description": {
          "zh": "《居民死亡医学证明（推断）书》。",
          "en": "The 居民死亡医学证明（推断）书 issued by a medical institution."
        },
        "status": "active"
      },
      {
        "code": "cremationRecord",
        "title": {
          "zh": "火化记录",
          "en": "Cremation record"
        },
        "status": "active"
      },
      {
        "code": "courtDeclaration",
        "title": {
          "zh": "法院宣告",
          "en": "Court declaration"
        },
        "description": {
          "zh": "人民法院宣告死亡或宣告失踪的判决。",
          "en": "A court's judgment declaring a person dead or missing."
        },
        "status": "active"
      },
      {
        "code": "dataMatching",
        "title": {
          "zh": "部门数据比对",
          "en": "Cross-department data matching"
        },
        "description": {
          "zh": "人社、民政、卫健、公安等部门数据比对发现，尚待核实。",
          "en": "Found by matching data of other departments (civil affairs, health, police), pending verification."
        },
        "status": "active"
      },
      {
        "code": "familyReport",
        "title": {
          "zh": "家属申报",
          "en": "Reported by the family"
        },
        "status": "active"
      },
      {
        "code": "other",
        "title": {
          "zh": "其他",
          "en": "Other"
        },
        "status": "active"
      }
    ]
  }
};
