// Generated from schemas/ by `npm run generate -w @czt/schemas`. Do not edit: edit the sources and regenerate.

/** Every JSON Schema of the standard (meta-schema included), by `$id`. */
export const schemas: Readonly<Record<string, object>> = {
  "https://czt-ss.org/schemas/1.1/assistance.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Assistance",
    "description": "A case of social assistance, welfare, mutual aid (charity) or special care for a person or a household.",
    "x-czt-title": {
      "zh": "救助福利",
      "en": "Assistance"
    },
    "$id": "https://czt-ss.org/schemas/1.1/assistance.schema.json",
    "type": "object",
    "allOf": [
      {
        "if": {
          "properties": {
            "personId": false
          }
        },
        "then": {
          "properties": {
            "household": true
          },
          "required": [
            "household"
          ]
        }
      },
      {
        "if": {
          "properties": {
            "programme": {
              "const": "charityRelief"
            }
          },
          "required": [
            "programme"
          ]
        },
        "then": {
          "properties": {
            "charity": true
          },
          "required": [
            "charity"
          ]
        }
      },
      {
        "if": {
          "properties": {
            "programme": {
              "const": "specialCare"
            }
          },
          "required": [
            "programme"
          ]
        },
        "then": {
          "properties": {
            "specialCare": true
          },
          "required": [
            "specialCare"
          ]
        }
      }
    ],
    "properties": {
      "recordType": {
        "description": "Record type, always \"assistance\".",
        "x-czt-title": {
          "zh": "记录类型",
          "en": "Record type"
        },
        "const": "assistance"
      },
      "id": {
        "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
        "x-czt-title": {
          "zh": "记录标识",
          "en": "Record id"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordId"
      },
      "meta": {
        "description": "When and by whom the record was last updated.",
        "x-czt-title": {
          "zh": "记录元数据",
          "en": "Record metadata"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/meta"
      },
      "programme": {
        "description": "Programme; the code list's pillar column groups programmes.",
        "x-czt-title": {
          "zh": "项目",
          "en": "Programme"
        },
        "type": "string",
        "x-czt-codelist": "assistanceProgramme",
        "enum": [
          "dibao.urban",
          "dibao.rural",
          "dibao.marginal",
          "tekun.centralised",
          "tekun.dispersed",
          "medicalAid",
          "housingAid",
          "educationAid",
          "disasterRelief",
          "temporaryAid",
          "welfare.elderly",
          "welfare.disability",
          "welfare.child",
          "charityRelief",
          "specialCare",
          "employmentAid",
          "vagrantAid",
          "welfare.orphan",
          "welfare.unattendedChild",
          "welfare.disabilityLivingSubsidy",
          "welfare.severeDisabilityCareSubsidy",
          "wubao.rural",
          "sanwu.urban"
        ]
      },
      "personId": {
        "description": "Id of the beneficiary person record.",
        "x-czt-title": {
          "zh": "受助人",
          "en": "Beneficiary"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
      },
      "household": {
        "description": "The household, for household-assessed programmes such as dibao.",
        "x-czt-title": {
          "zh": "家庭",
          "en": "Household"
        },
        "type": "object",
        "properties": {
          "householdId": {
            "description": "Identifier of the household (not a record id).",
            "x-czt-title": {
              "zh": "户标识",
              "en": "Household id"
            },
            "type": "string",
            "minLength": 1,
            "maxLength": 128
          },
          "headPersonId": {
            "description": "Id of the person record of the head of household.",
            "x-czt-title": {
              "zh": "户主",
              "en": "Head of household"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
          },
          "size": {
            "description": "Number of people in the household.",
            "x-czt-title": {
              "zh": "家庭人口",
              "en": "Household size"
            },
            "type": "integer",
            "minimum": 1
          },
          "members": {
            "description": "Members of the household.",
            "x-czt-title": {
              "zh": "家庭成员",
              "en": "Members"
            },
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "personId": {
                  "description": "Id of the member's person record.",
                  "x-czt-title": {
                    "zh": "成员",
                    "en": "Member"
                  },
                  "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
                },
                "relationToHead": {
                  "description": "Relationship to the head of household.",
                  "x-czt-title": {
                    "zh": "与户主关系",
                    "en": "Relation to head"
                  },
                  "type": "string",
                  "x-czt-codelist": "relationToHead",
                  "enum": [
                    "01",
                    "02",
                    "10",
                    "11",
                    "12",
                    "20",
                    "21",
                    "22",
                    "23",
                    "24",
                    "25",
                    "26",
                    "27",
                    "28",
                    "29",
                    "30",
                    "31",
                    "32",
                    "33",
                    "34",
                    "35",
                    "36",
                    "37",
                    "38",
                    "39",
                    "40",
                    "41",
                    "42",
                    "43",
                    "44",
                    "45",
                    "46",
                    "47",
                    "48",
                    "49",
                    "50",
                    "51",
                    "52",
                    "53",
                    "54",
                    "55",
                    "56",
                    "57",
                    "58",
                    "59",
                    "60",
                    "61",
                    "62",
                    "63",
                    "64",
                    "65",
                    "66",
                    "67",
                    "68",
                    "69",
                    "70",
                    "71",
                    "72",
                    "73",
                    "74",
                    "75",
                    "76",
                    "77",
                    "78",
                    "79",
                    "80",
                    "81",
                    "82",
                    "83",
                    "84",
                    "85",
                    "86",
                    "87",
                    "88",
                    "89",
                    "90",
                    "91",
                    "92",
                    "93",
                    "94",
                    "95",
                    "96",
                    "97",
                    "99"
                  ]
                },
                "covered": {
                  "description": "Whether the member is covered by the case.",
                  "x-czt-title": {
                    "zh": "是否保障",
                    "en": "Covered"
                  },
                  "type": "boolean"
                },
                "memberSince": {
                  "description": "First day the person is a member of the household (moved in, born, married in).",
                  "x-czt-title": {
                    "zh": "成员起始日期",
                    "en": "Member since"
                  },
                  "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
                },
                "memberUntil": {
                  "description": "Last day the person is a member of the household (moved out, died); absent: still a member.",
                  "x-czt-title": {
                    "zh": "成员终止日期",
                    "en": "Member until"
                  },
                  "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
                },
                "labourCapacity": {
                  "description": "The member's capacity to work; a covered member who can work shortens the review interval.",
                  "x-czt-title": {
                    "zh": "劳动能力",
                    "en": "Labour capacity"
                  },
                  "x-czt-sensitivity": "special",
                  "type": "string",
                  "x-czt-codelist": "labourCapacity",
                  "enum": [
                    "full",
                    "partial",
                    "none"
                  ]
                },
                "disability": {
                  "description": "The member's disability as on the 残疾人证 (GB/T 26341).",
                  "x-czt-title": {
                    "zh": "残疾情况",
                    "en": "Disability"
                  },
                  "x-czt-sensitivity": "special",
                  "type": "object",
                  "properties": {
                    "category": {
                      "description": "Disability category.",
                      "x-czt-title": {
                        "zh": "残疾类别",
                        "en": "Disability category"
                      },
                      "x-czt-sensitivity": "special",
                      "type": "string",
                      "x-czt-codelist": "disabilityCategory",
                      "enum": [
                        "visual",
                        "hearing",
                        "speech",
                        "physical",
                        "intellectual",
                        "mental",
                        "multiple"
                      ]
                    },
                    "grade": {
                      "description": "Disability grade, 1 (most severe) to 4.",
                      "x-czt-title": {
                        "zh": "残疾等级",
                        "en": "Disability grade"
                      },
                      "x-czt-sensitivity": "special",
                      "type": "string",
                      "x-czt-codelist": "disabilityGrade",
                      "enum": [
                        "1",
                        "2",
                        "3",
                        "4"
                      ]
                    },
                    "certificateNumber": {
                      "description": "Number of the disability certificate (残疾人证号, usually the identity number followed by category and grade digits).",
                      "x-czt-title": {
                        "zh": "残疾人证号",
                        "en": "Disability certificate number"
                      },
                      "x-czt-sensitivity": "special",
                      "type": "string",
                      "minLength": 1,
                      "maxLength": 32
                    }
                  },
                  "required": [
                    "category",
                    "grade"
                  ],
                  "additionalProperties": false
                },
                "healthCondition": {
                  "description": "The member's health condition.",
                  "x-czt-title": {
                    "zh": "健康状况",
                    "en": "Health condition"
                  },
                  "x-czt-sensitivity": "special",
                  "type": "string",
                  "x-czt-codelist": "healthCondition",
                  "enum": [
                    "healthy",
                    "chronicIllness",
                    "seriousIllness",
                    "disabled"
                  ]
                }
              },
              "required": [
                "personId",
                "relationToHead",
                "covered"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "householdId",
          "headPersonId",
          "size"
        ],
        "additionalProperties": false
      },
      "coveredMembers": {
        "description": "Number of covered members; equals the members marked covered when members are given.",
        "x-czt-title": {
          "zh": "保障人数",
          "en": "Covered members"
        },
        "type": "integer",
        "minimum": 0
      },
      "city": {
        "description": "City of the case.",
        "x-czt-title": {
          "zh": "城市",
          "en": "City"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/cityCode"
      },
      "agency": {
        "description": "Agency that manages the case.",
        "x-czt-title": {
          "zh": "经办机构",
          "en": "Agency"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/agency"
      },
      "caseStatus": {
        "description": "Status of the case.",
        "x-czt-title": {
          "zh": "案件状态",
          "en": "Case status"
        },
        "type": "string",
        "x-czt-codelist": "caseStatus",
        "enum": [
          "applied",
          "underReview",
          "active",
          "suspended",
          "terminated",
          "rejected"
        ]
      },
      "dates": {
        "description": "Dates of the case.",
        "x-czt-title": {
          "zh": "办理日期",
          "en": "Dates"
        },
        "type": "object",
        "properties": {
          "applied": {
            "description": "Date of application.",
            "x-czt-title": {
              "zh": "申请日期",
              "en": "Applied"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          },
          "approved": {
            "description": "Date of approval.",
            "x-czt-title": {
              "zh": "批准日期",
              "en": "Approved"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          },
          "terminated": {
            "description": "Date the case ended.",
            "x-czt-title": {
              "zh": "终止日期",
              "en": "Terminated"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          }
        },
        "required": [
          "applied"
        ],
        "additionalProperties": false
      },
      "monthlyStandard": {
        "description": "Local monthly standard per person (dibao, tekun), in fen.",
        "x-czt-title": {
          "zh": "保障标准",
          "en": "Monthly standard"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "perCapitaIncome": {
        "description": "Household monthly income per person, in fen.",
        "x-czt-title": {
          "zh": "家庭月人均收入",
          "en": "Per-capita income"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "benefitAmount": {
        "description": "Basic benefit of the case, in fen: per month unless benefitFrequency says it is one-off or per event.",
        "x-czt-title": {
          "zh": "月保障金额",
          "en": "Benefit amount"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "classifiedSupplement": {
        "description": "Monthly classified supplement (分类施保) apart from the basic benefit, in fen.",
        "x-czt-title": {
          "zh": "分类施保金额",
          "en": "Classified supplement"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "payments": {
        "description": "Payments made.",
        "x-czt-title": {
          "zh": "发放记录",
          "en": "Payments"
        },
        "type": "array",
        "items": {
          "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/paymentLine"
        }
      },
      "lastReviewDate": {
        "description": "Date of the last review of the case.",
        "x-czt-title": {
          "zh": "上次复核日期",
          "en": "Last review date"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
      },
      "nextReviewDate": {
        "description": "Date the next review is due.",
        "x-czt-title": {
          "zh": "下次复核日期",
          "en": "Next review date"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
      },
      "charity": {
        "description": "Charity relief details; required for charityRelief. The fund source, and (1.1) the charity and project that funded the relief and its purpose.",
        "x-czt-title": {
          "zh": "慈善救助",
          "en": "Charity"
        },
        "type": "object",
        "properties": {
          "fundingSource": {
            "description": "Source of the charity funds.",
            "x-czt-title": {
              "zh": "资金来源",
              "en": "Funding source"
            },
            "type": "string",
            "x-czt-codelist": "charityFundingSource",
            "enum": [
              "individual",
              "enterprise",
              "organised"
            ]
          },
          "organisationId": {
            "description": "Id of the organisation record of the charity that paid the relief.",
            "x-czt-title": {
              "zh": "慈善组织",
              "en": "Charity"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
          },
          "projectCode": {
            "description": "Code of the charity's project that funded the relief: one of the projects of the organisation in organisationId.",
            "x-czt-title": {
              "zh": "资助项目",
              "en": "Funding project"
            },
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "purpose": {
            "description": "What the relief was for; relief from a restricted project must be for one of the project's purposes.",
            "x-czt-title": {
              "zh": "救助用途",
              "en": "Purpose"
            },
            "type": "string",
            "x-czt-codelist": "charityPurpose",
            "enum": [
              "poverty",
              "elderly",
              "children",
              "medical",
              "disability",
              "disaster",
              "education",
              "other"
            ]
          }
        },
        "required": [
          "fundingSource"
        ],
        "additionalProperties": false
      },
      "specialCare": {
        "description": "Special-care details; required for specialCare. Give the person's categories in categories (1.1); 1.0's single category stays valid.",
        "x-czt-title": {
          "zh": "优抚",
          "en": "Special care"
        },
        "type": "object",
        "required": [
          "category"
        ],
        "properties": {
          "category": {
            "description": "Special-care category (the only one in 1.0; in 1.1 list every category in categories).",
            "x-czt-title": {
              "zh": "优抚对象类别",
              "en": "Special-care category"
            },
            "x-czt-sensitivity": "special",
            "type": "string",
            "x-czt-codelist": "specialCareCategory",
            "enum": [
              "11",
              "12",
              "13",
              "14",
              "15",
              "21",
              "22",
              "23",
              "41",
              "42",
              "51",
              "61",
              "24",
              "31",
              "43"
            ]
          },
          "categories": {
            "description": "Every special-care category of the person (several may apply, e.g. a disabled veteran of combat).",
            "x-czt-title": {
              "zh": "优抚对象类别（多项）",
              "en": "Special-care categories"
            },
            "x-czt-sensitivity": "special",
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "x-czt-codelist": "specialCareCategory",
              "enum": [
                "11",
                "12",
                "13",
                "14",
                "15",
                "21",
                "22",
                "23",
                "41",
                "42",
                "51",
                "61",
                "24",
                "31",
                "43"
              ]
            }
          },
          "disability": {
            "description": "Disability of a disabled serviceman or other disabled special-care person: grade 一级–十级 and nature.",
            "x-czt-title": {
              "zh": "伤残情况",
              "en": "Disability"
            },
            "x-czt-sensitivity": "special",
            "type": "object",
            "properties": {
              "grade": {
                "description": "伤残等级, 1 (一级, most severe) to 10 (十级).",
                "x-czt-title": {
                  "zh": "伤残等级",
                  "en": "Disability grade"
                },
                "x-czt-sensitivity": "special",
                "type": "string",
                "x-czt-codelist": "specialCareDisabilityGrade",
                "enum": [
                  "1",
                  "2",
                  "3",
                  "4",
                  "5",
                  "6",
                  "7",
                  "8",
                  "9",
                  "10"
                ]
              },
              "nature": {
                "description": "伤残性质: in combat, on duty or of illness.",
                "x-czt-title": {
                  "zh": "伤残性质",
                  "en": "Nature of the disability"
                },
                "x-czt-sensitivity": "special",
                "type": "string",
                "x-czt-codelist": "specialCareDisabilityNature",
                "enum": [
                  "inCombat",
                  "onDuty",
                  "illness"
                ]
              },
              "certificateNumber": {
                "description": "Number of the disability certificate (残疾军人证 etc.).",
                "x-czt-title": {
                  "zh": "伤残证件号",
                  "en": "Certificate number"
                },
                "x-czt-sensitivity": "special",
                "type": "string",
                "minLength": 1,
                "maxLength": 64
              }
            },
            "required": [
              "grade",
              "nature"
            ],
            "additionalProperties": false
          }
        },
        "additionalProperties": false
      },
      "institution": {
        "description": "The welfare institution where the beneficiary lives (特困 集中供养, institutional welfare): the organisation record and the dates of residence. New in 1.1.",
        "x-czt-title": {
          "zh": "供养机构",
          "en": "Institution"
        },
        "type": "object",
        "properties": {
          "organisationId": {
            "description": "Id of the organisation record of the institution.",
            "x-czt-title": {
              "zh": "机构",
              "en": "Institution"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
          },
          "admitted": {
            "description": "Date the beneficiary moved in; absent: the case's approval (else application) date.",
            "x-czt-title": {
              "zh": "入住日期",
              "en": "Admitted"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          },
          "left": {
            "description": "Last day of residence; absent: the case's termination date, or still resident.",
            "x-czt-title": {
              "zh": "离开日期",
              "en": "Left"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          }
        },
        "required": [
          "organisationId"
        ],
        "additionalProperties": false
      },
      "extensions": {
        "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
        "x-czt-title": {
          "zh": "扩展",
          "en": "Extensions"
        },
        "type": "object",
        "additionalProperties": true
      },
      "division": {
        "description": "County-level division (GB/T 2260) of the case, e.g. 430225 炎陵县; rural 低保 standards are often set per county. Absent: the agency's division.",
        "x-czt-title": {
          "zh": "所在区县",
          "en": "Division"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/divisionCode"
      },
      "benefitFrequency": {
        "description": "How often benefitAmount is paid; absent: monthly, as in 1.0.",
        "x-czt-title": {
          "zh": "发放频次",
          "en": "Benefit frequency"
        },
        "type": "string",
        "x-czt-codelist": "benefitFrequency",
        "enum": [
          "monthly",
          "oneOff",
          "perEvent"
        ]
      },
      "benefitKind": {
        "description": "Whether the benefit is cash, in kind or a service; absent: cash.",
        "x-czt-title": {
          "zh": "待遇形式",
          "en": "Benefit kind"
        },
        "type": "string",
        "x-czt-codelist": "benefitKind",
        "enum": [
          "cash",
          "inKind",
          "service"
        ]
      },
      "dibaoCategory": {
        "description": "Classification of a 低保 household (e.g. A priority, B general, C short-term).",
        "x-czt-title": {
          "zh": "低保分类",
          "en": "低保 category"
        },
        "x-czt-sensitivity": "special",
        "type": "string",
        "x-czt-codelist": "dibaoCategory",
        "enum": [
          "A",
          "B",
          "C"
        ]
      },
      "benefitTier": {
        "description": "Tier (档次) of the case in a 分档 programme, where the amount per member is set by the tier instead of by the income gap; absent: the benefit is the gap (差额).",
        "x-czt-title": {
          "zh": "保障档次",
          "en": "Benefit tier"
        },
        "x-czt-sensitivity": "special",
        "type": "integer",
        "minimum": 1,
        "maximum": 20
      },
      "povertyCauses": {
        "description": "Causes of poverty (致贫原因); several may apply.",
        "x-czt-title": {
          "zh": "致贫原因",
          "en": "Causes of poverty"
        },
        "x-czt-sensitivity": "special",
        "type": "array",
        "items": {
          "type": "string",
          "x-czt-codelist": "povertyCause",
          "enum": [
            "illness",
            "disability",
            "education",
            "disaster",
            "lackOfLabour",
            "lackOfSkills",
            "unemployment",
            "oldAge",
            "other"
          ]
        },
        "minItems": 1,
        "uniqueItems": true
      },
      "classifiedSupplementReasons": {
        "description": "Why the classified supplement (分类施保) is paid; several may apply.",
        "x-czt-title": {
          "zh": "分类施保原因",
          "en": "Classified-supplement reasons"
        },
        "x-czt-sensitivity": "special",
        "type": "array",
        "items": {
          "type": "string",
          "x-czt-codelist": "classifiedSupplementReason",
          "enum": [
            "elderly",
            "severeDisability",
            "seriousIllness",
            "minor",
            "singleParent",
            "other"
          ]
        },
        "minItems": 1,
        "uniqueItems": true
      },
      "gradualExit": {
        "description": "渐退期: the household's income rose above the standard after a member found work, and it keeps 低保 for a transition period (民发〔2021〕57号). Its presence is the flag; the dates bound it.",
        "x-czt-title": {
          "zh": "渐退期",
          "en": "Gradual exit (渐退期)"
        },
        "type": "object",
        "properties": {
          "start": {
            "description": "First day of the transition period.",
            "x-czt-title": {
              "zh": "渐退期开始",
              "en": "Start"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          },
          "end": {
            "description": "Last day of the transition period (inclusive).",
            "x-czt-title": {
              "zh": "渐退期结束",
              "en": "End"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          }
        },
        "required": [
          "start",
          "end"
        ],
        "additionalProperties": false
      },
      "singleMemberCoverage": {
        "description": "单人保: one member of a household is covered alone (e.g. a severely disabled adult in a household above the standard, 民发〔2021〕57号). Its presence is the flag; the covered member is the one marked covered.",
        "x-czt-title": {
          "zh": "单人保",
          "en": "Single-member coverage (单人保)"
        },
        "type": "object",
        "properties": {
          "start": {
            "description": "First day of single-member coverage.",
            "x-czt-title": {
              "zh": "单人保开始",
              "en": "Start"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          },
          "end": {
            "description": "Last day of single-member coverage (inclusive); absent: still in force.",
            "x-czt-title": {
              "zh": "单人保结束",
              "en": "End"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          }
        },
        "required": [
          "start"
        ],
        "additionalProperties": false
      },
      "reviews": {
        "description": "History of the case's periodic reviews, oldest first (有进有出、有升有降).",
        "x-czt-title": {
          "zh": "复核记录",
          "en": "Reviews"
        },
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "date": {
              "description": "Date of the review.",
              "x-czt-title": {
                "zh": "复核日期",
                "en": "Date"
              },
              "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
            },
            "outcome": {
              "description": "What the review decided.",
              "x-czt-title": {
                "zh": "复核结果",
                "en": "Outcome"
              },
              "type": "string",
              "x-czt-codelist": "reviewOutcome",
              "enum": [
                "continued",
                "raised",
                "lowered",
                "suspended",
                "terminated"
              ]
            },
            "benefitBefore": {
              "description": "Monthly basic benefit before the review, in fen.",
              "x-czt-title": {
                "zh": "复核前金额",
                "en": "Benefit before"
              },
              "x-czt-sensitivity": "special",
              "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
            },
            "benefitAfter": {
              "description": "Monthly basic benefit after the review, in fen.",
              "x-czt-title": {
                "zh": "复核后金额",
                "en": "Benefit after"
              },
              "x-czt-sensitivity": "special",
              "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
            }
          },
          "required": [
            "date",
            "outcome"
          ],
          "additionalProperties": false
        }
      },
      "legalSupporters": {
        "description": "Persons outside the household with a legal duty to support a member (法定赡养、抚养、扶养义务人); their capacity counts in the means test.",
        "x-czt-title": {
          "zh": "法定义务人",
          "en": "Legal supporters"
        },
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "personId": {
              "description": "Id of the supporter's person record, when there is one.",
              "x-czt-title": {
                "zh": "义务人",
                "en": "Supporter"
              },
              "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
            },
            "name": {
              "description": "Name of the supporter.",
              "x-czt-title": {
                "zh": "义务人姓名",
                "en": "Supporter name"
              },
              "x-czt-sensitivity": "personal",
              "type": "string",
              "minLength": 1,
              "maxLength": 100
            },
            "idNumber": {
              "description": "Identity number of the supporter.",
              "x-czt-title": {
                "zh": "义务人身份号码",
                "en": "Supporter identity number"
              },
              "x-czt-sensitivity": "personal",
              "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/idNumber"
            },
            "obligation": {
              "description": "The legal obligation.",
              "x-czt-title": {
                "zh": "义务类型",
                "en": "Obligation"
              },
              "type": "string",
              "x-czt-codelist": "legalSupportObligation",
              "enum": [
                "maintenance",
                "upbringing",
                "support"
              ]
            },
            "supportedPersonId": {
              "description": "Id of the member supported.",
              "x-czt-title": {
                "zh": "被赡（抚、扶）养人",
                "en": "Supported member"
              },
              "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
            }
          },
          "required": [
            "obligation"
          ],
          "additionalProperties": false
        }
      }
    },
    "required": [
      "recordType",
      "id",
      "meta",
      "programme",
      "city",
      "agency",
      "caseStatus",
      "dates",
      "benefitAmount"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/benefit.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Benefit",
    "description": "A social insurance benefit (待遇) granted to a person: a pension or allowance paid monthly, or a one-off grant, with its period, status and payment lines. A monthly benefit carries monthlyAmount, a one-off one oneOffAmount, and a terminated benefit says why (endReason): the validator checks these (benefit.amount-for-frequency, benefit.end-reason).",
    "x-czt-title": {
      "zh": "社会保险待遇",
      "en": "Benefit"
    },
    "$id": "https://czt-ss.org/schemas/1.1/benefit.schema.json",
    "type": "object",
    "properties": {
      "recordType": {
        "description": "Record type, always \"benefit\".",
        "x-czt-title": {
          "zh": "记录类型",
          "en": "Record type"
        },
        "const": "benefit"
      },
      "id": {
        "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
        "x-czt-title": {
          "zh": "记录标识",
          "en": "Record id"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordId"
      },
      "meta": {
        "description": "When and by whom the record was last updated.",
        "x-czt-title": {
          "zh": "记录元数据",
          "en": "Record metadata"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/meta"
      },
      "personId": {
        "description": "Id of the person record of the beneficiary.",
        "x-czt-title": {
          "zh": "待遇享受人",
          "en": "Beneficiary"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
      },
      "city": {
        "description": "City of the agency that pays the benefit.",
        "x-czt-title": {
          "zh": "城市",
          "en": "City"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/cityCode"
      },
      "agency": {
        "description": "Agency that pays the benefit.",
        "x-czt-title": {
          "zh": "经办机构",
          "en": "Agency"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/agency"
      },
      "benefitType": {
        "description": "Type of benefit; the code list's family column names the insurance it is paid from. Work-injury benefits reveal a disability, hence special.",
        "x-czt-title": {
          "zh": "待遇类型",
          "en": "Benefit type"
        },
        "x-czt-sensitivity": "special",
        "type": "string",
        "x-czt-codelist": "benefitType",
        "enum": [
          "pension.employee",
          "pension.institution",
          "pension.resident",
          "unemployment.benefit",
          "workInjury.disabilityAllowance",
          "workInjury.disabilityLumpSum",
          "workInjury.nursingAllowance",
          "workInjury.medicalLumpSum",
          "workInjury.deathGrant",
          "workInjury.survivorPension",
          "maternity.allowance",
          "survivors.grant",
          "funeral.grant"
        ]
      },
      "enrolmentId": {
        "description": "Id of the enrolment record the benefit is paid from, when in the dataset.",
        "x-czt-title": {
          "zh": "参保登记",
          "en": "Enrolment"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
      },
      "period": {
        "description": "Period of entitlement: the first day the benefit is due and, once it ended, the last (inclusive). A one-off grant has start = end or no end.",
        "x-czt-title": {
          "zh": "待遇期间",
          "en": "Period"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/period"
      },
      "status": {
        "description": "Status of the benefit: in payment, suspended or terminated.",
        "x-czt-title": {
          "zh": "待遇状态",
          "en": "Status"
        },
        "type": "string",
        "x-czt-codelist": "benefitStatus",
        "enum": [
          "inPayment",
          "suspended",
          "terminated"
        ]
      },
      "endReason": {
        "description": "Why the benefit ended; required when status is terminated.",
        "x-czt-title": {
          "zh": "终止原因",
          "en": "End reason"
        },
        "x-czt-sensitivity": "personal",
        "type": "string",
        "x-czt-codelist": "benefitEndReason",
        "enum": [
          "death",
          "periodEnded",
          "reemployed",
          "enlisted",
          "emigrated",
          "pensionStarted",
          "transferredOut",
          "duplicateClaim",
          "oneOffPaid",
          "other"
        ]
      },
      "frequency": {
        "description": "Whether the benefit is paid monthly or once.",
        "x-czt-title": {
          "zh": "发放频次",
          "en": "Frequency"
        },
        "type": "string",
        "x-czt-codelist": "benefitFrequency",
        "enum": [
          "monthly",
          "oneOff",
          "perEvent"
        ]
      },
      "monthlyAmount": {
        "description": "Current monthly amount, in fen; required for a monthly benefit.",
        "x-czt-title": {
          "zh": "月待遇金额",
          "en": "Monthly amount"
        },
        "x-czt-sensitivity": "personal",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "oneOffAmount": {
        "description": "Amount of a one-off grant, in fen; required for a one-off benefit.",
        "x-czt-title": {
          "zh": "一次性待遇金额",
          "en": "One-off amount"
        },
        "x-czt-sensitivity": "personal",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "payments": {
        "description": "Payments made (发放明细), one line per payment.",
        "x-czt-title": {
          "zh": "发放记录",
          "en": "Payments"
        },
        "type": "array",
        "items": {
          "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/paymentLine"
        }
      },
      "extensions": {
        "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
        "x-czt-title": {
          "zh": "扩展",
          "en": "Extensions"
        },
        "type": "object",
        "additionalProperties": true
      }
    },
    "required": [
      "recordType",
      "id",
      "meta",
      "personId",
      "benefitType",
      "city",
      "agency",
      "period",
      "status",
      "frequency"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/codelists/codelist.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Code list",
    "description": "A code list of the standard: codes with bilingual titles, status and dates, and extra columns.",
    "x-czt-title": {
      "zh": "代码表",
      "en": "Code list"
    },
    "$id": "https://czt-ss.org/schemas/1.1/codelists/codelist.schema.json",
    "$defs": {
      "bilingual": {
        "title": "Bilingual text",
        "description": "Text in Chinese and English.",
        "x-czt-title": {
          "zh": "双语文本",
          "en": "Bilingual text"
        },
        "type": "object",
        "properties": {
          "zh": {
            "description": "Chinese text.",
            "x-czt-title": {
              "zh": "中文",
              "en": "Chinese"
            },
            "type": "string",
            "minLength": 1
          },
          "en": {
            "description": "English text.",
            "x-czt-title": {
              "zh": "英文",
              "en": "English"
            },
            "type": "string",
            "minLength": 1
          }
        },
        "required": [
          "zh",
          "en"
        ],
        "additionalProperties": false
      }
    },
    "type": "object",
    "properties": {
      "id": {
        "description": "Id of the list; equals the file name without .json.",
        "x-czt-title": {
          "zh": "代码表标识",
          "en": "List id"
        },
        "type": "string",
        "pattern": "^[a-z][A-Za-z0-9]*$"
      },
      "title": {
        "description": "Title of the list.",
        "x-czt-title": {
          "zh": "名称",
          "en": "Title"
        },
        "$ref": "#/$defs/bilingual"
      },
      "description": {
        "description": "Description of the list.",
        "x-czt-title": {
          "zh": "说明",
          "en": "Description"
        },
        "$ref": "#/$defs/bilingual"
      },
      "openness": {
        "description": "closed: an unknown code is an error; open: an unknown code is a warning and publishers may extend the list.",
        "x-czt-title": {
          "zh": "开放性",
          "en": "Openness"
        },
        "enum": [
          "open",
          "closed"
        ]
      },
      "source": {
        "description": "Where the codes come from, with confidence marks ([std], [impl], [policy]).",
        "x-czt-title": {
          "zh": "来源",
          "en": "Source"
        },
        "type": "string",
        "minLength": 1
      },
      "columns": {
        "description": "Extra columns of the entries.",
        "x-czt-title": {
          "zh": "扩展列",
          "en": "Extra columns"
        },
        "type": "array",
        "uniqueItems": true,
        "items": {
          "enum": [
            "family",
            "employeeScheme",
            "localCodes",
            "pillar",
            "employerRequired",
            "supplements",
            "localCodesBySystem",
            "consentRequired"
          ]
        }
      },
      "codes": {
        "description": "The entries of the list.",
        "x-czt-title": {
          "zh": "代码",
          "en": "Code"
        },
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "object",
          "properties": {
            "code": {
              "description": "The code; never translated.",
              "x-czt-title": {
                "zh": "代码",
                "en": "Code"
              },
              "type": "string",
              "pattern": "^[A-Za-z0-9][A-Za-z0-9.-]*$"
            },
            "title": {
              "description": "Title of the code.",
              "x-czt-title": {
                "zh": "名称",
                "en": "Title"
              },
              "$ref": "#/$defs/bilingual"
            },
            "description": {
              "description": "Description of the code.",
              "x-czt-title": {
                "zh": "说明",
                "en": "Description"
              },
              "$ref": "#/$defs/bilingual"
            },
            "status": {
              "description": "active; deprecated (valid, not for new data); retired (no longer valid after until; historic records keep it).",
              "x-czt-title": {
                "zh": "状态",
                "en": "Status"
              },
              "enum": [
                "active",
                "deprecated",
                "retired"
              ]
            },
            "since": {
              "description": "First date the code applies.",
              "x-czt-title": {
                "zh": "启用日期",
                "en": "Since"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "until": {
              "description": "Last date the code applies to new data.",
              "x-czt-title": {
                "zh": "停用日期",
                "en": "Until"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "family": {
              "description": "insuranceScheme: family of the scheme.",
              "x-czt-title": {
                "zh": "险种大类",
                "en": "Scheme family"
              },
              "enum": [
                "pension",
                "medical",
                "unemployment",
                "workInjury",
                "maternity",
                "longTermCare"
              ]
            },
            "employeeScheme": {
              "description": "insuranceScheme: whether the scheme is for employees (an enrolment names the employer).",
              "x-czt-title": {
                "zh": "职工险种",
                "en": "Employee scheme"
              },
              "type": "boolean"
            },
            "localCodes": {
              "description": "Codes for the same concept in local systems; several when systems differ.",
              "x-czt-title": {
                "zh": "本地代码",
                "en": "Local codes"
              },
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1
              }
            },
            "pillar": {
              "description": "assistanceProgramme: pillar of the social security system.",
              "x-czt-title": {
                "zh": "保障支柱",
                "en": "Pillar"
              },
              "enum": [
                "assistance",
                "welfare",
                "mutualAid",
                "specialCare"
              ]
            },
            "employerRequired": {
              "description": "participationType: whether an enrolment of this type names an employer (用人单位).",
              "x-czt-title": {
                "zh": "须填用人单位",
                "en": "Employer required"
              },
              "type": "boolean"
            },
            "supplements": {
              "description": "insuranceScheme: the schemes this one supplements (held alongside them, not a duplicate of them); empty for a main scheme.",
              "x-czt-title": {
                "zh": "补充的险种",
                "en": "Supplements"
              },
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1
              }
            },
            "localCodesBySystem": {
              "description": "Local codes qualified by the source system: hrss = 人社 金保 systems (AAE140 for 险种; their 个人缴费状态 and 离退休标志), nhsa = 医保 信息平台 (insutype), mps = 公安 and e-government systems (GA/T 517 证件代码). The same local code can mean different things in two systems.",
              "x-czt-title": {
                "zh": "按来源系统的本地代码",
                "en": "Local codes by source system"
              },
              "type": "object",
              "properties": {
                "hrss": {
                  "description": "Codes in 人社 金保 systems (AAE140 for 险种).",
                  "x-czt-title": {
                    "zh": "人社系统代码（金保）",
                    "en": "人社 codes (金保)"
                  },
                  "type": "array",
                  "items": {
                    "type": "string",
                    "minLength": 1
                  }
                },
                "nhsa": {
                  "description": "Codes in 医保 systems (insutype).",
                  "x-czt-title": {
                    "zh": "医保系统代码（insutype）",
                    "en": "医保 codes (insutype)"
                  },
                  "type": "array",
                  "items": {
                    "type": "string",
                    "minLength": 1
                  }
                },
                "mps": {
                  "description": "Codes in 公安 and e-government systems (GA/T 517 常用证件代码).",
                  "x-czt-title": {
                    "zh": "公安系统代码（GA/T 517）",
                    "en": "公安 codes (GA/T 517)"
                  },
                  "type": "array",
                  "items": {
                    "type": "string",
                    "minLength": 1
                  }
                }
              },
              "additionalProperties": false
            },
            "consentRequired": {
              "description": "readPurpose: whether a read for this purpose needs the person's consent (a CZT-Consent naming a valid consent record).",
              "x-czt-title": {
                "zh": "须本人授权",
                "en": "Consent required"
              },
              "type": "boolean"
            }
          },
          "required": [
            "code",
            "title",
            "status"
          ],
          "additionalProperties": false
        }
      }
    },
    "required": [
      "id",
      "title",
      "openness",
      "source",
      "codes"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/common.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "CZT-SS common definitions",
    "description": "Shared definitions used by every record schema: money, dates, periods, agencies, record ids and metadata.",
    "x-czt-title": {
      "zh": "公共定义",
      "en": "CZT-SS common definitions"
    },
    "$id": "https://czt-ss.org/schemas/1.1/common.schema.json",
    "$defs": {
      "amountFen": {
        "title": "Amount in fen",
        "description": "Money as an integer number of fen (分); ¥5,200.00 is 520000.",
        "x-czt-title": {
          "zh": "金额（分）",
          "en": "Amount in fen"
        },
        "type": "integer",
        "minimum": 0,
        "maximum": 9007199254740991
      },
      "date": {
        "title": "Date",
        "description": "Calendar date, YYYY-MM-DD, on the Gregorian calendar (the pattern checks month lengths and leap years).",
        "x-czt-title": {
          "zh": "日期",
          "en": "Date"
        },
        "type": "string",
        "format": "date",
        "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
      },
      "dateTime": {
        "title": "Date-time",
        "description": "RFC 3339 timestamp with an offset (Z or ±hh:mm), T between date and time. Second 60 (a leap second) only at 23:59:60 UTC once the offset is applied, which the pattern cannot check and validators must (docs/dates.md).",
        "x-czt-title": {
          "zh": "时间戳",
          "en": "Timestamp"
        },
        "type": "string",
        "format": "date-time",
        "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"
      },
      "month": {
        "title": "Month",
        "description": "Calendar month, YYYY-MM.",
        "x-czt-title": {
          "zh": "月份",
          "en": "Month"
        },
        "type": "string",
        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"
      },
      "divisionCode": {
        "title": "Division code",
        "description": "GB/T 2260 administrative division code, six digits.",
        "x-czt-title": {
          "zh": "行政区划代码",
          "en": "Division code"
        },
        "type": "string",
        "pattern": "^[1-8][0-9]{5}$"
      },
      "cityCode": {
        "title": "City code",
        "description": "One of the three cities: 430100 Changsha, 430200 Zhuzhou, 430300 Xiangtan.",
        "x-czt-title": {
          "zh": "城市代码",
          "en": "City code"
        },
        "type": "string",
        "enum": [
          "430100",
          "430200",
          "430300"
        ]
      },
      "creditCode": {
        "title": "Unified social credit code",
        "description": "GB 32100 unified social credit code: 18 characters from 0-9 and A-Y without I, O, S, V, Z; the check character is verified by the validator.",
        "x-czt-title": {
          "zh": "统一社会信用代码",
          "en": "Unified social credit code"
        },
        "type": "string",
        "pattern": "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"
      },
      "countryCode": {
        "title": "Country code",
        "description": "ISO 3166-1 alpha-3 country code, e.g. CHN.",
        "x-czt-title": {
          "zh": "国家代码",
          "en": "Country code"
        },
        "type": "string",
        "pattern": "^[A-Z]{3}$"
      },
      "recordId": {
        "title": "Record id",
        "description": "Record id, unique across the agglomeration, e.g. 430100-P-000123.",
        "x-czt-title": {
          "zh": "记录标识",
          "en": "Record id"
        },
        "type": "string",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
      },
      "recordRef": {
        "title": "Record reference",
        "description": "The id of another record (a plain record id).",
        "x-czt-title": {
          "zh": "记录引用",
          "en": "Record reference"
        },
        "type": "string",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
      },
      "agency": {
        "title": "Agency",
        "description": "A public agency, identified by its credit code, division and department.",
        "x-czt-title": {
          "zh": "经办机构",
          "en": "Agency"
        },
        "type": "object",
        "properties": {
          "creditCode": {
            "description": "The agency's unified social credit code.",
            "x-czt-title": {
              "zh": "统一社会信用代码",
              "en": "Credit code"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/creditCode"
          },
          "division": {
            "description": "Division code of the agency's jurisdiction.",
            "x-czt-title": {
              "zh": "所在行政区划",
              "en": "Division"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/divisionCode"
          },
          "department": {
            "description": "The department the agency belongs to.",
            "x-czt-title": {
              "zh": "部门",
              "en": "Department"
            },
            "type": "string",
            "x-czt-codelist": "department",
            "enum": [
              "hrss",
              "healthcareSecurity",
              "civilAffairs",
              "healthCommission",
              "veteransAffairs",
              "disabledPersonsFederation",
              "charityFederation",
              "taxation",
              "housing",
              "education",
              "emergencyManagement",
              "cztCentre"
            ]
          },
          "name": {
            "description": "Name of the agency.",
            "x-czt-title": {
              "zh": "机构名称",
              "en": "Agency name"
            },
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          }
        },
        "required": [
          "creditCode",
          "division",
          "department"
        ],
        "additionalProperties": false
      },
      "meta": {
        "title": "Record metadata",
        "description": "When and by whom a record was last updated.",
        "x-czt-title": {
          "zh": "记录元数据",
          "en": "Record metadata"
        },
        "type": "object",
        "properties": {
          "lastUpdated": {
            "description": "When the record was last changed at its source.",
            "x-czt-title": {
              "zh": "最后更新时间",
              "en": "Last updated"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/dateTime"
          },
          "sourceAgency": {
            "description": "The agency the record comes from.",
            "x-czt-title": {
              "zh": "来源机构",
              "en": "Source agency"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/agency"
          },
          "sourceSystem": {
            "description": "Name of the local system that produced the record.",
            "x-czt-title": {
              "zh": "来源系统",
              "en": "Source system"
            },
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          }
        },
        "required": [
          "lastUpdated"
        ],
        "additionalProperties": false
      },
      "period": {
        "title": "Period",
        "description": "A period of dates; end is inclusive, an absent end means open.",
        "x-czt-title": {
          "zh": "期间",
          "en": "Period"
        },
        "type": "object",
        "properties": {
          "start": {
            "description": "First day of the period.",
            "x-czt-title": {
              "zh": "开始日期",
              "en": "Start"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          },
          "end": {
            "description": "Last day of the period (inclusive); absent while open.",
            "x-czt-title": {
              "zh": "结束日期",
              "en": "End"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          }
        },
        "required": [
          "start"
        ],
        "additionalProperties": false
      },
      "contributionYear": {
        "title": "Contribution year",
        "description": "The contributions of one calendar year. A year may appear in several entries (regular months, a back payment, deemed months) whose paidMonths do not overlap.",
        "x-czt-title": {
          "zh": "年度缴费",
          "en": "Contribution year"
        },
        "type": "object",
        "properties": {
          "year": {
            "description": "Calendar year of the contributions: from 1986 (first individual contributions), deemed years (kind deemed) from 1949 (rule contribution.kind-requirements).",
            "x-czt-title": {
              "zh": "缴费年度",
              "en": "Year"
            },
            "type": "integer",
            "minimum": 1949,
            "maximum": 2100
          },
          "months": {
            "description": "Number of months contributed (or deemed) in the year.",
            "x-czt-title": {
              "zh": "缴费月数",
              "en": "Months"
            },
            "type": "integer",
            "minimum": 1,
            "maximum": 12
          },
          "monthlyBase": {
            "description": "Average monthly contribution base of the year (wage), in fen; 0 for deemed years.",
            "x-czt-title": {
              "zh": "月缴费基数",
              "en": "Monthly contribution base"
            },
            "x-czt-sensitivity": "special",
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
          },
          "individualAmount": {
            "description": "Amount paid by the person in the year, in fen.",
            "x-czt-title": {
              "zh": "个人缴费金额",
              "en": "Individual amount"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
          },
          "employerAmount": {
            "description": "Amount paid by the employer in the year, in fen (0 for resident schemes).",
            "x-czt-title": {
              "zh": "单位缴费金额",
              "en": "Employer amount"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
          },
          "paidMonths": {
            "description": "The months of the year this entry covers, January first: twelve characters, 1 = paid (or deemed), 0 = not; so overlaps (重复缴费时段) can be counted by month (人社部发〔2014〕17号). The number of 1s equals months.",
            "x-czt-title": {
              "zh": "缴费月份",
              "en": "Months paid"
            },
            "type": "string",
            "pattern": "^[01]{12}$"
          },
          "kind": {
            "description": "Regular (the default when absent), deemed (视同缴费年限, before individual contributions began) or back payment (补缴).",
            "x-czt-title": {
              "zh": "缴费类型",
              "en": "Contribution kind"
            },
            "type": "string",
            "x-czt-codelist": "contributionKind",
            "enum": [
              "regular",
              "deemed",
              "backPayment"
            ]
          },
          "paidOn": {
            "description": "The day the contributions were actually paid; a back payment gives it (rule contribution.kind-requirements).",
            "x-czt-title": {
              "zh": "实际缴费日期",
              "en": "Paid on"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          },
          "paidBy": {
            "description": "Contributions paid or subsidised by others instead of the person (代缴、资助参保): who paid, and how much of individualAmount.",
            "x-czt-title": {
              "zh": "代缴资助",
              "en": "Paid by others"
            },
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "object",
              "properties": {
                "payer": {
                  "description": "Who paid (code list contributionPayer).",
                  "x-czt-title": {
                    "zh": "代缴资助方",
                    "en": "Payer"
                  },
                  "type": "string",
                  "x-czt-codelist": "contributionPayer",
                  "enum": [
                    "government",
                    "medicalAssistance",
                    "villageCollective",
                    "employer",
                    "family",
                    "charity",
                    "other"
                  ]
                },
                "name": {
                  "description": "Name of the payer; a family member's name is personal data.",
                  "x-czt-title": {
                    "zh": "代缴资助方名称",
                    "en": "Payer name"
                  },
                  "x-czt-sensitivity": "personal",
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 200
                },
                "amount": {
                  "description": "Part of individualAmount the payer paid, in fen.",
                  "x-czt-title": {
                    "zh": "代缴资助金额",
                    "en": "Amount"
                  },
                  "x-czt-sensitivity": "special",
                  "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
                }
              },
              "required": [
                "payer",
                "amount"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "year",
          "months",
          "monthlyBase",
          "individualAmount",
          "employerAmount"
        ],
        "additionalProperties": false
      },
      "idNumber": {
        "title": "Identity number",
        "description": "GB 11643 citizen identity number, 18 characters; lowercase x is accepted, X preferred. Also the social security number.",
        "x-czt-title": {
          "zh": "公民身份号码",
          "en": "Identity number"
        },
        "x-czt-sensitivity": "identifier",
        "type": "string",
        "pattern": "^[0-9]{17}[0-9Xx]$"
      },
      "transferStatus": {
        "title": "Transfer status",
        "description": "Status of a transfer (code list transferStatus).",
        "x-czt-title": {
          "zh": "转移状态",
          "en": "Transfer status"
        },
        "type": "string",
        "x-czt-codelist": "transferStatus",
        "enum": [
          "requested",
          "letterIssued",
          "fundsTransferred",
          "completed",
          "rejected",
          "cancelled"
        ]
      },
      "paymentLine": {
        "title": "Payment line",
        "description": "One payment of a benefit or an assistance case: the month it is for, the amount and the day it was paid, and optionally its outcome, payee, account and funding. Shared by assistance.payments and benefit.payments.",
        "x-czt-title": {
          "zh": "发放明细",
          "en": "Payment line"
        },
        "type": "object",
        "properties": {
          "month": {
            "description": "Month the payment is for.",
            "x-czt-title": {
              "zh": "所属月份",
              "en": "Month"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/month"
          },
          "amount": {
            "description": "Amount paid, in fen.",
            "x-czt-title": {
              "zh": "发放金额",
              "en": "Amount"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
          },
          "paidOn": {
            "description": "Date of payment.",
            "x-czt-title": {
              "zh": "发放日期",
              "en": "Paid on"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          },
          "status": {
            "description": "Outcome of the payment; absent means paid.",
            "x-czt-title": {
              "zh": "发放状态",
              "en": "Payment status"
            },
            "type": "string",
            "x-czt-codelist": "paymentStatus",
            "enum": [
              "paid",
              "failed",
              "returned"
            ]
          },
          "payee": {
            "description": "Who received the payment: the beneficiary or an agent (代领人).",
            "x-czt-title": {
              "zh": "领取人",
              "en": "Payee"
            },
            "type": "object",
            "properties": {
              "kind": {
                "description": "self: the beneficiary (本人); agent: someone collecting on the beneficiary's behalf (代领人).",
                "x-czt-title": {
                  "zh": "领取人类型",
                  "en": "Payee kind"
                },
                "enum": [
                  "self",
                  "agent"
                ]
              },
              "name": {
                "description": "Name of the agent.",
                "x-czt-title": {
                  "zh": "领取人姓名",
                  "en": "Payee name"
                },
                "x-czt-sensitivity": "personal",
                "type": "string",
                "minLength": 1,
                "maxLength": 100
              },
              "idNumber": {
                "description": "Identity number of the agent.",
                "x-czt-title": {
                  "zh": "领取人身份号码",
                  "en": "Payee identity number"
                },
                "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/idNumber"
              }
            },
            "required": [
              "kind"
            ],
            "additionalProperties": false
          },
          "accountKind": {
            "description": "Kind of account the payment went to.",
            "x-czt-title": {
              "zh": "发放账户类型",
              "en": "Account kind"
            },
            "type": "string",
            "x-czt-codelist": "accountKind",
            "enum": [
              "socialSecurityCard",
              "bankCard",
              "cash",
              "other"
            ]
          },
          "funding": {
            "description": "Split of the amount by funding source (e.g. the central and local parts of a special-care payment); the parts add up to amount.",
            "x-czt-title": {
              "zh": "资金构成",
              "en": "Funding split"
            },
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "object",
              "properties": {
                "source": {
                  "description": "Who funds this part.",
                  "x-czt-title": {
                    "zh": "资金来源",
                    "en": "Funding source"
                  },
                  "type": "string",
                  "x-czt-codelist": "fundingSource",
                  "enum": [
                    "central",
                    "provincial",
                    "city",
                    "county",
                    "charity",
                    "other"
                  ]
                },
                "amount": {
                  "description": "Amount of this part, in fen.",
                  "x-czt-title": {
                    "zh": "金额",
                    "en": "Amount"
                  },
                  "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
                }
              },
              "required": [
                "source",
                "amount"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "month",
          "amount",
          "paidOn"
        ],
        "additionalProperties": false
      }
    }
  },
  "https://czt-ss.org/schemas/1.1/consent.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Consent",
    "description": "A person's consent (授权) to agencies to read their records for named purposes, from a signed document such as the household means check authorisation (家庭经济状况核对授权书) of a 低保 applicant. A read of the exchange API whose purpose needs consent names one in CZT-Consent; the server checks it is valid on the day, not revoked, for that person, purpose and reading agency. New in 1.1.",
    "x-czt-title": {
      "zh": "授权",
      "en": "Consent"
    },
    "$id": "https://czt-ss.org/schemas/1.1/consent.schema.json",
    "type": "object",
    "properties": {
      "recordType": {
        "description": "Record type, always \"consent\".",
        "x-czt-title": {
          "zh": "记录类型",
          "en": "Record type"
        },
        "const": "consent"
      },
      "id": {
        "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
        "x-czt-title": {
          "zh": "记录标识",
          "en": "Record id"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordId"
      },
      "meta": {
        "description": "When and by whom the record was last updated.",
        "x-czt-title": {
          "zh": "记录元数据",
          "en": "Record metadata"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/meta"
      },
      "personId": {
        "description": "Id of the person record of the person who consents.",
        "x-czt-title": {
          "zh": "授权人",
          "en": "Person consenting"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
      },
      "city": {
        "description": "City of the agency that holds the signed document.",
        "x-czt-title": {
          "zh": "城市",
          "en": "City"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/cityCode"
      },
      "agency": {
        "description": "Agency that received and keeps the signed document (the record's owner).",
        "x-czt-title": {
          "zh": "受理机构",
          "en": "Receiving agency"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/agency"
      },
      "grantedTo": {
        "description": "Agencies the person authorises to read (each with its department); a read under the consent must come from one of them.",
        "x-czt-title": {
          "zh": "被授权机构",
          "en": "Authorised agencies"
        },
        "type": "array",
        "minItems": 1,
        "maxItems": 20,
        "items": {
          "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/agency"
        }
      },
      "scope": {
        "description": "Record types the consent covers.",
        "x-czt-title": {
          "zh": "授权范围",
          "en": "Scope"
        },
        "type": "array",
        "minItems": 1,
        "items": {
          "enum": [
            "person",
            "enrolment",
            "transfer",
            "assistance",
            "benefit",
            "medicalRegistration",
            "medicalSettlement",
            "consent"
          ]
        }
      },
      "purposes": {
        "description": "Purposes the consent covers (code list readPurpose).",
        "x-czt-title": {
          "zh": "授权用途",
          "en": "Purposes"
        },
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "string",
          "x-czt-codelist": "readPurpose",
          "enum": [
            "dibaoReview",
            "tekunReview",
            "temporaryAssistanceReview",
            "medicalAssistance",
            "benefitVerification",
            "transferContinuation",
            "enrolmentRegistration",
            "statistics",
            "auditSupervision",
            "selfService"
          ]
        }
      },
      "validFrom": {
        "description": "First day the consent is valid.",
        "x-czt-title": {
          "zh": "授权起始日",
          "en": "Valid from"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
      },
      "validUntil": {
        "description": "Last day the consent is valid (inclusive), not before validFrom (consent.valid-until); absent: until revoked.",
        "x-czt-title": {
          "zh": "授权截止日",
          "en": "Valid until"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
      },
      "revoked": {
        "description": "Whether the person has withdrawn the consent (个人信息保护法 art. 15); a revoked consent covers no read from revokedAt on.",
        "x-czt-title": {
          "zh": "已撤回",
          "en": "Revoked"
        },
        "type": "boolean"
      },
      "revokedAt": {
        "description": "When the consent was withdrawn; given exactly when revoked is true (consent.revoked-at).",
        "x-czt-title": {
          "zh": "撤回时间",
          "en": "Revoked at"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/dateTime"
      },
      "document": {
        "description": "The signed document the consent comes from.",
        "x-czt-title": {
          "zh": "授权书",
          "en": "Signed document"
        },
        "type": "object",
        "properties": {
          "title": {
            "description": "Title of the document, e.g. 家庭经济状况核对授权书.",
            "x-czt-title": {
              "zh": "文书名称",
              "en": "Title"
            },
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "number": {
            "description": "Number of the document in the receiving agency's files (核对授权书编号).",
            "x-czt-title": {
              "zh": "文书编号",
              "en": "Number"
            },
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "signedOn": {
            "description": "Day the document was signed.",
            "x-czt-title": {
              "zh": "签署日期",
              "en": "Signed on"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          }
        },
        "required": [
          "number",
          "signedOn"
        ],
        "additionalProperties": false
      }
    },
    "required": [
      "recordType",
      "id",
      "meta",
      "personId",
      "city",
      "agency",
      "grantedTo",
      "scope",
      "purposes",
      "validFrom",
      "revoked",
      "document"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/donation.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Donation",
    "description": "A donation received by a charity organisation, by donor type, for a project or campaign, restricted or not. New in 1.1.",
    "x-czt-title": {
      "zh": "捐赠",
      "en": "Donation"
    },
    "$id": "https://czt-ss.org/schemas/1.1/donation.schema.json",
    "type": "object",
    "properties": {
      "recordType": {
        "description": "Record type, always \"donation\".",
        "x-czt-title": {
          "zh": "记录类型",
          "en": "Record type"
        },
        "const": "donation"
      },
      "id": {
        "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
        "x-czt-title": {
          "zh": "记录标识",
          "en": "Record id"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordId"
      },
      "meta": {
        "description": "When and by whom the record was last updated.",
        "x-czt-title": {
          "zh": "记录元数据",
          "en": "Record metadata"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/meta"
      },
      "organisationId": {
        "description": "Id of the organisation record of the charity that received the donation.",
        "x-czt-title": {
          "zh": "受赠机构",
          "en": "Receiving organisation"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
      },
      "city": {
        "description": "City of the receiving organisation.",
        "x-czt-title": {
          "zh": "城市",
          "en": "City"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/cityCode"
      },
      "donorType": {
        "description": "Type of donor.",
        "x-czt-title": {
          "zh": "捐赠人类型",
          "en": "Donor type"
        },
        "type": "string",
        "x-czt-codelist": "donorType",
        "enum": [
          "individual",
          "enterprise",
          "oneYuan",
          "workplace",
          "other"
        ]
      },
      "donorName": {
        "description": "Name of the donor; personal data when the donor is an individual (masked in every case, as the schema cannot tell).",
        "x-czt-title": {
          "zh": "捐赠人",
          "en": "Donor name"
        },
        "x-czt-sensitivity": "personal",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "donorCreditCode": {
        "description": "The donor's unified social credit code, for an enterprise or a workplace.",
        "x-czt-title": {
          "zh": "捐赠单位信用代码",
          "en": "Donor credit code"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/creditCode"
      },
      "amount": {
        "description": "Amount donated, in fen (money; the value of goods donated in kind).",
        "x-czt-title": {
          "zh": "捐赠金额",
          "en": "Amount"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "receivedOn": {
        "description": "Date the donation was received.",
        "x-czt-title": {
          "zh": "捐赠日期",
          "en": "Received on"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
      },
      "projectCode": {
        "description": "Code of the project or campaign of the organisation the donation is for; absent when the donation is for the charity's general funds.",
        "x-czt-title": {
          "zh": "项目编号",
          "en": "Project code"
        },
        "type": "string",
        "minLength": 1,
        "maxLength": 64
      },
      "restricted": {
        "description": "Whether the donor restricted (定向) the donation to the project's purposes.",
        "x-czt-title": {
          "zh": "是否定向",
          "en": "Restricted"
        },
        "type": "boolean"
      },
      "extensions": {
        "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
        "x-czt-title": {
          "zh": "扩展",
          "en": "Extensions"
        },
        "type": "object",
        "additionalProperties": true
      }
    },
    "required": [
      "recordType",
      "id",
      "meta",
      "organisationId",
      "city",
      "donorType",
      "amount",
      "receivedOn",
      "restricted"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/enrolment.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Enrolment",
    "description": "A person's enrolment (参保登记) in one insurance scheme with one agency.",
    "x-czt-title": {
      "zh": "参保登记",
      "en": "Enrolment"
    },
    "$id": "https://czt-ss.org/schemas/1.1/enrolment.schema.json",
    "type": "object",
    "properties": {
      "recordType": {
        "description": "Record type, always \"enrolment\".",
        "x-czt-title": {
          "zh": "记录类型",
          "en": "Record type"
        },
        "const": "enrolment"
      },
      "id": {
        "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
        "x-czt-title": {
          "zh": "记录标识",
          "en": "Record id"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordId"
      },
      "meta": {
        "description": "When and by whom the record was last updated.",
        "x-czt-title": {
          "zh": "记录元数据",
          "en": "Record metadata"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/meta"
      },
      "personId": {
        "description": "Id of the enrolled person record.",
        "x-czt-title": {
          "zh": "人员",
          "en": "Person"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
      },
      "scheme": {
        "description": "Insurance scheme; the code list's family and employeeScheme columns classify it.",
        "x-czt-title": {
          "zh": "险种",
          "en": "Insurance scheme"
        },
        "type": "string",
        "x-czt-codelist": "insuranceScheme",
        "enum": [
          "pension.employee",
          "pension.institution",
          "pension.resident",
          "medical.employee",
          "medical.resident",
          "medical.nrcms",
          "unemployment",
          "workInjury",
          "maternity",
          "medical.urbanResident",
          "pension.ruralResident",
          "pension.urbanResident",
          "medical.civilServantSubsidy",
          "medical.largeExpenseSubsidy",
          "medical.retiredCadres",
          "medical.residentCriticalIllness",
          "longTermCare"
        ]
      },
      "city": {
        "description": "City of the enrolment.",
        "x-czt-title": {
          "zh": "参保城市",
          "en": "City"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/cityCode"
      },
      "agency": {
        "description": "Agency that manages the enrolment.",
        "x-czt-title": {
          "zh": "经办机构",
          "en": "Agency"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/agency"
      },
      "employer": {
        "description": "The employer, for employee schemes only.",
        "x-czt-title": {
          "zh": "参保单位",
          "en": "Employer"
        },
        "type": "object",
        "properties": {
          "creditCode": {
            "description": "The employer's unified social credit code.",
            "x-czt-title": {
              "zh": "单位统一社会信用代码",
              "en": "Employer credit code"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/creditCode"
          },
          "name": {
            "description": "The employer's name.",
            "x-czt-title": {
              "zh": "单位名称",
              "en": "Employer name"
            },
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          }
        },
        "required": [
          "creditCode"
        ],
        "additionalProperties": false
      },
      "contributionStatus": {
        "description": "Contribution status.",
        "x-czt-title": {
          "zh": "个人缴费状态",
          "en": "Contribution status"
        },
        "type": "string",
        "x-czt-codelist": "contributionStatus",
        "enum": [
          "1",
          "2",
          "3"
        ]
      },
      "employmentStatus": {
        "description": "Whether the person is in employment or retired.",
        "x-czt-title": {
          "zh": "在职离退休状态",
          "en": "Employment status"
        },
        "type": "string",
        "x-czt-codelist": "employmentStatus",
        "enum": [
          "0",
          "1"
        ]
      },
      "period": {
        "description": "Period of the enrolment.",
        "x-czt-title": {
          "zh": "参保期间",
          "en": "Period"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/period"
      },
      "monthlyContributionBase": {
        "description": "Current monthly contribution base (wage), in fen.",
        "x-czt-title": {
          "zh": "月缴费基数",
          "en": "Monthly contribution base"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "contributions": {
        "description": "Contributions per calendar year.",
        "x-czt-title": {
          "zh": "缴费记录",
          "en": "Contributions"
        },
        "type": "array",
        "items": {
          "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/contributionYear"
        }
      },
      "participationType": {
        "description": "How the person takes part: unit employee (enrolled by the employer), flexible worker or self-employed (individually), …; an employer is required only where the code list's employerRequired column says so. Absent: judged as 1.0 did (an employee scheme names an employer).",
        "x-czt-title": {
          "zh": "参保身份",
          "en": "Participation type"
        },
        "type": "string",
        "x-czt-codelist": "participationType",
        "enum": [
          "unitEmployee",
          "migrantWorker",
          "flexibleEmployment",
          "selfEmployed",
          "institutionStaff",
          "resident"
        ]
      },
      "endReason": {
        "description": "Why the enrolment ended (retired and drawing a pension, moved away, died, stopped contributing …); only on an enrolment that has ended.",
        "x-czt-title": {
          "zh": "参保终止原因",
          "en": "End reason"
        },
        "type": "string",
        "x-czt-codelist": "enrolmentEndReason",
        "enum": [
          "retiredDrawingPension",
          "movedAway",
          "died",
          "stoppedContributing",
          "emigrated",
          "duplicateCleared",
          "schemeMerged",
          "other"
        ]
      },
      "extensions": {
        "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
        "x-czt-title": {
          "zh": "扩展",
          "en": "Extensions"
        },
        "type": "object",
        "additionalProperties": true
      }
    },
    "required": [
      "recordType",
      "id",
      "meta",
      "personId",
      "scheme",
      "city",
      "agency",
      "contributionStatus",
      "employmentStatus",
      "period"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/jsonl-header.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "JSON Lines header",
    "description": "The optional first line of a JSON Lines export: the package envelope without records. Every other line is one record.",
    "x-czt-title": {
      "zh": "JSON Lines 文件头",
      "en": "JSON Lines header"
    },
    "$id": "https://czt-ss.org/schemas/1.1/jsonl-header.schema.json",
    "type": "object",
    "properties": {
      "recordType": {
        "description": "Always \"header\".",
        "x-czt-title": {
          "zh": "记录类型",
          "en": "Record type"
        },
        "const": "header"
      },
      "schemaVersion": {
        "description": "Version of the standard the data follows.",
        "x-czt-title": {
          "zh": "标准版本",
          "en": "Schema version"
        },
        "const": "1.1"
      },
      "publisher": {
        "description": "The agency publishing the export.",
        "x-czt-title": {
          "zh": "发布机构",
          "en": "Publisher"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/agency"
      },
      "city": {
        "description": "City the export comes from.",
        "x-czt-title": {
          "zh": "城市",
          "en": "City"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/cityCode"
      },
      "created": {
        "description": "When the export was produced.",
        "x-czt-title": {
          "zh": "生成时间",
          "en": "Created"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/dateTime"
      },
      "asOf": {
        "description": "Date the data describes; the reference date of date-dependent rules.",
        "x-czt-title": {
          "zh": "数据截止日期",
          "en": "As of"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
      },
      "delta": {
        "description": "Present when the file is a delta export (czt export-changes): the changes of an exchange API server's feed after fromCursor up to untilCursor. Each record line is a changed record at its latest version (replacing the record with the same id of a full export); a line {\"recordType\": \"retraction\", \"id\"} removes the record with that id. Absent: a full export.",
        "x-czt-title": {
          "zh": "增量导出",
          "en": "Delta export"
        },
        "type": "object",
        "properties": {
          "fromCursor": {
            "description": "The feed position the delta starts after (exclusive).",
            "x-czt-title": {
              "zh": "起始游标",
              "en": "From cursor"
            },
            "type": "integer",
            "minimum": 0
          },
          "untilCursor": {
            "description": "The last feed position the delta includes; pass it as the next delta's fromCursor.",
            "x-czt-title": {
              "zh": "截止游标",
              "en": "Until cursor"
            },
            "type": "integer",
            "minimum": 0
          },
          "source": {
            "description": "The server whose feed the cursors belong to.",
            "x-czt-title": {
              "zh": "来源服务",
              "en": "Source"
            },
            "type": "string",
            "pattern": "^https?://"
          }
        },
        "required": [
          "fromCursor",
          "untilCursor"
        ],
        "additionalProperties": false
      }
    },
    "required": [
      "recordType",
      "schemaVersion",
      "publisher",
      "city",
      "created"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/medicalRegistration.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Medical registration",
    "description": "A registration (备案) for medical treatment outside the insured region (异地就医): who, of which type, from which insured region (参保地) to which place of treatment (就医地), for which period. Health data: the type and place of treatment are special.",
    "x-czt-title": {
      "zh": "异地就医备案",
      "en": "Medical registration"
    },
    "$id": "https://czt-ss.org/schemas/1.1/medicalRegistration.schema.json",
    "type": "object",
    "properties": {
      "recordType": {
        "description": "Record type, always \"medicalRegistration\".",
        "x-czt-title": {
          "zh": "记录类型",
          "en": "Record type"
        },
        "const": "medicalRegistration"
      },
      "id": {
        "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
        "x-czt-title": {
          "zh": "记录标识",
          "en": "Record id"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordId"
      },
      "meta": {
        "description": "When and by whom the record was last updated.",
        "x-czt-title": {
          "zh": "记录元数据",
          "en": "Record metadata"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/meta"
      },
      "personId": {
        "description": "Id of the person record of the insured person.",
        "x-czt-title": {
          "zh": "参保人",
          "en": "Insured person"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
      },
      "enrolmentId": {
        "description": "Id of the medical insurance enrolment, when in the dataset.",
        "x-czt-title": {
          "zh": "参保登记",
          "en": "Enrolment"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
      },
      "city": {
        "description": "City of the agency holding the registration.",
        "x-czt-title": {
          "zh": "城市",
          "en": "City"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/cityCode"
      },
      "agency": {
        "description": "Agency that accepted the registration (usually the 医保 agency of the insured region).",
        "x-czt-title": {
          "zh": "经办机构",
          "en": "Agency"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/agency"
      },
      "registrationType": {
        "description": "Type of registration: long-term residence elsewhere, resettled retiree, posted worker, temporary treatment, referral …",
        "x-czt-title": {
          "zh": "备案类型",
          "en": "Registration type"
        },
        "x-czt-sensitivity": "special",
        "type": "string",
        "x-czt-codelist": "medicalRegistrationType",
        "enum": [
          "longTermResidence",
          "resettledRetiree",
          "postedWorker",
          "temporary",
          "referral",
          "emergency"
        ]
      },
      "insuredDivision": {
        "description": "GB/T 2260 code of the insured region (参保地, the pooling region).",
        "x-czt-title": {
          "zh": "参保地",
          "en": "Insured region"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/divisionCode"
      },
      "treatmentDivision": {
        "description": "GB/T 2260 code of the place of treatment (就医地).",
        "x-czt-title": {
          "zh": "就医地",
          "en": "Place of treatment"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/divisionCode"
      },
      "period": {
        "description": "Period the registration is valid (inclusive); absent end while open.",
        "x-czt-title": {
          "zh": "备案有效期",
          "en": "Period"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/period"
      },
      "registeredOn": {
        "description": "Date the registration was filed.",
        "x-czt-title": {
          "zh": "备案日期",
          "en": "Registered on"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
      },
      "extensions": {
        "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
        "x-czt-title": {
          "zh": "扩展",
          "en": "Extensions"
        },
        "type": "object",
        "additionalProperties": true
      }
    },
    "required": [
      "recordType",
      "id",
      "meta",
      "personId",
      "city",
      "agency",
      "registrationType",
      "insuredDivision",
      "treatmentDivision",
      "period"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/medicalSettlement.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Medical settlement",
    "description": "The summary of one direct settlement of medical costs outside the insured region (异地就医直接结算). The components add up: totalCost = pooledFundPayment + criticalIllnessPayment + otherFundPayment + outOfPocket (absent parts count 0), and medicalAidPayment and individualAccountPayment are paid out of the personal burden outOfPocket, so neither alone nor together exceed it; policyRangeCost ≤ totalCost. All amounts in fen. Health data: the costs are special.",
    "x-czt-title": {
      "zh": "异地就医结算",
      "en": "Medical settlement"
    },
    "$id": "https://czt-ss.org/schemas/1.1/medicalSettlement.schema.json",
    "type": "object",
    "properties": {
      "recordType": {
        "description": "Record type, always \"medicalSettlement\".",
        "x-czt-title": {
          "zh": "记录类型",
          "en": "Record type"
        },
        "const": "medicalSettlement"
      },
      "id": {
        "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
        "x-czt-title": {
          "zh": "记录标识",
          "en": "Record id"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordId"
      },
      "meta": {
        "description": "When and by whom the record was last updated.",
        "x-czt-title": {
          "zh": "记录元数据",
          "en": "Record metadata"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/meta"
      },
      "personId": {
        "description": "Id of the person record of the insured person.",
        "x-czt-title": {
          "zh": "参保人",
          "en": "Insured person"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
      },
      "enrolmentId": {
        "description": "Id of the medical insurance enrolment, when in the dataset.",
        "x-czt-title": {
          "zh": "参保登记",
          "en": "Enrolment"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
      },
      "registrationId": {
        "description": "Id of the registration (备案) the settlement was made under, when in the dataset.",
        "x-czt-title": {
          "zh": "备案记录",
          "en": "Registration"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
      },
      "city": {
        "description": "City of the agency reporting the settlement.",
        "x-czt-title": {
          "zh": "城市",
          "en": "City"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/cityCode"
      },
      "agency": {
        "description": "Agency reporting the settlement.",
        "x-czt-title": {
          "zh": "经办机构",
          "en": "Agency"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/agency"
      },
      "insuredDivision": {
        "description": "GB/T 2260 code of the insured region (参保地).",
        "x-czt-title": {
          "zh": "参保地",
          "en": "Insured region"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/divisionCode"
      },
      "treatmentDivision": {
        "description": "GB/T 2260 code of the place of treatment (就医地).",
        "x-czt-title": {
          "zh": "就医地",
          "en": "Place of treatment"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/divisionCode"
      },
      "settlementDate": {
        "description": "Date of the settlement (结算日期).",
        "x-czt-title": {
          "zh": "结算日期",
          "en": "Settlement date"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
      },
      "totalCost": {
        "description": "Total medical costs of the settlement (医疗费用总额).",
        "x-czt-title": {
          "zh": "医疗费用总额",
          "en": "Total cost"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "policyRangeCost": {
        "description": "Costs within the policy range (符合政策范围内费用); at most totalCost.",
        "x-czt-title": {
          "zh": "政策范围内费用",
          "en": "Policy-range cost"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "pooledFundPayment": {
        "description": "Paid by the basic medical insurance pooled fund (统筹基金支付).",
        "x-czt-title": {
          "zh": "统筹基金支付",
          "en": "Pooled-fund payment"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "criticalIllnessPayment": {
        "description": "Paid by critical-illness insurance (大病保险支付); absent = 0.",
        "x-czt-title": {
          "zh": "大病保险支付",
          "en": "Critical-illness payment"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "otherFundPayment": {
        "description": "Paid by other insurance funds: 公务员医疗补助, 大额医疗费用补助, 离休人员医疗保障 (其他基金支付); absent = 0.",
        "x-czt-title": {
          "zh": "其他基金支付",
          "en": "Other fund payment"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "outOfPocket": {
        "description": "The personal burden (个人负担): what the insurance funds leave to the person; medical aid and the individual account pay part of it, the person the rest in cash.",
        "x-czt-title": {
          "zh": "个人负担",
          "en": "Out-of-pocket"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "medicalAidPayment": {
        "description": "Paid by medical assistance (医疗救助) towards the personal burden; absent = 0; at most outOfPocket.",
        "x-czt-title": {
          "zh": "医疗救助支付",
          "en": "Medical-aid payment"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "individualAccountPayment": {
        "description": "Paid from the employee's individual medical account (个人账户支付) towards the personal burden; absent = 0.",
        "x-czt-title": {
          "zh": "个人账户支付",
          "en": "Individual-account payment"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "extensions": {
        "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
        "x-czt-title": {
          "zh": "扩展",
          "en": "Extensions"
        },
        "type": "object",
        "additionalProperties": true
      }
    },
    "required": [
      "recordType",
      "id",
      "meta",
      "personId",
      "city",
      "agency",
      "insuredDivision",
      "treatmentDivision",
      "settlementDate",
      "totalCost",
      "pooledFundPayment",
      "outOfPocket"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "$vocabulary": {
      "https://json-schema.org/draft/2020-12/vocab/core": true,
      "https://json-schema.org/draft/2020-12/vocab/applicator": true,
      "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
      "https://json-schema.org/draft/2020-12/vocab/validation": true,
      "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
      "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
      "https://json-schema.org/draft/2020-12/vocab/content": true,
      "https://czt-ss.org/schemas/1.1/vocab/annotations": false
    },
    "$dynamicAnchor": "meta",
    "title": "CZT-SS meta-schema",
    "description": "JSON Schema 2020-12 extended with the CZT-SS annotation vocabulary. Every schema of the standard declares this meta-schema. The x-czt-* keywords are annotations: they never change whether an instance is valid.",
    "allOf": [
      {
        "$ref": "https://json-schema.org/draft/2020-12/schema"
      },
      {
        "$ref": "#/$defs/cztAnnotations"
      }
    ],
    "$defs": {
      "cztAnnotations": {
        "type": [
          "object",
          "boolean"
        ],
        "properties": {
          "x-czt-title": {
            "description": "Bilingual title of a property or schema; codes are never translated, only titles.",
            "type": "object",
            "properties": {
              "zh": {
                "type": "string",
                "minLength": 1
              },
              "en": {
                "type": "string",
                "minLength": 1
              }
            },
            "required": [
              "zh",
              "en"
            ],
            "additionalProperties": false
          },
          "x-czt-sensitivity": {
            "description": "Personal data held by the field, used to mask reports: identifier (identity and document numbers), personal (names, addresses, phones, birth dates), special (health, disability, income).",
            "enum": [
              "identifier",
              "personal",
              "special"
            ]
          },
          "x-czt-codelist": {
            "description": "Id of the code list in schemas/codelists/ that the enum of this schema is generated from.",
            "type": "string",
            "pattern": "^[a-z][A-Za-z0-9]*$"
          }
        }
      }
    }
  },
  "https://czt-ss.org/schemas/1.1/organisation.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Organisation",
    "description": "A charity organisation (慈善组织) or a welfare institution (养老机构, 儿童福利机构) that assistance cases and donations refer to. New in 1.1.",
    "x-czt-title": {
      "zh": "机构",
      "en": "Organisation"
    },
    "$id": "https://czt-ss.org/schemas/1.1/organisation.schema.json",
    "type": "object",
    "properties": {
      "recordType": {
        "description": "Record type, always \"organisation\".",
        "x-czt-title": {
          "zh": "记录类型",
          "en": "Record type"
        },
        "const": "organisation"
      },
      "id": {
        "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
        "x-czt-title": {
          "zh": "记录标识",
          "en": "Record id"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordId"
      },
      "meta": {
        "description": "When and by whom the record was last updated.",
        "x-czt-title": {
          "zh": "记录元数据",
          "en": "Record metadata"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/meta"
      },
      "kind": {
        "description": "Kind of organisation: a charity, or a kind of welfare institution.",
        "x-czt-title": {
          "zh": "机构类型",
          "en": "Kind"
        },
        "type": "string",
        "x-czt-codelist": "organisationKind",
        "enum": [
          "charity",
          "careHome",
          "childWelfare"
        ]
      },
      "name": {
        "description": "Registered name of the organisation.",
        "x-czt-title": {
          "zh": "机构名称",
          "en": "Name"
        },
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "creditCode": {
        "description": "The organisation's unified social credit code (every registered organisation has one: a charity's starts with 5, registered by 民政, which the validator checks; a public institution's with 12).",
        "x-czt-title": {
          "zh": "统一社会信用代码",
          "en": "Credit code"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/creditCode"
      },
      "city": {
        "description": "City of the organisation.",
        "x-czt-title": {
          "zh": "城市",
          "en": "City"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/cityCode"
      },
      "division": {
        "description": "Division (county or district) where the organisation is registered or the institution stands.",
        "x-czt-title": {
          "zh": "所在行政区划",
          "en": "Division"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/divisionCode"
      },
      "ownership": {
        "description": "Ownership of a welfare institution (公办 / 民办 …).",
        "x-czt-title": {
          "zh": "机构性质",
          "en": "Ownership"
        },
        "type": "string",
        "x-czt-codelist": "institutionOwnership",
        "enum": [
          "public",
          "private",
          "publicBuiltPrivatelyRun"
        ]
      },
      "capacity": {
        "description": "Number of beds of a welfare institution (residents it may house); the cases placed in it beyond that are flagged (dataset.institution-over-capacity).",
        "x-czt-title": {
          "zh": "床位数",
          "en": "Capacity"
        },
        "type": "integer",
        "minimum": 0
      },
      "registeredOn": {
        "description": "Date of registration (or recognition as a charity).",
        "x-czt-title": {
          "zh": "登记日期",
          "en": "Registered on"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
      },
      "projects": {
        "description": "A charity's projects and campaigns, which donations and charity relief cases refer to by code.",
        "x-czt-title": {
          "zh": "慈善项目",
          "en": "Projects"
        },
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "code": {
              "description": "The project's (or campaign's) code, unique within the organisation; donations and charity relief cases refer to it.",
              "x-czt-title": {
                "zh": "项目编号",
                "en": "Project code"
              },
              "type": "string",
              "minLength": 1,
              "maxLength": 64
            },
            "name": {
              "description": "Name of the project.",
              "x-czt-title": {
                "zh": "项目名称",
                "en": "Project name"
              },
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            },
            "purposes": {
              "description": "Purposes the project's funds may be used for.",
              "x-czt-title": {
                "zh": "资金用途",
                "en": "Purposes"
              },
              "type": "array",
              "minItems": 1,
              "uniqueItems": true,
              "items": {
                "type": "string",
                "x-czt-codelist": "charityPurpose",
                "enum": [
                  "poverty",
                  "elderly",
                  "children",
                  "medical",
                  "disability",
                  "disaster",
                  "education",
                  "other"
                ]
              }
            },
            "restricted": {
              "description": "Whether the project's funds are restricted (定向) to its purposes; relief paid from a restricted project must be for one of them.",
              "x-czt-title": {
                "zh": "是否定向",
                "en": "Restricted"
              },
              "type": "boolean"
            },
            "period": {
              "description": "Period of the project or campaign.",
              "x-czt-title": {
                "zh": "项目期间",
                "en": "Period"
              },
              "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/period"
            }
          },
          "required": [
            "code",
            "purposes",
            "restricted"
          ],
          "additionalProperties": false
        }
      },
      "extensions": {
        "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
        "x-czt-title": {
          "zh": "扩展",
          "en": "Extensions"
        },
        "type": "object",
        "additionalProperties": true
      }
    },
    "required": [
      "recordType",
      "id",
      "meta",
      "kind",
      "name",
      "creditCode",
      "city",
      "division"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/package.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Package",
    "description": "An export: an envelope naming the publisher, with the records.",
    "x-czt-title": {
      "zh": "数据包",
      "en": "Package"
    },
    "$id": "https://czt-ss.org/schemas/1.1/package.schema.json",
    "type": "object",
    "properties": {
      "schemaVersion": {
        "description": "Version of the standard the data follows.",
        "x-czt-title": {
          "zh": "标准版本",
          "en": "Schema version"
        },
        "const": "1.1"
      },
      "publisher": {
        "description": "The agency publishing the export.",
        "x-czt-title": {
          "zh": "发布机构",
          "en": "Publisher"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/agency"
      },
      "city": {
        "description": "City the export comes from.",
        "x-czt-title": {
          "zh": "城市",
          "en": "City"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/cityCode"
      },
      "created": {
        "description": "When the export was produced.",
        "x-czt-title": {
          "zh": "生成时间",
          "en": "Created"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/dateTime"
      },
      "asOf": {
        "description": "Date the data describes; the reference date of date-dependent rules.",
        "x-czt-title": {
          "zh": "数据截止日期",
          "en": "As of"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
      },
      "records": {
        "description": "The records of the export.",
        "x-czt-title": {
          "zh": "记录",
          "en": "Records"
        },
        "type": "array",
        "items": {
          "$ref": "https://czt-ss.org/schemas/1.1/record.schema.json"
        }
      }
    },
    "required": [
      "schemaVersion",
      "publisher",
      "city",
      "created",
      "records"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/parameters.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "$id": "https://czt-ss.org/schemas/1.1/parameters.schema.json",
    "title": "Validator parameters",
    "description": "Dated parameter tables an agency supplies to the CZT-SS validator (czt validate --params FILE): contribution-base bounds, 低保 standards, a working-day calendar and thresholds of heuristic rules. Figures change by city and year; each entry carries its source and whether it was verified. Date ranges are inclusive. Rules that need a table do nothing when no entry applies.",
    "x-czt-title": {
      "zh": "校验参数",
      "en": "Validator parameters"
    },
    "type": "object",
    "properties": {
      "$schema": {
        "description": "Optional: the URI of this schema, for editors.",
        "x-czt-title": {
          "zh": "模式",
          "en": "Schema"
        },
        "type": "string"
      },
      "parametersVersion": {
        "description": "Version of the parameter file format.",
        "x-czt-title": {
          "zh": "参数格式版本",
          "en": "Parameters version"
        },
        "type": "string",
        "const": "1.0"
      },
      "publishedBy": {
        "description": "Who publishes these figures (agency name).",
        "x-czt-title": {
          "zh": "发布机构",
          "en": "Published by"
        },
        "type": "string"
      },
      "description": {
        "description": "Free text about the file: scope, status (e.g. placeholder figures).",
        "x-czt-title": {
          "zh": "说明",
          "en": "Description"
        },
        "type": "string"
      },
      "contributionBase": {
        "description": "Contribution-base bounds (缴费基数上下限, 60 %–300 % of the previous year's average monthly wage) by region and period, in fen.",
        "x-czt-title": {
          "zh": "缴费基数上下限",
          "en": "Contribution-base bounds"
        },
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "region": {
              "description": "GB/T 2260 division the bounds apply to: a county, a city (430100) or the province (430000); the most specific region with an entry wins.",
              "x-czt-title": {
                "zh": "地区",
                "en": "Region"
              },
              "type": "string",
              "pattern": "^[1-8][0-9]{5}$"
            },
            "validFrom": {
              "description": "First day the figure is in force (inclusive).",
              "x-czt-title": {
                "zh": "生效日期",
                "en": "Valid from"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "validUntil": {
              "description": "Last day the figure is in force (inclusive); absent: until further notice.",
              "x-czt-title": {
                "zh": "失效日期（含当日）",
                "en": "Valid until (inclusive)"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "lowerBound": {
              "description": "Lowest monthly contribution base, in fen.",
              "x-czt-title": {
                "zh": "下限（分）",
                "en": "Lower bound (fen)"
              },
              "type": "integer",
              "minimum": 0,
              "maximum": 9007199254740991
            },
            "upperBound": {
              "description": "Highest monthly contribution base, in fen.",
              "x-czt-title": {
                "zh": "上限（分）",
                "en": "Upper bound (fen)"
              },
              "type": "integer",
              "minimum": 0,
              "maximum": 9007199254740991
            },
            "averageMonthlyWage": {
              "description": "The average monthly wage the bounds derive from, in fen (for reference).",
              "x-czt-title": {
                "zh": "月平均工资（分）",
                "en": "Average monthly wage (fen)"
              },
              "type": "integer",
              "minimum": 0,
              "maximum": 9007199254740991
            },
            "source": {
              "description": "Where the figure comes from: document number, publisher and URL. Placeholder figures must say so.",
              "x-czt-title": {
                "zh": "来源",
                "en": "Source"
              },
              "type": "string",
              "minLength": 1,
              "pattern": "\\S"
            },
            "verified": {
              "description": "Whether the publisher checked the figure against the official document. Unverified figures are flagged in findings.",
              "x-czt-title": {
                "zh": "已核实",
                "en": "Verified"
              },
              "type": "boolean"
            }
          },
          "required": [
            "region",
            "validFrom",
            "lowerBound",
            "upperBound",
            "source",
            "verified"
          ],
          "additionalProperties": false
        }
      },
      "dibaoStandard": {
        "description": "低保 monthly standards per person by city (or county within it), programme and period, in fen.",
        "x-czt-title": {
          "zh": "低保标准",
          "en": "低保 standards"
        },
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "city": {
              "description": "City: 430100 Changsha, 430200 Zhuzhou, 430300 Xiangtan.",
              "x-czt-title": {
                "zh": "城市",
                "en": "City"
              },
              "type": "string",
              "enum": [
                "430100",
                "430200",
                "430300"
              ]
            },
            "programme": {
              "description": "Urban or rural 低保.",
              "x-czt-title": {
                "zh": "项目",
                "en": "Programme"
              },
              "type": "string",
              "enum": [
                "dibao.urban",
                "dibao.rural"
              ]
            },
            "validFrom": {
              "description": "First day the figure is in force (inclusive).",
              "x-czt-title": {
                "zh": "生效日期",
                "en": "Valid from"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "validUntil": {
              "description": "Last day the figure is in force (inclusive); absent: until further notice.",
              "x-czt-title": {
                "zh": "失效日期（含当日）",
                "en": "Valid until (inclusive)"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "monthlyStandard": {
              "description": "Monthly standard per person, in fen.",
              "x-czt-title": {
                "zh": "月标准（分）",
                "en": "Monthly standard (fen)"
              },
              "type": "integer",
              "minimum": 0,
              "maximum": 9007199254740991
            },
            "source": {
              "description": "Where the figure comes from: document number, publisher and URL. Placeholder figures must say so.",
              "x-czt-title": {
                "zh": "来源",
                "en": "Source"
              },
              "type": "string",
              "minLength": 1,
              "pattern": "\\S"
            },
            "verified": {
              "description": "Whether the publisher checked the figure against the official document. Unverified figures are flagged in findings.",
              "x-czt-title": {
                "zh": "已核实",
                "en": "Verified"
              },
              "type": "boolean"
            },
            "division": {
              "description": "County-level division (GB/T 2260) of the city the figure applies to, e.g. 430225 炎陵县; absent: the whole city. A county row wins over the city row for cases of that county.",
              "x-czt-title": {
                "zh": "区县",
                "en": "County"
              },
              "type": "string",
              "pattern": "^[1-8][0-9]{5}$"
            }
          },
          "required": [
            "city",
            "programme",
            "validFrom",
            "monthlyStandard",
            "source",
            "verified"
          ],
          "additionalProperties": false
        }
      },
      "workingDayCalendar": {
        "description": "Public holidays and the weekend days worked in exchange (调休), for working-day limits. Without it, working days are Monday to Friday.",
        "x-czt-title": {
          "zh": "工作日历",
          "en": "Working-day calendar"
        },
        "type": "object",
        "properties": {
          "holidays": {
            "description": "Dates that are not working days although Monday to Friday.",
            "x-czt-title": {
              "zh": "节假日",
              "en": "Holidays"
            },
            "type": "array",
            "items": {
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            }
          },
          "workingWeekends": {
            "description": "Saturdays and Sundays that are working days.",
            "x-czt-title": {
              "zh": "调休上班日",
              "en": "Working weekend days"
            },
            "type": "array",
            "items": {
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            }
          },
          "source": {
            "description": "Where the calendar comes from (e.g. the State Council's holiday notice).",
            "x-czt-title": {
              "zh": "来源",
              "en": "Source"
            },
            "type": "string",
            "minLength": 1,
            "pattern": "\\S"
          }
        },
        "required": [
          "holidays",
          "workingWeekends",
          "source"
        ],
        "additionalProperties": false
      },
      "flatBenefit": {
        "description": "Threshold of the 平均保 heuristic (dataset.flat-benefit).",
        "x-czt-title": {
          "zh": "平均保阈值",
          "en": "Flat-benefit threshold"
        },
        "type": "object",
        "properties": {
          "minHouseholds": {
            "description": "Households of one city and programme sharing one benefit per member before the rule fires (default 5).",
            "x-czt-title": {
              "zh": "最少户数",
              "en": "Minimum households"
            },
            "type": "integer",
            "minimum": 2
          }
        },
        "required": [
          "minHouseholds"
        ],
        "additionalProperties": false
      },
      "tekunStandardRatio": {
        "description": "Lowest 特困 (destitute persons') basic living standard as a percentage of the local 低保 standard, by region and period. The standard ships a default row (130 % from 2016, 国发〔2016〕14号); a file's table replaces it.",
        "x-czt-title": {
          "zh": "特困供养标准与低保标准的最低倍数",
          "en": "特困 standard: minimum ratio to the 低保 standard"
        },
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "region": {
              "description": "Division code the ratio applies to: the province (430000), a city or a county; the most specific entry wins.",
              "x-czt-title": {
                "zh": "地区",
                "en": "Region"
              },
              "type": "string",
              "pattern": "^[1-8][0-9]{5}$"
            },
            "validFrom": {
              "description": "First day the figure is in force (inclusive).",
              "x-czt-title": {
                "zh": "生效日期",
                "en": "Valid from"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "validUntil": {
              "description": "Last day the figure is in force (inclusive); absent: until further notice.",
              "x-czt-title": {
                "zh": "失效日期（含当日）",
                "en": "Valid until (inclusive)"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "minimumPercent": {
              "description": "Lowest 特困 basic living standard allowed, as a percentage of the local 低保 standard (130 = 1.3 times).",
              "x-czt-title": {
                "zh": "最低倍数（%）",
                "en": "Minimum ratio (%)"
              },
              "type": "integer",
              "minimum": 100,
              "maximum": 1000
            },
            "source": {
              "description": "Where the figure comes from: document number, publisher and URL. Placeholder figures must say so.",
              "x-czt-title": {
                "zh": "来源",
                "en": "Source"
              },
              "type": "string",
              "minLength": 1,
              "pattern": "\\S"
            },
            "verified": {
              "description": "Whether the publisher checked the figure against the official document. Unverified figures are flagged in findings.",
              "x-czt-title": {
                "zh": "已核实",
                "en": "Verified"
              },
              "type": "boolean"
            },
            "confidence": {
              "description": "How sure the publisher is of the row: sure (read in the official text), fairlySure (seen in several sources), unsure (an assumption).",
              "x-czt-title": {
                "zh": "可信度",
                "en": "Confidence"
              },
              "enum": [
                "sure",
                "fairlySure",
                "unsure"
              ]
            }
          },
          "required": [
            "region",
            "validFrom",
            "minimumPercent",
            "source",
            "verified"
          ],
          "additionalProperties": false
        }
      },
      "poolingRegime": {
        "description": "Pooling regime (统筹层次) by scheme and date: each entry says that the divisions under `region` form one pool for `scheme` from `validFrom`. A division no entry covers pools by its city (prefecture). Moves within one pool are registration changes (变更登记) without fund transfer; the pooled-fund and individual-account rules apply only between pools. Supplying this table replaces the standard's default rows as a whole.",
        "x-czt-title": {
          "zh": "统筹层次",
          "en": "Pooling regime"
        },
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "scheme": {
              "description": "Scheme family: pension.employee (enterprise employee pension), medical, unemployment.",
              "x-czt-title": {
                "zh": "险种",
                "en": "Scheme"
              },
              "type": "string",
              "enum": [
                "pension.employee",
                "medical",
                "unemployment"
              ]
            },
            "region": {
              "description": "Division whose subdivisions pool together: a province (430000) or a city (430100).",
              "x-czt-title": {
                "zh": "统筹区域",
                "en": "Region"
              },
              "type": "string",
              "pattern": "^[1-8][0-9]{3}00$"
            },
            "validFrom": {
              "description": "First day the figure is in force (inclusive).",
              "x-czt-title": {
                "zh": "生效日期",
                "en": "Valid from"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "validUntil": {
              "description": "Last day the figure is in force (inclusive); absent: until further notice.",
              "x-czt-title": {
                "zh": "失效日期（含当日）",
                "en": "Valid until (inclusive)"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "source": {
              "description": "Where the figure comes from: document number, publisher and URL. Placeholder figures must say so.",
              "x-czt-title": {
                "zh": "来源",
                "en": "Source"
              },
              "type": "string",
              "minLength": 1,
              "pattern": "\\S"
            },
            "confidence": {
              "description": "How sure the figure is: sure (a standard or statute read in full), fairlySure (seen in several sources, final text not read), unsure (an assumption to replace with the agency's own figure). The standard's default rows always carry it.",
              "x-czt-title": {
                "zh": "可信程度",
                "en": "Confidence"
              },
              "type": "string",
              "enum": [
                "sure",
                "fairlySure",
                "unsure"
              ]
            },
            "verified": {
              "description": "Whether the publisher checked the figure against the official document. Unverified figures are flagged in findings.",
              "x-czt-title": {
                "zh": "已核实",
                "en": "Verified"
              },
              "type": "boolean"
            }
          },
          "required": [
            "scheme",
            "region",
            "validFrom",
            "source"
          ],
          "additionalProperties": false
        }
      },
      "minimumContributionPeriod": {
        "description": "Minimum contribution period for a monthly employee pension (最低缴费年限), in months, by the date pension age is reached: 15 years, rising from 2030 by six months a year to 20 years. Used by transfer.linking-direction. Supplying this table replaces the standard's default rows as a whole.",
        "x-czt-title": {
          "zh": "最低缴费年限",
          "en": "Minimum contribution period"
        },
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "months": {
              "description": "Minimum contribution period in months (180 = 15 years).",
              "x-czt-title": {
                "zh": "月数",
                "en": "Months"
              },
              "type": "integer",
              "minimum": 1,
              "maximum": 600
            },
            "validFrom": {
              "description": "First day the figure is in force (inclusive).",
              "x-czt-title": {
                "zh": "生效日期",
                "en": "Valid from"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "validUntil": {
              "description": "Last day the figure is in force (inclusive); absent: until further notice.",
              "x-czt-title": {
                "zh": "失效日期（含当日）",
                "en": "Valid until (inclusive)"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "source": {
              "description": "Where the figure comes from: document number, publisher and URL. Placeholder figures must say so.",
              "x-czt-title": {
                "zh": "来源",
                "en": "Source"
              },
              "type": "string",
              "minLength": 1,
              "pattern": "\\S"
            },
            "confidence": {
              "description": "How sure the figure is: sure (a standard or statute read in full), fairlySure (seen in several sources, final text not read), unsure (an assumption to replace with the agency's own figure). The standard's default rows always carry it.",
              "x-czt-title": {
                "zh": "可信程度",
                "en": "Confidence"
              },
              "type": "string",
              "enum": [
                "sure",
                "fairlySure",
                "unsure"
              ]
            },
            "verified": {
              "description": "Whether the publisher checked the figure against the official document. Unverified figures are flagged in findings.",
              "x-czt-title": {
                "zh": "已核实",
                "en": "Verified"
              },
              "type": "boolean"
            }
          },
          "required": [
            "months",
            "validFrom",
            "source"
          ],
          "additionalProperties": false
        }
      },
      "contributionRate": {
        "description": "Individual contribution rates (个人缴费比例) per insurance scheme, region and period, in percent of the contribution base; used by enrolment.contribution-rate. Replaces the standard's default table as a whole.",
        "x-czt-title": {
          "zh": "个人缴费比例",
          "en": "Individual contribution rates"
        },
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "scheme": {
              "description": "Insurance scheme: a code of the insuranceScheme list (pension.employee, medical.employee …).",
              "x-czt-title": {
                "zh": "险种",
                "en": "Insurance scheme"
              },
              "type": "string",
              "minLength": 1,
              "pattern": "^[A-Za-z0-9][A-Za-z0-9.-]*$"
            },
            "region": {
              "description": "GB/T 2260 division the rate applies to (county, city or province); absent: everywhere. The most specific region with an entry wins.",
              "x-czt-title": {
                "zh": "地区",
                "en": "Region"
              },
              "type": "string",
              "pattern": "^[1-8][0-9]{5}$"
            },
            "validFrom": {
              "description": "First day the figure is in force (inclusive).",
              "x-czt-title": {
                "zh": "生效日期",
                "en": "Valid from"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "validUntil": {
              "description": "Last day the figure is in force (inclusive); absent: until further notice.",
              "x-czt-title": {
                "zh": "失效日期（含当日）",
                "en": "Valid until (inclusive)"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "individualRate": {
              "description": "The person's share, in percent of the monthly base (8 for 8 %).",
              "x-czt-title": {
                "zh": "个人费率（%）",
                "en": "Individual rate (%)"
              },
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            "source": {
              "description": "Where the figure comes from: document number, publisher and URL. Placeholder figures must say so.",
              "x-czt-title": {
                "zh": "来源",
                "en": "Source"
              },
              "type": "string",
              "minLength": 1,
              "pattern": "\\S"
            },
            "verified": {
              "description": "Whether the publisher checked the figure against the official document. Unverified figures are flagged in findings.",
              "x-czt-title": {
                "zh": "已核实",
                "en": "Verified"
              },
              "type": "boolean"
            },
            "confidence": {
              "description": "How sure the figure is: sure (statute read in full), fairlySure (policy seen in several sources), unsure (an assumption).",
              "x-czt-title": {
                "zh": "可信度",
                "en": "Confidence"
              },
              "enum": [
                "sure",
                "fairlySure",
                "unsure"
              ]
            }
          },
          "required": [
            "scheme",
            "validFrom",
            "individualRate",
            "source",
            "verified"
          ],
          "additionalProperties": false
        }
      },
      "reviewInterval": {
        "description": "Longest interval between two reviews of a case (复核周期), by programme and period: caps nextReviewDate in assistance.review-overdue. Rows with memberCanWork true apply to households with a covered member able to work. Default rows ship with the standard; a table supplied here replaces them.",
        "x-czt-title": {
          "zh": "复核周期",
          "en": "Review intervals"
        },
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "programme": {
              "description": "Programme the interval applies to.",
              "x-czt-title": {
                "zh": "项目",
                "en": "Programme"
              },
              "type": "string",
              "enum": [
                "dibao.urban",
                "dibao.rural",
                "dibao.marginal",
                "tekun.centralised",
                "tekun.dispersed"
              ]
            },
            "memberCanWork": {
              "description": "true: the row applies when a covered member can work (labourCapacity full or partial); false or absent: to the other cases.",
              "x-czt-title": {
                "zh": "有劳动能力成员",
                "en": "Member can work"
              },
              "type": "boolean"
            },
            "validFrom": {
              "description": "First day the figure is in force (inclusive).",
              "x-czt-title": {
                "zh": "生效日期",
                "en": "Valid from"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "validUntil": {
              "description": "Last day the figure is in force (inclusive); absent: until further notice.",
              "x-czt-title": {
                "zh": "失效日期（含当日）",
                "en": "Valid until (inclusive)"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "maxMonths": {
              "description": "Longest interval between reviews, in months.",
              "x-czt-title": {
                "zh": "最长间隔（月）",
                "en": "Longest interval (months)"
              },
              "type": "integer",
              "minimum": 1,
              "maximum": 60
            },
            "source": {
              "description": "Where the figure comes from: document number, publisher and URL. Placeholder figures must say so.",
              "x-czt-title": {
                "zh": "来源",
                "en": "Source"
              },
              "type": "string",
              "minLength": 1,
              "pattern": "\\S"
            },
            "verified": {
              "description": "Whether the publisher checked the figure against the official document. Unverified figures are flagged in findings.",
              "x-czt-title": {
                "zh": "已核实",
                "en": "Verified"
              },
              "type": "boolean"
            },
            "confidence": {
              "description": "How sure the standard is of a default row: sure (statute read in full), fairlySure (policy seen in several sources), unsure (an assumption to replace with the agency's figure). Agency rows may leave it out.",
              "x-czt-title": {
                "zh": "可信度",
                "en": "Confidence"
              },
              "type": "string",
              "enum": [
                "sure",
                "fairlySure",
                "unsure"
              ]
            }
          },
          "required": [
            "programme",
            "validFrom",
            "maxMonths",
            "source",
            "verified"
          ],
          "additionalProperties": false
        }
      },
      "benefitRoundingTolerance": {
        "description": "How far an assistance benefit or payment may differ from the computed amount because the local system rounds (some pay to the yuan), by region and period, in fen. The most specific region with a row wins; without a row amounts must match to the fen.",
        "x-czt-title": {
          "zh": "金额取整容差",
          "en": "Rounding tolerance"
        },
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "region": {
              "description": "GB/T 2260 division the bounds apply to: a county, a city (430100) or the province (430000); the most specific region with an entry wins.",
              "x-czt-title": {
                "zh": "地区",
                "en": "Region"
              },
              "type": "string",
              "pattern": "^[1-8][0-9]{5}$"
            },
            "validFrom": {
              "description": "First day the figure is in force (inclusive).",
              "x-czt-title": {
                "zh": "生效日期",
                "en": "Valid from"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "validUntil": {
              "description": "Last day the figure is in force (inclusive); absent: until further notice.",
              "x-czt-title": {
                "zh": "失效日期（含当日）",
                "en": "Valid until (inclusive)"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "toleranceFen": {
              "description": "Largest accepted difference, in fen (100: rounding to the yuan).",
              "x-czt-title": {
                "zh": "容差（分）",
                "en": "Tolerance (fen)"
              },
              "type": "integer",
              "minimum": 0,
              "maximum": 10000
            },
            "source": {
              "description": "Where the figure comes from: document number, publisher and URL. Placeholder figures must say so.",
              "x-czt-title": {
                "zh": "来源",
                "en": "Source"
              },
              "type": "string",
              "minLength": 1,
              "pattern": "\\S"
            },
            "verified": {
              "description": "Whether the publisher checked the figure against the official document. Unverified figures are flagged in findings.",
              "x-czt-title": {
                "zh": "已核实",
                "en": "Verified"
              },
              "type": "boolean"
            }
          },
          "required": [
            "region",
            "validFrom",
            "toleranceFen",
            "source",
            "verified"
          ],
          "additionalProperties": false
        }
      },
      "dibaoMarginalCeiling": {
        "description": "Income ceiling of 低保边缘 (near-poverty) households as a percentage of the local 低保 standard, by region and period. Default rows ship with the standard; a table supplied here replaces them.",
        "x-czt-title": {
          "zh": "低保边缘收入上限",
          "en": "Near-poverty income ceiling"
        },
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "region": {
              "description": "GB/T 2260 division the bounds apply to: a county, a city (430100) or the province (430000); the most specific region with an entry wins.",
              "x-czt-title": {
                "zh": "地区",
                "en": "Region"
              },
              "type": "string",
              "pattern": "^[1-8][0-9]{5}$"
            },
            "validFrom": {
              "description": "First day the figure is in force (inclusive).",
              "x-czt-title": {
                "zh": "生效日期",
                "en": "Valid from"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "validUntil": {
              "description": "Last day the figure is in force (inclusive); absent: until further notice.",
              "x-czt-title": {
                "zh": "失效日期（含当日）",
                "en": "Valid until (inclusive)"
              },
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "ceilingPercent": {
              "description": "Highest per-capita income, as a percentage of the 低保 standard (150: 1.5 times).",
              "x-czt-title": {
                "zh": "上限（标准的百分比）",
                "en": "Ceiling (% of the standard)"
              },
              "type": "integer",
              "minimum": 100,
              "maximum": 1000
            },
            "source": {
              "description": "Where the figure comes from: document number, publisher and URL. Placeholder figures must say so.",
              "x-czt-title": {
                "zh": "来源",
                "en": "Source"
              },
              "type": "string",
              "minLength": 1,
              "pattern": "\\S"
            },
            "verified": {
              "description": "Whether the publisher checked the figure against the official document. Unverified figures are flagged in findings.",
              "x-czt-title": {
                "zh": "已核实",
                "en": "Verified"
              },
              "type": "boolean"
            },
            "confidence": {
              "description": "How sure the standard is of a default row: sure (statute read in full), fairlySure (policy seen in several sources), unsure (an assumption to replace with the agency's figure). Agency rows may leave it out.",
              "x-czt-title": {
                "zh": "可信度",
                "en": "Confidence"
              },
              "type": "string",
              "enum": [
                "sure",
                "fairlySure",
                "unsure"
              ]
            }
          },
          "required": [
            "region",
            "validFrom",
            "ceilingPercent",
            "source",
            "verified"
          ],
          "additionalProperties": false
        }
      }
    },
    "required": [
      "parametersVersion"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/person.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Person",
    "description": "A person known to a social security agency. The identity number is the primary key; a person without one is identified by documents.",
    "x-czt-title": {
      "zh": "人员",
      "en": "Person"
    },
    "$id": "https://czt-ss.org/schemas/1.1/person.schema.json",
    "type": "object",
    "if": {
      "properties": {
        "idNumber": false
      }
    },
    "then": {
      "properties": {
        "documents": true
      },
      "required": [
        "documents"
      ]
    },
    "properties": {
      "recordType": {
        "description": "Record type, always \"person\".",
        "x-czt-title": {
          "zh": "记录类型",
          "en": "Record type"
        },
        "const": "person"
      },
      "id": {
        "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
        "x-czt-title": {
          "zh": "记录标识",
          "en": "Record id"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordId"
      },
      "meta": {
        "description": "When and by whom the record was last updated.",
        "x-czt-title": {
          "zh": "记录元数据",
          "en": "Record metadata"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/meta"
      },
      "idNumber": {
        "description": "GB 11643 citizen identity number, 18 characters; lowercase x is accepted, X preferred. Also the social security number.",
        "x-czt-title": {
          "zh": "公民身份号码",
          "en": "Identity number"
        },
        "x-czt-sensitivity": "identifier",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/idNumber"
      },
      "documents": {
        "description": "Identity documents, for people without a citizen identity number or in addition to it.",
        "x-czt-title": {
          "zh": "证件",
          "en": "Documents"
        },
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "object",
          "properties": {
            "type": {
              "description": "Document type.",
              "x-czt-title": {
                "zh": "证件类型",
                "en": "Document type"
              },
              "type": "string",
              "x-czt-codelist": "documentType",
              "enum": [
                "residentIdCard",
                "hmtResidencePermit",
                "hmTravelPermit",
                "taiwanTravelPermit",
                "foreignPermanentResidenceCard",
                "passport",
                "militaryOfficerCard",
                "other"
              ]
            },
            "number": {
              "description": "Document number as printed.",
              "x-czt-title": {
                "zh": "证件号码",
                "en": "Document number"
              },
              "x-czt-sensitivity": "identifier",
              "type": "string",
              "minLength": 1,
              "maxLength": 64
            },
            "issuingCountry": {
              "description": "ISO 3166-1 alpha-3 code of the issuing country.",
              "x-czt-title": {
                "zh": "签发国家",
                "en": "Issuing country"
              },
              "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/countryCode"
            }
          },
          "required": [
            "type",
            "number"
          ],
          "additionalProperties": false
        }
      },
      "name": {
        "description": "Full name as registered; minority names use the middle dot U+00B7.",
        "x-czt-title": {
          "zh": "姓名",
          "en": "Name"
        },
        "x-czt-sensitivity": "personal",
        "type": "string",
        "minLength": 1,
        "maxLength": 100
      },
      "sex": {
        "description": "Sex, GB/T 2261.1.",
        "x-czt-title": {
          "zh": "性别",
          "en": "Sex"
        },
        "type": "string",
        "x-czt-codelist": "sex",
        "enum": [
          "0",
          "1",
          "2",
          "9"
        ]
      },
      "birthDate": {
        "description": "Date of birth.",
        "x-czt-title": {
          "zh": "出生日期",
          "en": "Birth date"
        },
        "x-czt-sensitivity": "personal",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
      },
      "ethnicity": {
        "description": "Ethnicity, GB/T 3304 two-digit code.",
        "x-czt-title": {
          "zh": "民族",
          "en": "Ethnicity"
        },
        "x-czt-sensitivity": "personal",
        "type": "string",
        "x-czt-codelist": "ethnicity",
        "enum": [
          "01",
          "02",
          "03",
          "04",
          "05",
          "06",
          "07",
          "08",
          "09",
          "10",
          "11",
          "12",
          "13",
          "14",
          "15",
          "16",
          "17",
          "18",
          "19",
          "20",
          "21",
          "22",
          "23",
          "24",
          "25",
          "26",
          "27",
          "28",
          "29",
          "30",
          "31",
          "32",
          "33",
          "34",
          "35",
          "36",
          "37",
          "38",
          "39",
          "40",
          "41",
          "42",
          "43",
          "44",
          "45",
          "46",
          "47",
          "48",
          "49",
          "50",
          "51",
          "52",
          "53",
          "54",
          "55",
          "56",
          "97",
          "98"
        ]
      },
      "nationality": {
        "description": "Nationality, ISO 3166-1 alpha-3 (CHN for Chinese citizens).",
        "x-czt-title": {
          "zh": "国籍",
          "en": "Nationality"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/countryCode"
      },
      "hukou": {
        "description": "Household registration (hukou).",
        "x-czt-title": {
          "zh": "户籍",
          "en": "Hukou"
        },
        "type": "object",
        "properties": {
          "division": {
            "description": "Division code of the place of household registration.",
            "x-czt-title": {
              "zh": "户籍所在地",
              "en": "Hukou division"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/divisionCode"
          },
          "residenceType": {
            "description": "Urban or rural residence, which decides the resident scheme.",
            "x-czt-title": {
              "zh": "城乡类型",
              "en": "Residence type"
            },
            "type": "string",
            "x-czt-codelist": "residenceType",
            "enum": [
              "urban",
              "rural"
            ]
          },
          "historicalCategory": {
            "description": "Agricultural or non-agricultural hukou, a historical attribute abolished in 2014.",
            "x-czt-title": {
              "zh": "户口性质（历史）",
              "en": "Historical hukou category"
            },
            "type": "string",
            "x-czt-codelist": "hukouCategory",
            "enum": [
              "agricultural",
              "non-agricultural"
            ]
          }
        },
        "required": [
          "division",
          "residenceType"
        ],
        "additionalProperties": false
      },
      "residenceDivision": {
        "description": "Division code of the place of actual residence.",
        "x-czt-title": {
          "zh": "居住地",
          "en": "Residence division"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/divisionCode"
      },
      "contact": {
        "description": "Contact details.",
        "x-czt-title": {
          "zh": "联系方式",
          "en": "Contact"
        },
        "type": "object",
        "properties": {
          "mobile": {
            "description": "Mobile phone number, 11 digits starting with 1.",
            "x-czt-title": {
              "zh": "手机号码",
              "en": "Mobile"
            },
            "x-czt-sensitivity": "personal",
            "type": "string",
            "minLength": 1,
            "maxLength": 32
          },
          "phone": {
            "description": "Landline number.",
            "x-czt-title": {
              "zh": "固定电话",
              "en": "Phone"
            },
            "x-czt-sensitivity": "personal",
            "type": "string",
            "minLength": 1,
            "maxLength": 32
          },
          "address": {
            "description": "Postal address.",
            "x-czt-title": {
              "zh": "联系地址",
              "en": "Address"
            },
            "x-czt-sensitivity": "personal",
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          }
        },
        "required": [],
        "additionalProperties": false
      },
      "household": {
        "description": "Membership of a household.",
        "x-czt-title": {
          "zh": "家庭户",
          "en": "Household"
        },
        "type": "object",
        "properties": {
          "householdId": {
            "description": "Identifier of the household (not a record id).",
            "x-czt-title": {
              "zh": "户标识",
              "en": "Household id"
            },
            "type": "string",
            "minLength": 1,
            "maxLength": 128
          },
          "relationToHead": {
            "description": "Relationship to the head of household, GB/T 4761 two-digit code.",
            "x-czt-title": {
              "zh": "与户主关系",
              "en": "Relation to head"
            },
            "type": "string",
            "x-czt-codelist": "relationToHead",
            "enum": [
              "01",
              "02",
              "10",
              "11",
              "12",
              "20",
              "21",
              "22",
              "23",
              "24",
              "25",
              "26",
              "27",
              "28",
              "29",
              "30",
              "31",
              "32",
              "33",
              "34",
              "35",
              "36",
              "37",
              "38",
              "39",
              "40",
              "41",
              "42",
              "43",
              "44",
              "45",
              "46",
              "47",
              "48",
              "49",
              "50",
              "51",
              "52",
              "53",
              "54",
              "55",
              "56",
              "57",
              "58",
              "59",
              "60",
              "61",
              "62",
              "63",
              "64",
              "65",
              "66",
              "67",
              "68",
              "69",
              "70",
              "71",
              "72",
              "73",
              "74",
              "75",
              "76",
              "77",
              "78",
              "79",
              "80",
              "81",
              "82",
              "83",
              "84",
              "85",
              "86",
              "87",
              "88",
              "89",
              "90",
              "91",
              "92",
              "93",
              "94",
              "95",
              "96",
              "97",
              "99"
            ]
          }
        },
        "required": [
          "householdId",
          "relationToHead"
        ],
        "additionalProperties": false
      },
      "deathDate": {
        "description": "Date of death, when known.",
        "x-czt-title": {
          "zh": "死亡日期",
          "en": "Death date"
        },
        "x-czt-sensitivity": "personal",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
      },
      "vitalStatus": {
        "description": "Vital status: alive, deceased or declared missing, with the date, the source of the information and when it was last verified. Supersedes deathDate (still accepted): when both are given they must agree.",
        "x-czt-title": {
          "zh": "生存状态",
          "en": "Vital status"
        },
        "type": "object",
        "properties": {
          "status": {
            "description": "alive; deceased (including a court's declaration of death, 宣告死亡); declaredMissing (宣告失踪 by a court: benefits are suspended, not ended).",
            "x-czt-title": {
              "zh": "生存状态",
              "en": "Status"
            },
            "x-czt-sensitivity": "personal",
            "type": "string",
            "x-czt-codelist": "vitalStatus",
            "enum": [
              "alive",
              "deceased",
              "declaredMissing"
            ]
          },
          "date": {
            "description": "Date of death; for a court's declaration of death, the date of the judgment (民法典 art. 48); for declaredMissing, the date of the declaration.",
            "x-czt-title": {
              "zh": "死亡（宣告）日期",
              "en": "Date"
            },
            "x-czt-sensitivity": "personal",
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          },
          "source": {
            "description": "Where the agency learnt of the death or declaration (公安户籍注销, 医学死亡证明, 火化记录, 法院宣告 …).",
            "x-czt-title": {
              "zh": "信息来源",
              "en": "Source"
            },
            "type": "string",
            "x-czt-codelist": "vitalStatusSource",
            "enum": [
              "householdDeregistration",
              "medicalDeathCertificate",
              "cremationRecord",
              "courtDeclaration",
              "dataMatching",
              "familyReport",
              "other"
            ]
          },
          "verifiedOn": {
            "description": "Date the status was last verified against its source (for alive: the last 待遇资格认证 / survival check).",
            "x-czt-title": {
              "zh": "核实日期",
              "en": "Verified on"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
          }
        },
        "required": [
          "status"
        ],
        "additionalProperties": false
      },
      "replacedBy": {
        "description": "Set on a person found to duplicate another: the id of the person that replaces it (FHIR Patient.link replaced-by). The record is kept, never deleted; read the surviving person instead.",
        "x-czt-title": {
          "zh": "已被合并至",
          "en": "Replaced by"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordId"
      },
      "replaces": {
        "description": "The ids of the duplicate persons this one replaces (FHIR Patient.link replaces); each of them names this person in replacedBy.",
        "x-czt-title": {
          "zh": "合并的重复人员",
          "en": "Replaces"
        },
        "type": "array",
        "items": {
          "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordId"
        },
        "minItems": 1
      },
      "extensions": {
        "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
        "x-czt-title": {
          "zh": "扩展",
          "en": "Extensions"
        },
        "type": "object",
        "additionalProperties": true
      }
    },
    "required": [
      "recordType",
      "id",
      "meta",
      "name",
      "sex",
      "birthDate",
      "nationality"
    ],
    "additionalProperties": false
  },
  "https://czt-ss.org/schemas/1.1/record.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Record",
    "description": "Any record of the standard, selected by recordType. Each branch is an if/then on recordType, so a wrong record gets the errors of its own type only, never the noise of the others.",
    "x-czt-title": {
      "zh": "记录",
      "en": "Record"
    },
    "$id": "https://czt-ss.org/schemas/1.1/record.schema.json",
    "type": "object",
    "required": [
      "recordType"
    ],
    "properties": {
      "recordType": {
        "description": "The type of the record, which selects its schema.",
        "x-czt-title": {
          "zh": "记录类型",
          "en": "Record type"
        },
        "enum": [
          "person",
          "enrolment",
          "transfer",
          "assistance",
          "benefit",
          "medicalRegistration",
          "medicalSettlement",
          "organisation",
          "donation",
          "consent"
        ]
      }
    },
    "allOf": [
      {
        "if": {
          "properties": {
            "recordType": {
              "const": "person"
            }
          },
          "required": [
            "recordType"
          ]
        },
        "then": {
          "$ref": "https://czt-ss.org/schemas/1.1/person.schema.json"
        }
      },
      {
        "if": {
          "properties": {
            "recordType": {
              "const": "enrolment"
            }
          },
          "required": [
            "recordType"
          ]
        },
        "then": {
          "$ref": "https://czt-ss.org/schemas/1.1/enrolment.schema.json"
        }
      },
      {
        "if": {
          "properties": {
            "recordType": {
              "const": "transfer"
            }
          },
          "required": [
            "recordType"
          ]
        },
        "then": {
          "$ref": "https://czt-ss.org/schemas/1.1/transfer.schema.json"
        }
      },
      {
        "if": {
          "properties": {
            "recordType": {
              "const": "assistance"
            }
          },
          "required": [
            "recordType"
          ]
        },
        "then": {
          "$ref": "https://czt-ss.org/schemas/1.1/assistance.schema.json"
        }
      },
      {
        "if": {
          "properties": {
            "recordType": {
              "const": "benefit"
            }
          },
          "required": [
            "recordType"
          ]
        },
        "then": {
          "$ref": "https://czt-ss.org/schemas/1.1/benefit.schema.json"
        }
      },
      {
        "if": {
          "properties": {
            "recordType": {
              "const": "medicalRegistration"
            }
          },
          "required": [
            "recordType"
          ]
        },
        "then": {
          "$ref": "https://czt-ss.org/schemas/1.1/medicalRegistration.schema.json"
        }
      },
      {
        "if": {
          "properties": {
            "recordType": {
              "const": "medicalSettlement"
            }
          },
          "required": [
            "recordType"
          ]
        },
        "then": {
          "$ref": "https://czt-ss.org/schemas/1.1/medicalSettlement.schema.json"
        }
      },
      {
        "if": {
          "properties": {
            "recordType": {
              "const": "organisation"
            }
          },
          "required": [
            "recordType"
          ]
        },
        "then": {
          "$ref": "https://czt-ss.org/schemas/1.1/organisation.schema.json"
        }
      },
      {
        "if": {
          "properties": {
            "recordType": {
              "const": "donation"
            }
          },
          "required": [
            "recordType"
          ]
        },
        "then": {
          "$ref": "https://czt-ss.org/schemas/1.1/donation.schema.json"
        }
      },
      {
        "if": {
          "properties": {
            "recordType": {
              "const": "consent"
            }
          },
          "required": [
            "recordType"
          ]
        },
        "then": {
          "$ref": "https://czt-ss.org/schemas/1.1/consent.schema.json"
        }
      }
    ]
  },
  "https://czt-ss.org/schemas/1.1/report.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://czt-ss.org/schemas/1.1/report.schema.json",
    "title": "CZT-SS validation report",
    "description": "The JSON report of `czt validate --format json`: a summary over all records read and the findings, each located by file, line and JSON Pointer. Personal data in params and messages is masked unless the run used --reveal.",
    "type": "object",
    "required": [
      "summary",
      "findings"
    ],
    "additionalProperties": false,
    "properties": {
      "summary": {
        "type": "object",
        "required": [
          "records",
          "valid",
          "invalid",
          "errors",
          "warnings",
          "byRule"
        ],
        "additionalProperties": false,
        "properties": {
          "records": {
            "description": "Records read, including records lost to input problems (a malformed line).",
            "type": "integer",
            "minimum": 0
          },
          "valid": {
            "description": "Records without any error.",
            "type": "integer",
            "minimum": 0
          },
          "invalid": {
            "description": "Records with at least one error.",
            "type": "integer",
            "minimum": 0
          },
          "errors": {
            "type": "integer",
            "minimum": 0
          },
          "warnings": {
            "type": "integer",
            "minimum": 0
          },
          "infos": {
            "type": "integer",
            "minimum": 0
          },
          "byRule": {
            "description": "Number of findings per rule id.",
            "type": "object",
            "propertyNames": {
              "pattern": "^[a-z0-9-]+(\\.[a-z0-9-]+)+$"
            },
            "additionalProperties": {
              "type": "integer",
              "minimum": 1
            }
          },
          "files": {
            "description": "Files read.",
            "type": "integer",
            "minimum": 0
          },
          "schemaVersions": {
            "description": "Files checked against each version of the standard, by version: the version a file's package or JSON Lines header declares, the one the run was told to use (--schema-version), or the current one for a file that declares none. A file whose version is missing or unknown is in none. Added in 1.1.",
            "type": "object",
            "propertyNames": {
              "pattern": "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"
            },
            "additionalProperties": {
              "type": "integer",
              "minimum": 1
            }
          },
          "elapsedMs": {
            "type": "integer",
            "minimum": 0
          },
          "recordsPerSecond": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "findings": {
        "type": "array",
        "items": {
          "$ref": "#/$defs/finding"
        }
      }
    },
    "$defs": {
      "finding": {
        "type": "object",
        "required": [
          "ruleId",
          "severity",
          "file",
          "line",
          "recordIndex",
          "pointer",
          "message",
          "params"
        ],
        "additionalProperties": false,
        "properties": {
          "ruleId": {
            "description": "Stable rule id, see docs/rules.md.",
            "type": "string"
          },
          "severity": {
            "enum": [
              "error",
              "warning",
              "info"
            ]
          },
          "file": {
            "description": "Path as given on the command line, `<stdin>` for standard input.",
            "type": "string"
          },
          "line": {
            "description": "1-based line of the record's first character (JSON Lines and CSV: its line); 0 when the file could not be read at all.",
            "type": "integer",
            "minimum": 0
          },
          "column": {
            "description": "1-based column, for records inside a JSON document and JSON syntax errors.",
            "type": "integer",
            "minimum": 1
          },
          "recordIndex": {
            "description": "0-based index of the record in its file; -1 for problems not tied to a record (an unreadable file, the header).",
            "type": "integer",
            "minimum": -1
          },
          "recordId": {
            "description": "The record's id, when it has one.",
            "type": "string"
          },
          "pointer": {
            "description": "JSON Pointer (RFC 6901) into the record; empty for the whole record.",
            "type": "string"
          },
          "message": {
            "description": "The message in the report language, rendered from the rule's template and params.",
            "type": "string"
          },
          "params": {
            "description": "The values the message is rendered from; `name.zh`/`name.en` hold language-specific values.",
            "type": "object",
            "additionalProperties": {
              "type": [
                "string",
                "number",
                "boolean",
                "null"
              ]
            }
          }
        }
      }
    }
  },
  "https://czt-ss.org/schemas/1.1/transfer.schema.json": {
    "$schema": "https://czt-ss.org/schemas/1.1/meta/czt-meta.schema.json",
    "title": "Transfer",
    "description": "A transfer (转移接续) of a person's insurance relationship between pooling regions (统筹区), between the employee and resident pension schemes, or between the institution and enterprise pension schemes; either side may lie outside the three cities.",
    "x-czt-title": {
      "zh": "转移接续",
      "en": "Transfer"
    },
    "$id": "https://czt-ss.org/schemas/1.1/transfer.schema.json",
    "type": "object",
    "if": {
      "properties": {
        "kind": {
          "enum": [
            "pension.link.residentToEmployee",
            "pension.link.employeeToResident"
          ]
        }
      },
      "required": [
        "kind"
      ]
    },
    "then": {
      "properties": {
        "linking": true
      },
      "required": [
        "linking"
      ]
    },
    "properties": {
      "recordType": {
        "description": "Record type, always \"transfer\".",
        "x-czt-title": {
          "zh": "记录类型",
          "en": "Record type"
        },
        "const": "transfer"
      },
      "id": {
        "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
        "x-czt-title": {
          "zh": "记录标识",
          "en": "Record id"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordId"
      },
      "meta": {
        "description": "When and by whom the record was last updated.",
        "x-czt-title": {
          "zh": "记录元数据",
          "en": "Record metadata"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/meta"
      },
      "personId": {
        "description": "Id of the person whose insurance moves.",
        "x-czt-title": {
          "zh": "人员",
          "en": "Person"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
      },
      "kind": {
        "description": "Kind of transfer.",
        "x-czt-title": {
          "zh": "转移类型",
          "en": "Transfer kind"
        },
        "type": "string",
        "x-czt-codelist": "transferKind",
        "enum": [
          "pension.employee.intercity",
          "medical.intercity",
          "unemployment.intercity",
          "pension.link.residentToEmployee",
          "pension.link.employeeToResident",
          "pension.institution.toEmployee",
          "pension.employee.toInstitution",
          "pension.institution.withinProvince",
          "pension.resident.interregion"
        ]
      },
      "from": {
        "description": "Where the insurance relationship comes from. Either a side in the three cities (agency and enrolment records of the dataset) or a pooling region elsewhere, referenced as external.",
        "x-czt-title": {
          "zh": "转出方",
          "en": "From"
        },
        "type": "object",
        "properties": {
          "city": {
            "description": "Pooling region (统筹区) of the agency: a GB/T 2260 division code in force on the transfer's date — 430100, 430200 or 430300 for the three cities, any other city or county code (e.g. 440100 广州, 511621 岳池县) for a side outside them.",
            "x-czt-title": {
              "zh": "统筹区",
              "en": "Pooling region"
            },
            "anyOf": [
              {
                "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/cityCode"
              },
              {
                "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/divisionCode"
              }
            ]
          },
          "agency": {
            "description": "The agency.",
            "x-czt-title": {
              "zh": "经办机构",
              "en": "Agency"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/agency"
          },
          "enrolmentId": {
            "description": "Id of the enrolment being transferred out.",
            "x-czt-title": {
              "zh": "参保登记",
              "en": "Enrolment"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
          },
          "external": {
            "description": "The source side when it lies outside the dataset (a pooling region outside the three cities): the outside agency and the person's enrolment there, as that office identifies them.",
            "x-czt-title": {
              "zh": "转出方外地经办机构与参保",
              "en": "External agency and enrolment"
            },
            "type": "object",
            "properties": {
              "agency": {
                "description": "The outside social insurance agency (社会保险经办机构).",
                "x-czt-title": {
                  "zh": "外地经办机构",
                  "en": "External agency"
                },
                "type": "object",
                "properties": {
                  "name": {
                    "description": "Name of the agency as on its documents (e.g. 广州市社会保险基金管理中心).",
                    "x-czt-title": {
                      "zh": "机构名称",
                      "en": "Agency name"
                    },
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "creditCode": {
                    "description": "The agency's unified social credit code, where known.",
                    "x-czt-title": {
                      "zh": "统一社会信用代码",
                      "en": "Credit code"
                    },
                    "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/creditCode"
                  }
                },
                "required": [
                  "name"
                ],
                "additionalProperties": false
              },
              "localId": {
                "description": "The person's enrolment at the outside agency: its own id (个人编号 or record number), not a record of this dataset.",
                "x-czt-title": {
                  "zh": "外地参保编号",
                  "en": "Local enrolment id"
                },
                "x-czt-sensitivity": "identifier",
                "type": "string",
                "minLength": 1,
                "maxLength": 64,
                "pattern": "\\S"
              }
            },
            "required": [
              "agency",
              "localId"
            ],
            "additionalProperties": false
          }
        },
        "required": [
          "city"
        ],
        "additionalProperties": false,
        "anyOf": [
          {
            "properties": {
              "agency": {},
              "enrolmentId": {}
            },
            "required": [
              "agency",
              "enrolmentId"
            ]
          },
          {
            "properties": {
              "external": {}
            },
            "required": [
              "external"
            ]
          }
        ]
      },
      "to": {
        "description": "Where the insurance relationship goes. Either a side in the three cities (agency and enrolment records of the dataset) or a pooling region elsewhere, referenced as external.",
        "x-czt-title": {
          "zh": "转入方",
          "en": "To"
        },
        "type": "object",
        "properties": {
          "city": {
            "description": "Pooling region (统筹区) of the agency: a GB/T 2260 division code in force on the transfer's date — 430100, 430200 or 430300 for the three cities, any other city or county code (e.g. 440100 广州, 511621 岳池县) for a side outside them.",
            "x-czt-title": {
              "zh": "统筹区",
              "en": "Pooling region"
            },
            "anyOf": [
              {
                "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/cityCode"
              },
              {
                "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/divisionCode"
              }
            ]
          },
          "agency": {
            "description": "The agency.",
            "x-czt-title": {
              "zh": "经办机构",
              "en": "Agency"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/agency"
          },
          "enrolmentId": {
            "description": "Id of the new enrolment; required once the transfer is completed (validator rule).",
            "x-czt-title": {
              "zh": "参保登记",
              "en": "Enrolment"
            },
            "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/recordRef"
          },
          "external": {
            "description": "The receiving side when it lies outside the dataset (a pooling region outside the three cities): the outside agency and the person's enrolment there, as that office identifies them.",
            "x-czt-title": {
              "zh": "转入方外地经办机构与参保",
              "en": "External agency and enrolment"
            },
            "type": "object",
            "properties": {
              "agency": {
                "description": "The outside social insurance agency (社会保险经办机构).",
                "x-czt-title": {
                  "zh": "外地经办机构",
                  "en": "External agency"
                },
                "type": "object",
                "properties": {
                  "name": {
                    "description": "Name of the agency as on its documents (e.g. 广州市社会保险基金管理中心).",
                    "x-czt-title": {
                      "zh": "机构名称",
                      "en": "Agency name"
                    },
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "creditCode": {
                    "description": "The agency's unified social credit code, where known.",
                    "x-czt-title": {
                      "zh": "统一社会信用代码",
                      "en": "Credit code"
                    },
                    "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/creditCode"
                  }
                },
                "required": [
                  "name"
                ],
                "additionalProperties": false
              },
              "localId": {
                "description": "The person's enrolment at the outside agency: its own id (个人编号 or record number), not a record of this dataset.",
                "x-czt-title": {
                  "zh": "外地参保编号",
                  "en": "Local enrolment id"
                },
                "x-czt-sensitivity": "identifier",
                "type": "string",
                "minLength": 1,
                "maxLength": 64,
                "pattern": "\\S"
              }
            },
            "required": [
              "agency",
              "localId"
            ],
            "additionalProperties": false
          }
        },
        "required": [
          "city"
        ],
        "additionalProperties": false,
        "anyOf": [
          {
            "properties": {
              "agency": {}
            },
            "required": [
              "agency"
            ]
          },
          {
            "properties": {
              "external": {}
            },
            "required": [
              "external"
            ]
          }
        ]
      },
      "status": {
        "description": "Current status; equals the status of the last step.",
        "x-czt-title": {
          "zh": "转移状态",
          "en": "Status"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/transferStatus"
      },
      "steps": {
        "description": "Steps of the transfer in time order.",
        "x-czt-title": {
          "zh": "办理步骤",
          "en": "Steps"
        },
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "object",
          "properties": {
            "status": {
              "description": "Status reached by this step.",
              "x-czt-title": {
                "zh": "步骤状态",
                "en": "Step status"
              },
              "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/transferStatus"
            },
            "at": {
              "description": "When the step happened.",
              "x-czt-title": {
                "zh": "时间",
                "en": "Time"
              },
              "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/dateTime"
            },
            "reasonCode": {
              "description": "Reason for the step, mostly for rejections and cancellations.",
              "x-czt-title": {
                "zh": "原因",
                "en": "Reason"
              },
              "type": "string",
              "x-czt-codelist": "transferReason",
              "enum": [
                "applicantRequest",
                "missingDocuments",
                "drawingPension",
                "duplicateEnrolment",
                "recordMismatch",
                "applicantWithdrew",
                "other"
              ]
            },
            "note": {
              "description": "Free-text note.",
              "x-czt-title": {
                "zh": "备注",
                "en": "Note"
              },
              "type": "string",
              "minLength": 1,
              "maxLength": 500
            },
            "documents": {
              "description": "Documents issued or received at this step (参保缴费凭证, 联系函, 信息表 …), each with its number, so the receiving office and an auditor can match them.",
              "x-czt-title": {
                "zh": "相关单证",
                "en": "Documents"
              },
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "kind": {
                    "description": "Kind of document.",
                    "x-czt-title": {
                      "zh": "单证类型",
                      "en": "Document kind"
                    },
                    "type": "string",
                    "x-czt-codelist": "transferDocumentKind",
                    "enum": [
                      "contributionCertificate",
                      "contactLetter",
                      "informationSheet",
                      "other"
                    ]
                  },
                  "number": {
                    "description": "The document's number as printed on it.",
                    "x-czt-title": {
                      "zh": "单证编号",
                      "en": "Document number"
                    },
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 64,
                    "pattern": "\\S"
                  },
                  "issuedOn": {
                    "description": "Date the document was issued.",
                    "x-czt-title": {
                      "zh": "出具日期",
                      "en": "Issued on"
                    },
                    "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/date"
                  }
                },
                "required": [
                  "kind",
                  "number"
                ],
                "additionalProperties": false
              }
            }
          },
          "required": [
            "status",
            "at"
          ],
          "additionalProperties": false
        }
      },
      "contributionMonths": {
        "description": "Number of contribution months moved; equals the sum of months of contributions.",
        "x-czt-title": {
          "zh": "转移月数",
          "en": "Contribution months"
        },
        "type": "integer",
        "minimum": 0
      },
      "individualAccountBalance": {
        "description": "Individual account balance moved in full, in fen.",
        "x-czt-title": {
          "zh": "个人账户余额",
          "en": "Individual account balance"
        },
        "x-czt-sensitivity": "special",
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "pooledFundAmount": {
        "description": "Pooled fund moved: 12% of each year's contribution base since 1998, in fen.",
        "x-czt-title": {
          "zh": "统筹基金转移额",
          "en": "Pooled fund amount"
        },
        "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/amountFen"
      },
      "contributions": {
        "description": "The contribution years the amounts were computed from.",
        "x-czt-title": {
          "zh": "缴费记录",
          "en": "Contributions"
        },
        "type": "array",
        "items": {
          "$ref": "https://czt-ss.org/schemas/1.1/common.schema.json#/$defs/contributionYear"
        }
      },
      "linking": {
        "description": "Months in each pension scheme, for linking transfers between the employee and resident schemes.",
        "x-czt-title": {
          "zh": "城乡衔接",
          "en": "Linking"
        },
        "type": "object",
        "properties": {
          "employeeSchemeMonths": {
            "description": "Months contributed to the employee pension scheme.",
            "x-czt-title": {
              "zh": "职工养老保险月数",
              "en": "Employee scheme months"
            },
            "type": "integer",
            "minimum": 0
          },
          "residentSchemeMonths": {
            "description": "Months contributed to the resident pension scheme.",
            "x-czt-title": {
              "zh": "居民养老保险月数",
              "en": "Resident scheme months"
            },
            "type": "integer",
            "minimum": 0
          }
        },
        "required": [
          "employeeSchemeMonths",
          "residentSchemeMonths"
        ],
        "additionalProperties": false
      },
      "extensions": {
        "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
        "x-czt-title": {
          "zh": "扩展",
          "en": "Extensions"
        },
        "type": "object",
        "additionalProperties": true
      }
    },
    "required": [
      "recordType",
      "id",
      "meta",
      "personId",
      "kind",
      "from",
      "to",
      "status",
      "steps",
      "contributionMonths",
      "individualAccountBalance",
      "pooledFundAmount",
      "contributions"
    ],
    "additionalProperties": false
  }
};
