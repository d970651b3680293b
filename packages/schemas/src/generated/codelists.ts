// Generated from schemas/ by `npm run generate -w @czt/schemas`. Do not edit: edit the sources and regenerate.

import type { CodeList } from "../code-list.js";

export const codeListIds = [
  "accountKind",
  "assistanceProgramme",
  "caseStatus",
  "charityFundingSource",
  "charityPurpose",
  "contributionStatus",
  "department",
  "documentType",
  "donorType",
  "employmentStatus",
  "ethnicity",
  "fundingSource",
  "hukouCategory",
  "institutionOwnership",
  "insuranceScheme",
  "organisationKind",
  "paymentStatus",
  "relationToHead",
  "residenceType",
  "sex",
  "specialCareCategory",
  "specialCareDisabilityGrade",
  "specialCareDisabilityNature",
  "transferKind",
  "transferReason",
  "transferStatus"
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
  "contributionStatus": {
    "id": "contributionStatus",
    "title": {
      "zh": "个人缴费状态",
      "en": "Contribution status"
    },
    "openness": "closed",
    "source": "人社 systems' 个人缴费状态 [impl]",
    "codes": [
      {
        "code": "1",
        "title": {
          "zh": "参保缴费",
          "en": "Contributing"
        },
        "status": "active"
      },
      {
        "code": "2",
        "title": {
          "zh": "暂停缴费",
          "en": "Suspended"
        },
        "status": "active"
      },
      {
        "code": "3",
        "title": {
          "zh": "终止缴费",
          "en": "Terminated"
        },
        "status": "active"
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
  "documentType": {
    "id": "documentType",
    "title": {
      "zh": "证件类型",
      "en": "Identity document type"
    },
    "openness": "open",
    "source": "CZT-SS's own list: document-type codes differ between local systems [impl]. The localCodes column gives the GA/T 517 常用证件代码 seen in public-security and e-government systems [impl, verify against the publishing system]; an empty column means no verified local code.",
    "columns": [
      "localCodes"
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
        ]
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
        }
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
        ]
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
        ]
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
        ]
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
        ]
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
        ]
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
    "source": "人社 systems' 离退休标志 [impl]",
    "codes": [
      {
        "code": "0",
        "title": {
          "zh": "在职",
          "en": "In employment"
        },
        "status": "active"
      },
      {
        "code": "1",
        "title": {
          "zh": "离退休",
          "en": "Retired"
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
    "source": "CZT-SS's own list. The local 险种 codes in localCodes are those seen in 人社/医保 systems [impl]; they differ between systems (e.g. 150 or 170 for the resident pension), so map with care. Mergers: 新农合 into 城乡居民医保 from about 2016–2017, 生育保险 into 职工医保 in 2019 [policy].",
    "columns": [
      "family",
      "employeeScheme",
      "localCodes"
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
        ]
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
        ]
      },
      {
        "code": "pension.resident",
        "title": {
          "zh": "城乡居民基本养老保险",
          "en": "Basic pension insurance for urban and rural residents"
        },
        "status": "active",
        "family": "pension",
        "employeeScheme": false,
        "localCodes": [
          "150",
          "170"
        ]
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
        ]
      },
      {
        "code": "medical.resident",
        "title": {
          "zh": "城乡居民基本医疗保险",
          "en": "Basic medical insurance for urban and rural residents"
        },
        "status": "active",
        "family": "medical",
        "employeeScheme": false,
        "localCodes": [
          "390"
        ]
      },
      {
        "code": "medical.nrcms",
        "title": {
          "zh": "新型农村合作医疗",
          "en": "New rural cooperative medical scheme"
        },
        "description": {
          "zh": "已并入城乡居民基本医疗保险（约 2016–2017 年，各市时间不同）；仅用于历史记录。",
          "en": "Merged into the resident medical scheme (about 2016–2017, the date differs by city) [policy]; for historic records only."
        },
        "status": "deprecated",
        "family": "medical",
        "employeeScheme": false,
        "localCodes": [
          "380"
        ]
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
        ]
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
        ]
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
        ]
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
  "transferKind": {
    "id": "transferKind",
    "title": {
      "zh": "转移接续类型",
      "en": "Transfer kind"
    },
    "openness": "closed",
    "source": "CZT-SS, after 国办发〔2009〕66号 (intercity employee pension), 人社部发〔2014〕17号 (linking the employee and resident pension schemes) and the medical insurance transfer rules [policy].",
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
  }
};
