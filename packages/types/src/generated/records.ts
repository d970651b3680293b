/* Generated from @czt/schemas by `npm run generate -w @czt/types` (json-schema-to-typescript). Do not edit. */

/**
 * A CZT-SS export: a package, or one line of a JSON Lines file.
 */
export type CztDocument = Package | JsonLinesLine;

/**
 * 金额（分）: Money as an integer number of fen (分); ¥5,200.00 is 520000.
 */
export type AmountFen = number;

/**
 * 日期: Calendar date, YYYY-MM-DD, on the Gregorian calendar (the pattern checks month lengths and leap years).
 */
export type IsoDate = string;

/**
 * 时间戳: RFC 3339 timestamp with an offset (Z or ±hh:mm), T between date and time. Second 60 (a leap second) only at 23:59:60 UTC once the offset is applied, which the pattern cannot check and validators must (docs/dates.md).
 */
export type IsoDateTime = string;

/**
 * 月份: Calendar month, YYYY-MM.
 */
export type YearMonth = string;

/**
 * 行政区划代码: GB/T 2260 administrative division code, six digits.
 */
export type DivisionCode = string;

/**
 * 城市代码: One of the three cities: 430100 Changsha, 430200 Zhuzhou, 430300 Xiangtan.
 */
export type CityCode = "430100" | "430200" | "430300";

/**
 * 统一社会信用代码: GB 32100 unified social credit code: 18 characters from 0-9 and A-Y without I, O, S, V, Z; the check character is verified by the validator.
 */
export type CreditCode = string;

/**
 * 国家代码: ISO 3166-1 alpha-3 country code, e.g. CHN.
 */
export type CountryCode = string;

/**
 * 记录标识: Record id, unique across the agglomeration, e.g. 430100-P-000123.
 */
export type RecordId = string;

/**
 * 记录引用: The id of another record (a plain record id).
 */
export type RecordRef = string;

/**
 * 经办机构: A public agency, identified by its credit code, division and department.
 */
export interface Agency {
  /**
   * 统一社会信用代码: The agency's unified social credit code.
   */
  creditCode: CreditCode;
  /**
   * 所在行政区划: Division code of the agency's jurisdiction.
   */
  division: DivisionCode;
  /**
   * 部门: The department the agency belongs to.
   */
  department: DepartmentCode;
  /**
   * 机构名称: Name of the agency.
   */
  name?: string;
}

/**
 * 记录元数据: When and by whom a record was last updated.
 */
export interface RecordMeta {
  /**
   * 最后更新时间: When the record was last changed at its source.
   */
  lastUpdated: IsoDateTime;
  /**
   * 来源机构: The agency the record comes from.
   */
  sourceAgency?: Agency;
  /**
   * 来源系统: Name of the local system that produced the record.
   */
  sourceSystem?: string;
}

/**
 * 期间: A period of dates; end is inclusive, an absent end means open.
 */
export interface Period {
  /**
   * 开始日期: First day of the period.
   */
  start: IsoDate;
  /**
   * 结束日期: Last day of the period (inclusive); absent while open.
   */
  end?: IsoDate;
}

/**
 * 年度缴费: The contributions of one calendar year. A year may appear in several entries (regular months, a back payment, deemed months) whose paidMonths do not overlap.
 */
export interface ContributionYear {
  /**
   * 缴费年度: Calendar year of the contributions: from 1986 (first individual contributions), deemed years (kind deemed) from 1949 (rule contribution.kind-requirements).
   */
  year: number;
  /**
   * 缴费月数: Number of months contributed (or deemed) in the year.
   */
  months: number;
  /**
   * 月缴费基数: Average monthly contribution base of the year (wage), in fen; 0 for deemed years. Sensitivity: special.
   */
  monthlyBase: AmountFen;
  /**
   * 个人缴费金额: Amount paid by the person in the year, in fen.
   */
  individualAmount: AmountFen;
  /**
   * 单位缴费金额: Amount paid by the employer in the year, in fen (0 for resident schemes).
   */
  employerAmount: AmountFen;
  /**
   * 缴费月份: The months of the year this entry covers, January first: twelve characters, 1 = paid (or deemed), 0 = not; so overlaps (重复缴费时段) can be counted by month (人社部发〔2014〕17号). The number of 1s equals months.
   */
  paidMonths?: string;
  /**
   * 缴费类型: Regular (the default when absent), deemed (视同缴费年限, before individual contributions began) or back payment (补缴).
   */
  kind?: ContributionKindCode;
  /**
   * 实际缴费日期: The day the contributions were actually paid; a back payment gives it (rule contribution.kind-requirements).
   */
  paidOn?: IsoDate;
  /**
   * 代缴资助: Contributions paid or subsidised by others instead of the person (代缴、资助参保): who paid, and how much of individualAmount.
   *
   * @minItems 1
   */
  paidBy?: ContributionYearPaidBy[];
}
export interface ContributionYearPaidBy {
  /**
   * 代缴资助方: Who paid (code list contributionPayer).
   */
  payer: ContributionPayerCode;
  /**
   * 代缴资助方名称: Name of the payer; a family member's name is personal data. Sensitivity: personal.
   */
  name?: string;
  /**
   * 代缴资助金额: Part of individualAmount the payer paid, in fen. Sensitivity: special.
   */
  amount: AmountFen;
}

/**
 * 公民身份号码: GB 11643 citizen identity number, 18 characters; lowercase x is accepted, X preferred. Also the social security number. Sensitivity: identifier.
 */
export type IdNumber = string;

/**
 * 转移状态: Status of a transfer (code list transferStatus).
 */
export type TransferStatus = TransferStatusCode;

/**
 * 发放明细: One payment of a benefit or an assistance case: the month it is for, the amount and the day it was paid, and optionally its outcome, payee, account and funding. Shared by assistance.payments and benefit.payments.
 */
export interface PaymentLine {
  /**
   * 所属月份: Month the payment is for.
   */
  month: YearMonth;
  /**
   * 发放金额: Amount paid, in fen.
   */
  amount: AmountFen;
  /**
   * 发放日期: Date of payment.
   */
  paidOn: IsoDate;
  /**
   * 发放状态: Outcome of the payment; absent means paid.
   */
  status?: PaymentStatusCode;
  payee?: PaymentLinePayee;
  /**
   * 发放账户类型: Kind of account the payment went to.
   */
  accountKind?: AccountKindCode;
  /**
   * 资金构成: Split of the amount by funding source (e.g. the central and local parts of a special-care payment); the parts add up to amount.
   *
   * @minItems 1
   */
  funding?: PaymentLineFunding[];
}
/**
 * 领取人: Who received the payment: the beneficiary or an agent (代领人).
 */
export interface PaymentLinePayee {
  /**
   * 领取人类型: self: the beneficiary (本人); agent: someone collecting on the beneficiary's behalf (代领人).
   */
  kind: "self" | "agent";
  /**
   * 领取人姓名: Name of the agent. Sensitivity: personal.
   */
  name?: string;
  /**
   * 领取人身份号码: Identity number of the agent.
   */
  idNumber?: IdNumber;
}
export interface PaymentLineFunding {
  /**
   * 资金来源: Who funds this part.
   */
  source: FundingSourceCode;
  /**
   * 金额: Amount of this part, in fen.
   */
  amount: AmountFen;
}

/**
 * 发放账户类型: code of the accountKind list (closed).
 */
export type AccountKindCode = "socialSecurityCard" | "bankCard" | "cash" | "other";

/**
 * 救助福利项目: code of the assistanceProgramme list (closed).
 */
export type AssistanceProgrammeCode =
  | "dibao.urban"
  | "dibao.rural"
  | "dibao.marginal"
  | "tekun.centralised"
  | "tekun.dispersed"
  | "medicalAid"
  | "housingAid"
  | "educationAid"
  | "disasterRelief"
  | "temporaryAid"
  | "welfare.elderly"
  | "welfare.disability"
  | "welfare.child"
  | "charityRelief"
  | "specialCare"
  | "employmentAid"
  | "vagrantAid"
  | "welfare.orphan"
  | "welfare.unattendedChild"
  | "welfare.disabilityLivingSubsidy"
  | "welfare.severeDisabilityCareSubsidy"
  | "wubao.rural"
  | "sanwu.urban";

/**
 * 待遇终止原因: code of the benefitEndReason list (closed).
 */
export type BenefitEndReasonCode =
  | "death"
  | "periodEnded"
  | "reemployed"
  | "enlisted"
  | "emigrated"
  | "pensionStarted"
  | "transferredOut"
  | "duplicateClaim"
  | "oneOffPaid"
  | "other";

/**
 * 发放频次: code of the benefitFrequency list (closed).
 */
export type BenefitFrequencyCode = "monthly" | "oneOff" | "perEvent";

/**
 * 待遇形式: code of the benefitKind list (closed).
 */
export type BenefitKindCode = "cash" | "inKind" | "service";

/**
 * 待遇状态: code of the benefitStatus list (closed).
 */
export type BenefitStatusCode = "inPayment" | "suspended" | "terminated";

/**
 * 待遇类型: code of the benefitType list (closed).
 */
export type BenefitTypeCode =
  | "pension.employee"
  | "pension.institution"
  | "pension.resident"
  | "unemployment.benefit"
  | "workInjury.disabilityAllowance"
  | "workInjury.disabilityLumpSum"
  | "workInjury.nursingAllowance"
  | "workInjury.medicalLumpSum"
  | "workInjury.deathGrant"
  | "workInjury.survivorPension"
  | "maternity.allowance"
  | "survivors.grant"
  | "funeral.grant";

/**
 * 案件状态: code of the caseStatus list (closed).
 */
export type CaseStatusCode = "applied" | "underReview" | "active" | "suspended" | "terminated" | "rejected";

/**
 * 慈善资金来源: code of the charityFundingSource list (closed).
 */
export type CharityFundingSourceCode = "individual" | "enterprise" | "organised";

/**
 * 慈善用途: code of the charityPurpose list (open).
 */
export type CharityPurposeCode =
  "poverty" | "elderly" | "children" | "medical" | "disability" | "disaster" | "education" | "other" | (string & {});

/**
 * 分类施保原因: code of the classifiedSupplementReason list (open).
 */
export type ClassifiedSupplementReasonCode =
  "elderly" | "severeDisability" | "seriousIllness" | "minor" | "singleParent" | "other" | (string & {});

/**
 * 缴费类型: code of the contributionKind list (closed).
 */
export type ContributionKindCode = "regular" | "deemed" | "backPayment";

/**
 * 代缴资助方: code of the contributionPayer list (open).
 */
export type ContributionPayerCode =
  | "government"
  | "medicalAssistance"
  | "villageCollective"
  | "employer"
  | "family"
  | "charity"
  | "other"
  | (string & {});

/**
 * 个人缴费状态: code of the contributionStatus list (closed).
 */
export type ContributionStatusCode = "1" | "2" | "3";

/**
 * 部门: code of the department list (open).
 */
export type DepartmentCode =
  | "hrss"
  | "healthcareSecurity"
  | "civilAffairs"
  | "healthCommission"
  | "veteransAffairs"
  | "disabledPersonsFederation"
  | "charityFederation"
  | "taxation"
  | "housing"
  | "education"
  | "emergencyManagement"
  | "cztCentre"
  | (string & {});

/**
 * 低保分类: code of the dibaoCategory list (open).
 */
export type DibaoCategoryCode = "A" | "B" | "C" | (string & {});

/**
 * 残疾类别: code of the disabilityCategory list (closed).
 */
export type DisabilityCategoryCode =
  "visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple";

/**
 * 残疾等级: code of the disabilityGrade list (closed).
 */
export type DisabilityGradeCode = "1" | "2" | "3" | "4";

/**
 * 证件类型: code of the documentType list (open).
 */
export type DocumentTypeCode =
  | "residentIdCard"
  | "hmtResidencePermit"
  | "hmTravelPermit"
  | "taiwanTravelPermit"
  | "foreignPermanentResidenceCard"
  | "passport"
  | "militaryOfficerCard"
  | "other"
  | (string & {});

/**
 * 捐赠人类型: code of the donorType list (open).
 */
export type DonorTypeCode = "individual" | "enterprise" | "oneYuan" | "workplace" | "other" | (string & {});

/**
 * 在职离退休状态: code of the employmentStatus list (closed).
 */
export type EmploymentStatusCode = "0" | "1";

/**
 * 参保终止原因: code of the enrolmentEndReason list (open).
 */
export type EnrolmentEndReasonCode =
  | "retiredDrawingPension"
  | "movedAway"
  | "died"
  | "stoppedContributing"
  | "emigrated"
  | "duplicateCleared"
  | "schemeMerged"
  | "other"
  | (string & {});

/**
 * 民族: code of the ethnicity list (closed).
 */
export type EthnicityCode =
  | "01"
  | "02"
  | "03"
  | "04"
  | "05"
  | "06"
  | "07"
  | "08"
  | "09"
  | "10"
  | "11"
  | "12"
  | "13"
  | "14"
  | "15"
  | "16"
  | "17"
  | "18"
  | "19"
  | "20"
  | "21"
  | "22"
  | "23"
  | "24"
  | "25"
  | "26"
  | "27"
  | "28"
  | "29"
  | "30"
  | "31"
  | "32"
  | "33"
  | "34"
  | "35"
  | "36"
  | "37"
  | "38"
  | "39"
  | "40"
  | "41"
  | "42"
  | "43"
  | "44"
  | "45"
  | "46"
  | "47"
  | "48"
  | "49"
  | "50"
  | "51"
  | "52"
  | "53"
  | "54"
  | "55"
  | "56"
  | "97"
  | "98";

/**
 * 资金来源: code of the fundingSource list (closed).
 */
export type FundingSourceCode = "central" | "provincial" | "city" | "county" | "charity" | "other";

/**
 * 健康状况: code of the healthCondition list (open).
 */
export type HealthConditionCode = "healthy" | "chronicIllness" | "seriousIllness" | "disabled" | (string & {});

/**
 * 户口性质（历史）: code of the hukouCategory list (closed).
 */
export type HukouCategoryCode = "agricultural" | "non-agricultural";

/**
 * 机构性质: code of the institutionOwnership list (open).
 */
export type InstitutionOwnershipCode = "public" | "private" | "publicBuiltPrivatelyRun" | (string & {});

/**
 * 险种: code of the insuranceScheme list (closed).
 */
export type InsuranceSchemeCode =
  | "pension.employee"
  | "pension.institution"
  | "pension.resident"
  | "medical.employee"
  | "medical.resident"
  | "medical.nrcms"
  | "unemployment"
  | "workInjury"
  | "maternity"
  | "medical.urbanResident"
  | "pension.ruralResident"
  | "pension.urbanResident"
  | "medical.civilServantSubsidy"
  | "medical.largeExpenseSubsidy"
  | "medical.retiredCadres"
  | "medical.residentCriticalIllness"
  | "longTermCare";

/**
 * 劳动能力: code of the labourCapacity list (closed).
 */
export type LabourCapacityCode = "full" | "partial" | "none";

/**
 * 法定义务: code of the legalSupportObligation list (closed).
 */
export type LegalSupportObligationCode = "maintenance" | "upbringing" | "support";

/**
 * 异地就医备案类型: code of the medicalRegistrationType list (closed).
 */
export type MedicalRegistrationTypeCode =
  "longTermResidence" | "resettledRetiree" | "postedWorker" | "temporary" | "referral" | "emergency";

/**
 * 机构类型: code of the organisationKind list (open).
 */
export type OrganisationKindCode = "charity" | "careHome" | "childWelfare" | (string & {});

/**
 * 参保身份: code of the participationType list (closed).
 */
export type ParticipationTypeCode =
  "unitEmployee" | "migrantWorker" | "flexibleEmployment" | "selfEmployed" | "institutionStaff" | "resident";

/**
 * 发放状态: code of the paymentStatus list (closed).
 */
export type PaymentStatusCode = "paid" | "failed" | "returned";

/**
 * 致贫原因: code of the povertyCause list (open).
 */
export type PovertyCauseCode =
  | "illness"
  | "disability"
  | "education"
  | "disaster"
  | "lackOfLabour"
  | "lackOfSkills"
  | "unemployment"
  | "oldAge"
  | "other"
  | (string & {});

/**
 * 查询用途: code of the readPurpose list (closed).
 */
export type ReadPurposeCode =
  | "dibaoReview"
  | "tekunReview"
  | "temporaryAssistanceReview"
  | "medicalAssistance"
  | "benefitVerification"
  | "transferContinuation"
  | "enrolmentRegistration"
  | "statistics"
  | "auditSupervision"
  | "selfService";

/**
 * 与户主关系: code of the relationToHead list (closed).
 */
export type RelationToHeadCode =
  | "01"
  | "02"
  | "10"
  | "11"
  | "12"
  | "20"
  | "21"
  | "22"
  | "23"
  | "24"
  | "25"
  | "26"
  | "27"
  | "28"
  | "29"
  | "30"
  | "31"
  | "32"
  | "33"
  | "34"
  | "35"
  | "36"
  | "37"
  | "38"
  | "39"
  | "40"
  | "41"
  | "42"
  | "43"
  | "44"
  | "45"
  | "46"
  | "47"
  | "48"
  | "49"
  | "50"
  | "51"
  | "52"
  | "53"
  | "54"
  | "55"
  | "56"
  | "57"
  | "58"
  | "59"
  | "60"
  | "61"
  | "62"
  | "63"
  | "64"
  | "65"
  | "66"
  | "67"
  | "68"
  | "69"
  | "70"
  | "71"
  | "72"
  | "73"
  | "74"
  | "75"
  | "76"
  | "77"
  | "78"
  | "79"
  | "80"
  | "81"
  | "82"
  | "83"
  | "84"
  | "85"
  | "86"
  | "87"
  | "88"
  | "89"
  | "90"
  | "91"
  | "92"
  | "93"
  | "94"
  | "95"
  | "96"
  | "97"
  | "99";

/**
 * 居住类型（城乡）: code of the residenceType list (closed).
 */
export type ResidenceTypeCode = "urban" | "rural";

/**
 * 复核结果: code of the reviewOutcome list (closed).
 */
export type ReviewOutcomeCode = "continued" | "raised" | "lowered" | "suspended" | "terminated";

/**
 * 性别: code of the sex list (closed).
 */
export type SexCode = "0" | "1" | "2" | "9";

/**
 * 优抚对象类别: code of the specialCareCategory list (open).
 */
export type SpecialCareCategoryCode =
  | "11"
  | "12"
  | "13"
  | "14"
  | "15"
  | "21"
  | "22"
  | "23"
  | "41"
  | "42"
  | "51"
  | "61"
  | "24"
  | "31"
  | "43"
  | (string & {});

/**
 * 残疾等级（优抚）: code of the specialCareDisabilityGrade list (closed).
 */
export type SpecialCareDisabilityGradeCode = "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10";

/**
 * 伤残性质: code of the specialCareDisabilityNature list (closed).
 */
export type SpecialCareDisabilityNatureCode = "inCombat" | "onDuty" | "illness";

/**
 * 转移接续单证类型: code of the transferDocumentKind list (closed).
 */
export type TransferDocumentKindCode = "contributionCertificate" | "contactLetter" | "informationSheet" | "other";

/**
 * 转移接续类型: code of the transferKind list (closed).
 */
export type TransferKindCode =
  | "pension.employee.intercity"
  | "medical.intercity"
  | "unemployment.intercity"
  | "pension.link.residentToEmployee"
  | "pension.link.employeeToResident"
  | "pension.institution.toEmployee"
  | "pension.employee.toInstitution"
  | "pension.institution.withinProvince"
  | "pension.resident.interregion";

/**
 * 转移步骤原因: code of the transferReason list (open).
 */
export type TransferReasonCode =
  | "applicantRequest"
  | "missingDocuments"
  | "drawingPension"
  | "duplicateEnrolment"
  | "recordMismatch"
  | "applicantWithdrew"
  | "other"
  | (string & {});

/**
 * 转移状态: code of the transferStatus list (closed).
 */
export type TransferStatusCode =
  "requested" | "letterIssued" | "fundsTransferred" | "completed" | "rejected" | "cancelled";

/**
 * 生存状态: code of the vitalStatus list (closed).
 */
export type VitalStatusCode = "alive" | "deceased" | "declaredMissing";

/**
 * 生存状态信息来源: code of the vitalStatusSource list (closed).
 */
export type VitalStatusSourceCode =
  | "householdDeregistration"
  | "medicalDeathCertificate"
  | "cremationRecord"
  | "courtDeclaration"
  | "dataMatching"
  | "familyReport"
  | "other";

/**
 * 人员: A person known to a social security agency. The identity number is the primary key; a person without one is identified by documents.
 */
export interface Person {
  /**
   * 记录类型: Record type, always "person".
   */
  recordType: "person";
  /**
   * 记录标识: Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.
   */
  id: RecordId;
  /**
   * 记录元数据: When and by whom the record was last updated.
   */
  meta: RecordMeta;
  /**
   * 公民身份号码: GB 11643 citizen identity number, 18 characters; lowercase x is accepted, X preferred. Also the social security number. Sensitivity: identifier.
   */
  idNumber?: IdNumber;
  /**
   * 证件: Identity documents, for people without a citizen identity number or in addition to it.
   *
   * @minItems 1
   */
  documents?: PersonDocument[];
  /**
   * 姓名: Full name as registered; minority names use the middle dot U+00B7. Sensitivity: personal.
   */
  name: string;
  /**
   * 性别: Sex, GB/T 2261.1.
   */
  sex: SexCode;
  /**
   * 出生日期: Date of birth. Sensitivity: personal.
   */
  birthDate: IsoDate;
  /**
   * 民族: Ethnicity, GB/T 3304 two-digit code. Sensitivity: personal.
   */
  ethnicity?: EthnicityCode;
  /**
   * 国籍: Nationality, ISO 3166-1 alpha-3 (CHN for Chinese citizens).
   */
  nationality: CountryCode;
  hukou?: PersonHukou;
  /**
   * 居住地: Division code of the place of actual residence.
   */
  residenceDivision?: DivisionCode;
  contact?: PersonContact;
  household?: PersonHousehold;
  /**
   * 死亡日期: Date of death, when known. Sensitivity: personal.
   */
  deathDate?: IsoDate;
  vitalStatus?: PersonVitalStatus;
  /**
   * 已被合并至: Set on a person found to duplicate another: the id of the person that replaces it (FHIR Patient.link replaced-by). The record is kept, never deleted; read the surviving person instead.
   */
  replacedBy?: RecordId;
  /**
   * 合并的重复人员: The ids of the duplicate persons this one replaces (FHIR Patient.link replaces); each of them names this person in replacedBy.
   *
   * @minItems 1
   */
  replaces?: RecordId[];
  /**
   * 扩展: Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.
   */
  extensions?: {
    [k: string]: unknown | undefined;
  };
}
export interface PersonDocument {
  /**
   * 证件类型: Document type.
   */
  type: DocumentTypeCode;
  /**
   * 证件号码: Document number as printed. Sensitivity: identifier.
   */
  number: string;
  /**
   * 签发国家: ISO 3166-1 alpha-3 code of the issuing country.
   */
  issuingCountry?: CountryCode;
}
/**
 * 户籍: Household registration (hukou).
 */
export interface PersonHukou {
  /**
   * 户籍所在地: Division code of the place of household registration.
   */
  division: DivisionCode;
  /**
   * 城乡类型: Urban or rural residence, which decides the resident scheme.
   */
  residenceType: ResidenceTypeCode;
  /**
   * 户口性质（历史）: Agricultural or non-agricultural hukou, a historical attribute abolished in 2014.
   */
  historicalCategory?: HukouCategoryCode;
}
/**
 * 联系方式: Contact details.
 */
export interface PersonContact {
  /**
   * 手机号码: Mobile phone number, 11 digits starting with 1. Sensitivity: personal.
   */
  mobile?: string;
  /**
   * 固定电话: Landline number. Sensitivity: personal.
   */
  phone?: string;
  /**
   * 联系地址: Postal address. Sensitivity: personal.
   */
  address?: string;
}
/**
 * 家庭户: Membership of a household.
 */
export interface PersonHousehold {
  /**
   * 户标识: Identifier of the household (not a record id).
   */
  householdId: string;
  /**
   * 与户主关系: Relationship to the head of household, GB/T 4761 two-digit code.
   */
  relationToHead: RelationToHeadCode;
}
/**
 * 生存状态: Vital status: alive, deceased or declared missing, with the date, the source of the information and when it was last verified. Supersedes deathDate (still accepted): when both are given they must agree.
 */
export interface PersonVitalStatus {
  /**
   * 生存状态: alive; deceased (including a court's declaration of death, 宣告死亡); declaredMissing (宣告失踪 by a court: benefits are suspended, not ended). Sensitivity: personal.
   */
  status: VitalStatusCode;
  /**
   * 死亡（宣告）日期: Date of death; for a court's declaration of death, the date of the judgment (民法典 art. 48); for declaredMissing, the date of the declaration. Sensitivity: personal.
   */
  date?: IsoDate;
  /**
   * 信息来源: Where the agency learnt of the death or declaration (公安户籍注销, 医学死亡证明, 火化记录, 法院宣告 …).
   */
  source?: VitalStatusSourceCode;
  /**
   * 核实日期: Date the status was last verified against its source (for alive: the last 待遇资格认证 / survival check).
   */
  verifiedOn?: IsoDate;
}

/**
 * 参保登记: A person's enrolment (参保登记) in one insurance scheme with one agency.
 */
export interface Enrolment {
  /**
   * 记录类型: Record type, always "enrolment".
   */
  recordType: "enrolment";
  /**
   * 记录标识: Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.
   */
  id: RecordId;
  /**
   * 记录元数据: When and by whom the record was last updated.
   */
  meta: RecordMeta;
  /**
   * 人员: Id of the enrolled person record.
   */
  personId: RecordRef;
  /**
   * 险种: Insurance scheme; the code list's family and employeeScheme columns classify it.
   */
  scheme: InsuranceSchemeCode;
  /**
   * 参保城市: City of the enrolment.
   */
  city: CityCode;
  /**
   * 经办机构: Agency that manages the enrolment.
   */
  agency: Agency;
  employer?: EnrolmentEmployer;
  /**
   * 个人缴费状态: Contribution status.
   */
  contributionStatus: ContributionStatusCode;
  /**
   * 在职离退休状态: Whether the person is in employment or retired.
   */
  employmentStatus: EmploymentStatusCode;
  /**
   * 参保期间: Period of the enrolment.
   */
  period: Period;
  /**
   * 月缴费基数: Current monthly contribution base (wage), in fen. Sensitivity: special.
   */
  monthlyContributionBase?: AmountFen;
  /**
   * 缴费记录: Contributions per calendar year.
   */
  contributions?: ContributionYear[];
  /**
   * 参保身份: How the person takes part: unit employee (enrolled by the employer), flexible worker or self-employed (individually), …; an employer is required only where the code list's employerRequired column says so. Absent: judged as 1.0 did (an employee scheme names an employer).
   */
  participationType?: ParticipationTypeCode;
  /**
   * 参保终止原因: Why the enrolment ended (retired and drawing a pension, moved away, died, stopped contributing …); only on an enrolment that has ended.
   */
  endReason?: EnrolmentEndReasonCode;
  /**
   * 扩展: Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.
   */
  extensions?: {
    [k: string]: unknown | undefined;
  };
}
/**
 * 参保单位: The employer, for employee schemes only.
 */
export interface EnrolmentEmployer {
  /**
   * 单位统一社会信用代码: The employer's unified social credit code.
   */
  creditCode: CreditCode;
  /**
   * 单位名称: The employer's name.
   */
  name?: string;
}

/**
 * 转出方: Where the insurance relationship comes from. Either a side in the three cities (agency and enrolment records of the dataset) or a pooling region elsewhere, referenced as external.
 */
export type TransferFrom = (
  | {
      agency: unknown;
      enrolmentId: unknown;
    }
  | {
      external: unknown;
    }
) & {
  /**
   * 统筹区: Pooling region (统筹区) of the agency: a GB/T 2260 division code in force on the transfer's date — 430100, 430200 or 430300 for the three cities, any other city or county code (e.g. 440100 广州, 511621 岳池县) for a side outside them.
   */
  city: CityCode | DivisionCode;
  /**
   * 经办机构: The agency.
   */
  agency?: Agency;
  /**
   * 参保登记: Id of the enrolment being transferred out.
   */
  enrolmentId?: RecordRef;
  external?: TransferFromExternal;
};
/**
 * 转入方: Where the insurance relationship goes. Either a side in the three cities (agency and enrolment records of the dataset) or a pooling region elsewhere, referenced as external.
 */
export type TransferTo = (
  | {
      agency: unknown;
    }
  | {
      external: unknown;
    }
) & {
  /**
   * 统筹区: Pooling region (统筹区) of the agency: a GB/T 2260 division code in force on the transfer's date — 430100, 430200 or 430300 for the three cities, any other city or county code (e.g. 440100 广州, 511621 岳池县) for a side outside them.
   */
  city: CityCode | DivisionCode;
  /**
   * 经办机构: The agency.
   */
  agency?: Agency;
  /**
   * 参保登记: Id of the new enrolment; required once the transfer is completed (validator rule).
   */
  enrolmentId?: RecordRef;
  external?: TransferToExternal;
};

/**
 * 转移接续: A transfer (转移接续) of a person's insurance relationship between pooling regions (统筹区), between the employee and resident pension schemes, or between the institution and enterprise pension schemes; either side may lie outside the three cities.
 */
export interface Transfer {
  /**
   * 记录类型: Record type, always "transfer".
   */
  recordType: "transfer";
  /**
   * 记录标识: Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.
   */
  id: RecordId;
  /**
   * 记录元数据: When and by whom the record was last updated.
   */
  meta: RecordMeta;
  /**
   * 人员: Id of the person whose insurance moves.
   */
  personId: RecordRef;
  /**
   * 转移类型: Kind of transfer.
   */
  kind: TransferKindCode;
  from: TransferFrom;
  to: TransferTo;
  /**
   * 转移状态: Current status; equals the status of the last step.
   */
  status: TransferStatus;
  /**
   * 办理步骤: Steps of the transfer in time order.
   *
   * @minItems 1
   */
  steps: TransferStep[];
  /**
   * 转移月数: Number of contribution months moved; equals the sum of months of contributions.
   */
  contributionMonths: number;
  /**
   * 个人账户余额: Individual account balance moved in full, in fen. Sensitivity: special.
   */
  individualAccountBalance: AmountFen;
  /**
   * 统筹基金转移额: Pooled fund moved: 12% of each year's contribution base since 1998, in fen.
   */
  pooledFundAmount: AmountFen;
  /**
   * 缴费记录: The contribution years the amounts were computed from.
   */
  contributions: ContributionYear[];
  linking?: TransferLinking;
  /**
   * 扩展: Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.
   */
  extensions?: {
    [k: string]: unknown | undefined;
  };
}
/**
 * 转出方外地经办机构与参保: The source side when it lies outside the dataset (a pooling region outside the three cities): the outside agency and the person's enrolment there, as that office identifies them.
 */
export interface TransferFromExternal {
  agency: TransferFromExternalAgency;
  /**
   * 外地参保编号: The person's enrolment at the outside agency: its own id (个人编号 or record number), not a record of this dataset. Sensitivity: identifier.
   */
  localId: string;
}
/**
 * 外地经办机构: The outside social insurance agency (社会保险经办机构).
 */
export interface TransferFromExternalAgency {
  /**
   * 机构名称: Name of the agency as on its documents (e.g. 广州市社会保险基金管理中心).
   */
  name: string;
  /**
   * 统一社会信用代码: The agency's unified social credit code, where known.
   */
  creditCode?: CreditCode;
}
/**
 * 转入方外地经办机构与参保: The receiving side when it lies outside the dataset (a pooling region outside the three cities): the outside agency and the person's enrolment there, as that office identifies them.
 */
export interface TransferToExternal {
  agency: TransferToExternalAgency;
  /**
   * 外地参保编号: The person's enrolment at the outside agency: its own id (个人编号 or record number), not a record of this dataset. Sensitivity: identifier.
   */
  localId: string;
}
/**
 * 外地经办机构: The outside social insurance agency (社会保险经办机构).
 */
export interface TransferToExternalAgency {
  /**
   * 机构名称: Name of the agency as on its documents (e.g. 广州市社会保险基金管理中心).
   */
  name: string;
  /**
   * 统一社会信用代码: The agency's unified social credit code, where known.
   */
  creditCode?: CreditCode;
}
export interface TransferStep {
  /**
   * 步骤状态: Status reached by this step.
   */
  status: TransferStatus;
  /**
   * 时间: When the step happened.
   */
  at: IsoDateTime;
  /**
   * 原因: Reason for the step, mostly for rejections and cancellations.
   */
  reasonCode?: TransferReasonCode;
  /**
   * 备注: Free-text note.
   */
  note?: string;
  /**
   * 相关单证: Documents issued or received at this step (参保缴费凭证, 联系函, 信息表 …), each with its number, so the receiving office and an auditor can match them.
   */
  documents?: TransferStepDocument[];
}
export interface TransferStepDocument {
  /**
   * 单证类型: Kind of document.
   */
  kind: TransferDocumentKindCode;
  /**
   * 单证编号: The document's number as printed on it.
   */
  number: string;
  /**
   * 出具日期: Date the document was issued.
   */
  issuedOn?: IsoDate;
}
/**
 * 城乡衔接: Months in each pension scheme, for linking transfers between the employee and resident schemes.
 */
export interface TransferLinking {
  /**
   * 职工养老保险月数: Months contributed to the employee pension scheme.
   */
  employeeSchemeMonths: number;
  /**
   * 居民养老保险月数: Months contributed to the resident pension scheme.
   */
  residentSchemeMonths: number;
}

/**
 * 救助福利: A case of social assistance, welfare, mutual aid (charity) or special care for a person or a household.
 */
export interface Assistance {
  /**
   * 记录类型: Record type, always "assistance".
   */
  recordType: "assistance";
  /**
   * 记录标识: Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.
   */
  id: RecordId;
  /**
   * 记录元数据: When and by whom the record was last updated.
   */
  meta: RecordMeta;
  /**
   * 项目: Programme; the code list's pillar column groups programmes.
   */
  programme: AssistanceProgrammeCode;
  /**
   * 受助人: Id of the beneficiary person record.
   */
  personId?: RecordRef;
  household?: AssistanceHousehold;
  /**
   * 保障人数: Number of covered members; equals the members marked covered when members are given.
   */
  coveredMembers?: number;
  /**
   * 城市: City of the case.
   */
  city: CityCode;
  /**
   * 经办机构: Agency that manages the case.
   */
  agency: Agency;
  /**
   * 案件状态: Status of the case.
   */
  caseStatus: CaseStatusCode;
  dates: AssistanceDates;
  /**
   * 保障标准: Local monthly standard per person (dibao, tekun), in fen.
   */
  monthlyStandard?: AmountFen;
  /**
   * 家庭月人均收入: Household monthly income per person, in fen. Sensitivity: special.
   */
  perCapitaIncome?: AmountFen;
  /**
   * 月保障金额: Basic benefit of the case, in fen: per month unless benefitFrequency says it is one-off or per event. Sensitivity: special.
   */
  benefitAmount: AmountFen;
  /**
   * 分类施保金额: Monthly classified supplement (分类施保) apart from the basic benefit, in fen. Sensitivity: special.
   */
  classifiedSupplement?: AmountFen;
  /**
   * 发放记录: Payments made.
   */
  payments?: PaymentLine[];
  /**
   * 上次复核日期: Date of the last review of the case.
   */
  lastReviewDate?: IsoDate;
  /**
   * 下次复核日期: Date the next review is due.
   */
  nextReviewDate?: IsoDate;
  charity?: AssistanceCharity;
  specialCare?: AssistanceSpecialCare;
  institution?: AssistanceInstitution;
  /**
   * 扩展: Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.
   */
  extensions?: {
    [k: string]: unknown | undefined;
  };
  /**
   * 所在区县: County-level division (GB/T 2260) of the case, e.g. 430225 炎陵县; rural 低保 standards are often set per county. Absent: the agency's division.
   */
  division?: DivisionCode;
  /**
   * 发放频次: How often benefitAmount is paid; absent: monthly, as in 1.0.
   */
  benefitFrequency?: BenefitFrequencyCode;
  /**
   * 待遇形式: Whether the benefit is cash, in kind or a service; absent: cash.
   */
  benefitKind?: BenefitKindCode;
  /**
   * 低保分类: Classification of a 低保 household (e.g. A priority, B general, C short-term). Sensitivity: special.
   */
  dibaoCategory?: DibaoCategoryCode;
  /**
   * 保障档次: Tier (档次) of the case in a 分档 programme, where the amount per member is set by the tier instead of by the income gap; absent: the benefit is the gap (差额). Sensitivity: special.
   */
  benefitTier?: number;
  /**
   * 致贫原因: Causes of poverty (致贫原因); several may apply. Sensitivity: special.
   *
   * @minItems 1
   */
  povertyCauses?: PovertyCauseCode[];
  /**
   * 分类施保原因: Why the classified supplement (分类施保) is paid; several may apply. Sensitivity: special.
   *
   * @minItems 1
   */
  classifiedSupplementReasons?: ClassifiedSupplementReasonCode[];
  gradualExit?: AssistanceGradualExit;
  singleMemberCoverage?: AssistanceSingleMemberCoverage;
  /**
   * 复核记录: History of the case's periodic reviews, oldest first (有进有出、有升有降).
   */
  reviews?: AssistanceReview[];
  /**
   * 法定义务人: Persons outside the household with a legal duty to support a member (法定赡养、抚养、扶养义务人); their capacity counts in the means test.
   */
  legalSupporters?: AssistanceLegalSupporter[];
}
/**
 * 家庭: The household, for household-assessed programmes such as dibao.
 */
export interface AssistanceHousehold {
  /**
   * 户标识: Identifier of the household (not a record id).
   */
  householdId: string;
  /**
   * 户主: Id of the person record of the head of household.
   */
  headPersonId: RecordRef;
  /**
   * 家庭人口: Number of people in the household.
   */
  size: number;
  /**
   * 家庭成员: Members of the household.
   */
  members?: AssistanceHouseholdMember[];
}
export interface AssistanceHouseholdMember {
  /**
   * 成员: Id of the member's person record.
   */
  personId: RecordRef;
  /**
   * 与户主关系: Relationship to the head of household.
   */
  relationToHead: RelationToHeadCode;
  /**
   * 是否保障: Whether the member is covered by the case.
   */
  covered: boolean;
  /**
   * 成员起始日期: First day the person is a member of the household (moved in, born, married in).
   */
  memberSince?: IsoDate;
  /**
   * 成员终止日期: Last day the person is a member of the household (moved out, died); absent: still a member.
   */
  memberUntil?: IsoDate;
  /**
   * 劳动能力: The member's capacity to work; a covered member who can work shortens the review interval. Sensitivity: special.
   */
  labourCapacity?: LabourCapacityCode;
  disability?: AssistanceHouseholdMemberDisability;
  /**
   * 健康状况: The member's health condition. Sensitivity: special.
   */
  healthCondition?: HealthConditionCode;
}
/**
 * 残疾情况: The member's disability as on the 残疾人证 (GB/T 26341). Sensitivity: special.
 */
export interface AssistanceHouseholdMemberDisability {
  /**
   * 残疾类别: Disability category. Sensitivity: special.
   */
  category: DisabilityCategoryCode;
  /**
   * 残疾等级: Disability grade, 1 (most severe) to 4. Sensitivity: special.
   */
  grade: DisabilityGradeCode;
  /**
   * 残疾人证号: Number of the disability certificate (残疾人证号, usually the identity number followed by category and grade digits). Sensitivity: special.
   */
  certificateNumber?: string;
}
/**
 * 办理日期: Dates of the case.
 */
export interface AssistanceDates {
  /**
   * 申请日期: Date of application.
   */
  applied: IsoDate;
  /**
   * 批准日期: Date of approval.
   */
  approved?: IsoDate;
  /**
   * 终止日期: Date the case ended.
   */
  terminated?: IsoDate;
}
/**
 * 慈善救助: Charity relief details; required for charityRelief. The fund source, and (1.1) the charity and project that funded the relief and its purpose.
 */
export interface AssistanceCharity {
  /**
   * 资金来源: Source of the charity funds.
   */
  fundingSource: CharityFundingSourceCode;
  /**
   * 慈善组织: Id of the organisation record of the charity that paid the relief.
   */
  organisationId?: RecordRef;
  /**
   * 资助项目: Code of the charity's project that funded the relief: one of the projects of the organisation in organisationId.
   */
  projectCode?: string;
  /**
   * 救助用途: What the relief was for; relief from a restricted project must be for one of the project's purposes.
   */
  purpose?: CharityPurposeCode;
}
/**
 * 优抚: Special-care details; required for specialCare. Give the person's categories in categories (1.1); 1.0's single category stays valid.
 */
export interface AssistanceSpecialCare {
  /**
   * 优抚对象类别: Special-care category (the only one in 1.0; in 1.1 list every category in categories). Sensitivity: special.
   */
  category: SpecialCareCategoryCode;
  /**
   * 优抚对象类别（多项）: Every special-care category of the person (several may apply, e.g. a disabled veteran of combat). Sensitivity: special.
   *
   * @minItems 1
   */
  categories?: SpecialCareCategoryCode[];
  disability?: AssistanceSpecialCareDisability;
}
/**
 * 伤残情况: Disability of a disabled serviceman or other disabled special-care person: grade 一级–十级 and nature. Sensitivity: special.
 */
export interface AssistanceSpecialCareDisability {
  /**
   * 伤残等级: 伤残等级, 1 (一级, most severe) to 10 (十级). Sensitivity: special.
   */
  grade: SpecialCareDisabilityGradeCode;
  /**
   * 伤残性质: 伤残性质: in combat, on duty or of illness. Sensitivity: special.
   */
  nature: SpecialCareDisabilityNatureCode;
  /**
   * 伤残证件号: Number of the disability certificate (残疾军人证 etc.). Sensitivity: special.
   */
  certificateNumber?: string;
}
/**
 * 供养机构: The welfare institution where the beneficiary lives (特困 集中供养, institutional welfare): the organisation record and the dates of residence. New in 1.1.
 */
export interface AssistanceInstitution {
  /**
   * 机构: Id of the organisation record of the institution.
   */
  organisationId: RecordRef;
  /**
   * 入住日期: Date the beneficiary moved in; absent: the case's approval (else application) date.
   */
  admitted?: IsoDate;
  /**
   * 离开日期: Last day of residence; absent: the case's termination date, or still resident.
   */
  left?: IsoDate;
}
/**
 * 渐退期: 渐退期: the household's income rose above the standard after a member found work, and it keeps 低保 for a transition period (民发〔2021〕57号). Its presence is the flag; the dates bound it.
 */
export interface AssistanceGradualExit {
  /**
   * 渐退期开始: First day of the transition period.
   */
  start: IsoDate;
  /**
   * 渐退期结束: Last day of the transition period (inclusive).
   */
  end: IsoDate;
}
/**
 * 单人保: 单人保: one member of a household is covered alone (e.g. a severely disabled adult in a household above the standard, 民发〔2021〕57号). Its presence is the flag; the covered member is the one marked covered.
 */
export interface AssistanceSingleMemberCoverage {
  /**
   * 单人保开始: First day of single-member coverage.
   */
  start: IsoDate;
  /**
   * 单人保结束: Last day of single-member coverage (inclusive); absent: still in force.
   */
  end?: IsoDate;
}
export interface AssistanceReview {
  /**
   * 复核日期: Date of the review.
   */
  date: IsoDate;
  /**
   * 复核结果: What the review decided.
   */
  outcome: ReviewOutcomeCode;
  /**
   * 复核前金额: Monthly basic benefit before the review, in fen. Sensitivity: special.
   */
  benefitBefore?: AmountFen;
  /**
   * 复核后金额: Monthly basic benefit after the review, in fen. Sensitivity: special.
   */
  benefitAfter?: AmountFen;
}
export interface AssistanceLegalSupporter {
  /**
   * 义务人: Id of the supporter's person record, when there is one.
   */
  personId?: RecordRef;
  /**
   * 义务人姓名: Name of the supporter. Sensitivity: personal.
   */
  name?: string;
  /**
   * 义务人身份号码: Identity number of the supporter. Sensitivity: personal.
   */
  idNumber?: IdNumber;
  /**
   * 义务类型: The legal obligation.
   */
  obligation: LegalSupportObligationCode;
  /**
   * 被赡（抚、扶）养人: Id of the member supported.
   */
  supportedPersonId?: RecordRef;
}

/**
 * 数据包: An export: an envelope naming the publisher, with the records.
 */
export interface Package {
  /**
   * 标准版本: Version of the standard the data follows.
   */
  schemaVersion: "1.1";
  /**
   * 发布机构: The agency publishing the export.
   */
  publisher: Agency;
  /**
   * 城市: City the export comes from.
   */
  city: CityCode;
  /**
   * 生成时间: When the export was produced.
   */
  created: IsoDateTime;
  /**
   * 数据截止日期: Date the data describes; the reference date of date-dependent rules.
   */
  asOf?: IsoDate;
  /**
   * 记录: The records of the export.
   */
  records: CztRecord[];
}

/**
 * JSON Lines 文件头: The optional first line of a JSON Lines export: the package envelope without records. Every other line is one record.
 */
export interface JsonlHeader {
  /**
   * 记录类型: Always "header".
   */
  recordType: "header";
  /**
   * 标准版本: Version of the standard the data follows.
   */
  schemaVersion: "1.1";
  /**
   * 发布机构: The agency publishing the export.
   */
  publisher: Agency;
  /**
   * 城市: City the export comes from.
   */
  city: CityCode;
  /**
   * 生成时间: When the export was produced.
   */
  created: IsoDateTime;
  /**
   * 数据截止日期: Date the data describes; the reference date of date-dependent rules.
   */
  asOf?: IsoDate;
  delta?: JsonlHeaderDelta;
}
/**
 * 增量导出: Present when the file is a delta export (czt export-changes): the changes of an exchange API server's feed after fromCursor up to untilCursor. Each record line is a changed record at its latest version (replacing the record with the same id of a full export); a line {"recordType": "retraction", "id"} removes the record with that id. Absent: a full export.
 */
export interface JsonlHeaderDelta {
  /**
   * 起始游标: The feed position the delta starts after (exclusive).
   */
  fromCursor: number;
  /**
   * 截止游标: The last feed position the delta includes; pass it as the next delta's fromCursor.
   */
  untilCursor: number;
  /**
   * 来源服务: The server whose feed the cursors belong to.
   */
  source?: string;
}

/**
 * 社会保险待遇: A social insurance benefit (待遇) granted to a person: a pension or allowance paid monthly, or a one-off grant, with its period, status and payment lines. A monthly benefit carries monthlyAmount, a one-off one oneOffAmount, and a terminated benefit says why (endReason): the validator checks these (benefit.amount-for-frequency, benefit.end-reason).
 */
export interface Benefit {
  /**
   * 记录类型: Record type, always "benefit".
   */
  recordType: "benefit";
  /**
   * 记录标识: Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.
   */
  id: RecordId;
  /**
   * 记录元数据: When and by whom the record was last updated.
   */
  meta: RecordMeta;
  /**
   * 待遇享受人: Id of the person record of the beneficiary.
   */
  personId: RecordRef;
  /**
   * 城市: City of the agency that pays the benefit.
   */
  city: CityCode;
  /**
   * 经办机构: Agency that pays the benefit.
   */
  agency: Agency;
  /**
   * 待遇类型: Type of benefit; the code list's family column names the insurance it is paid from. Work-injury benefits reveal a disability, hence special. Sensitivity: special.
   */
  benefitType: BenefitTypeCode;
  /**
   * 参保登记: Id of the enrolment record the benefit is paid from, when in the dataset.
   */
  enrolmentId?: RecordRef;
  /**
   * 待遇期间: Period of entitlement: the first day the benefit is due and, once it ended, the last (inclusive). A one-off grant has start = end or no end.
   */
  period: Period;
  /**
   * 待遇状态: Status of the benefit: in payment, suspended or terminated.
   */
  status: BenefitStatusCode;
  /**
   * 终止原因: Why the benefit ended; required when status is terminated. Sensitivity: personal.
   */
  endReason?: BenefitEndReasonCode;
  /**
   * 发放频次: Whether the benefit is paid monthly or once.
   */
  frequency: BenefitFrequencyCode;
  /**
   * 月待遇金额: Current monthly amount, in fen; required for a monthly benefit. Sensitivity: personal.
   */
  monthlyAmount?: AmountFen;
  /**
   * 一次性待遇金额: Amount of a one-off grant, in fen; required for a one-off benefit. Sensitivity: personal.
   */
  oneOffAmount?: AmountFen;
  /**
   * 发放记录: Payments made (发放明细), one line per payment.
   */
  payments?: PaymentLine[];
  /**
   * 扩展: Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.
   */
  extensions?: {
    [k: string]: unknown | undefined;
  };
}

/**
 * 异地就医备案: A registration (备案) for medical treatment outside the insured region (异地就医): who, of which type, from which insured region (参保地) to which place of treatment (就医地), for which period. Health data: the type and place of treatment are special.
 */
export interface MedicalRegistration {
  /**
   * 记录类型: Record type, always "medicalRegistration".
   */
  recordType: "medicalRegistration";
  /**
   * 记录标识: Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.
   */
  id: RecordId;
  /**
   * 记录元数据: When and by whom the record was last updated.
   */
  meta: RecordMeta;
  /**
   * 参保人: Id of the person record of the insured person.
   */
  personId: RecordRef;
  /**
   * 参保登记: Id of the medical insurance enrolment, when in the dataset.
   */
  enrolmentId?: RecordRef;
  /**
   * 城市: City of the agency holding the registration.
   */
  city: CityCode;
  /**
   * 经办机构: Agency that accepted the registration (usually the 医保 agency of the insured region).
   */
  agency: Agency;
  /**
   * 备案类型: Type of registration: long-term residence elsewhere, resettled retiree, posted worker, temporary treatment, referral … Sensitivity: special.
   */
  registrationType: MedicalRegistrationTypeCode;
  /**
   * 参保地: GB/T 2260 code of the insured region (参保地, the pooling region).
   */
  insuredDivision: DivisionCode;
  /**
   * 就医地: GB/T 2260 code of the place of treatment (就医地). Sensitivity: special.
   */
  treatmentDivision: DivisionCode;
  /**
   * 备案有效期: Period the registration is valid (inclusive); absent end while open.
   */
  period: Period;
  /**
   * 备案日期: Date the registration was filed.
   */
  registeredOn?: IsoDate;
  /**
   * 扩展: Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.
   */
  extensions?: {
    [k: string]: unknown | undefined;
  };
}

/**
 * 异地就医结算: The summary of one direct settlement of medical costs outside the insured region (异地就医直接结算). The components add up: totalCost = pooledFundPayment + criticalIllnessPayment + otherFundPayment + outOfPocket (absent parts count 0), and medicalAidPayment and individualAccountPayment are paid out of the personal burden outOfPocket, so neither alone nor together exceed it; policyRangeCost ≤ totalCost. All amounts in fen. Health data: the costs are special.
 */
export interface MedicalSettlement {
  /**
   * 记录类型: Record type, always "medicalSettlement".
   */
  recordType: "medicalSettlement";
  /**
   * 记录标识: Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.
   */
  id: RecordId;
  /**
   * 记录元数据: When and by whom the record was last updated.
   */
  meta: RecordMeta;
  /**
   * 参保人: Id of the person record of the insured person.
   */
  personId: RecordRef;
  /**
   * 参保登记: Id of the medical insurance enrolment, when in the dataset.
   */
  enrolmentId?: RecordRef;
  /**
   * 备案记录: Id of the registration (备案) the settlement was made under, when in the dataset.
   */
  registrationId?: RecordRef;
  /**
   * 城市: City of the agency reporting the settlement.
   */
  city: CityCode;
  /**
   * 经办机构: Agency reporting the settlement.
   */
  agency: Agency;
  /**
   * 参保地: GB/T 2260 code of the insured region (参保地).
   */
  insuredDivision: DivisionCode;
  /**
   * 就医地: GB/T 2260 code of the place of treatment (就医地). Sensitivity: special.
   */
  treatmentDivision: DivisionCode;
  /**
   * 结算日期: Date of the settlement (结算日期). Sensitivity: special.
   */
  settlementDate: IsoDate;
  /**
   * 医疗费用总额: Total medical costs of the settlement (医疗费用总额). Sensitivity: special.
   */
  totalCost: AmountFen;
  /**
   * 政策范围内费用: Costs within the policy range (符合政策范围内费用); at most totalCost. Sensitivity: special.
   */
  policyRangeCost?: AmountFen;
  /**
   * 统筹基金支付: Paid by the basic medical insurance pooled fund (统筹基金支付). Sensitivity: special.
   */
  pooledFundPayment: AmountFen;
  /**
   * 大病保险支付: Paid by critical-illness insurance (大病保险支付); absent = 0. Sensitivity: special.
   */
  criticalIllnessPayment?: AmountFen;
  /**
   * 其他基金支付: Paid by other insurance funds: 公务员医疗补助, 大额医疗费用补助, 离休人员医疗保障 (其他基金支付); absent = 0. Sensitivity: special.
   */
  otherFundPayment?: AmountFen;
  /**
   * 个人负担: The personal burden (个人负担): what the insurance funds leave to the person; medical aid and the individual account pay part of it, the person the rest in cash. Sensitivity: special.
   */
  outOfPocket: AmountFen;
  /**
   * 医疗救助支付: Paid by medical assistance (医疗救助) towards the personal burden; absent = 0; at most outOfPocket. Sensitivity: special.
   */
  medicalAidPayment?: AmountFen;
  /**
   * 个人账户支付: Paid from the employee's individual medical account (个人账户支付) towards the personal burden; absent = 0. Sensitivity: special.
   */
  individualAccountPayment?: AmountFen;
  /**
   * 扩展: Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.
   */
  extensions?: {
    [k: string]: unknown | undefined;
  };
}

/**
 * 机构: A charity organisation (慈善组织) or a welfare institution (养老机构, 儿童福利机构) that assistance cases and donations refer to. New in 1.1.
 */
export interface Organisation {
  /**
   * 记录类型: Record type, always "organisation".
   */
  recordType: "organisation";
  /**
   * 记录标识: Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.
   */
  id: RecordId;
  /**
   * 记录元数据: When and by whom the record was last updated.
   */
  meta: RecordMeta;
  /**
   * 机构类型: Kind of organisation: a charity, or a kind of welfare institution.
   */
  kind: OrganisationKindCode;
  /**
   * 机构名称: Registered name of the organisation.
   */
  name: string;
  /**
   * 统一社会信用代码: The organisation's unified social credit code (every registered organisation has one: a charity's starts with 5, registered by 民政, which the validator checks; a public institution's with 12).
   */
  creditCode: CreditCode;
  /**
   * 城市: City of the organisation.
   */
  city: CityCode;
  /**
   * 所在行政区划: Division (county or district) where the organisation is registered or the institution stands.
   */
  division: DivisionCode;
  /**
   * 机构性质: Ownership of a welfare institution (公办 / 民办 …).
   */
  ownership?: InstitutionOwnershipCode;
  /**
   * 床位数: Number of beds of a welfare institution (residents it may house); the cases placed in it beyond that are flagged (dataset.institution-over-capacity).
   */
  capacity?: number;
  /**
   * 登记日期: Date of registration (or recognition as a charity).
   */
  registeredOn?: IsoDate;
  /**
   * 慈善项目: A charity's projects and campaigns, which donations and charity relief cases refer to by code.
   */
  projects?: OrganisationProject[];
  /**
   * 扩展: Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.
   */
  extensions?: {
    [k: string]: unknown | undefined;
  };
}
export interface OrganisationProject {
  /**
   * 项目编号: The project's (or campaign's) code, unique within the organisation; donations and charity relief cases refer to it.
   */
  code: string;
  /**
   * 项目名称: Name of the project.
   */
  name?: string;
  /**
   * 资金用途: Purposes the project's funds may be used for.
   *
   * @minItems 1
   */
  purposes: CharityPurposeCode[];
  /**
   * 是否定向: Whether the project's funds are restricted (定向) to its purposes; relief paid from a restricted project must be for one of them.
   */
  restricted: boolean;
  /**
   * 项目期间: Period of the project or campaign.
   */
  period?: Period;
}

/**
 * 捐赠: A donation received by a charity organisation, by donor type, for a project or campaign, restricted or not. New in 1.1.
 */
export interface Donation {
  /**
   * 记录类型: Record type, always "donation".
   */
  recordType: "donation";
  /**
   * 记录标识: Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.
   */
  id: RecordId;
  /**
   * 记录元数据: When and by whom the record was last updated.
   */
  meta: RecordMeta;
  /**
   * 受赠机构: Id of the organisation record of the charity that received the donation.
   */
  organisationId: RecordRef;
  /**
   * 城市: City of the receiving organisation.
   */
  city: CityCode;
  /**
   * 捐赠人类型: Type of donor.
   */
  donorType: DonorTypeCode;
  /**
   * 捐赠人: Name of the donor; personal data when the donor is an individual (masked in every case, as the schema cannot tell). Sensitivity: personal.
   */
  donorName?: string;
  /**
   * 捐赠单位信用代码: The donor's unified social credit code, for an enterprise or a workplace.
   */
  donorCreditCode?: CreditCode;
  /**
   * 捐赠金额: Amount donated, in fen (money; the value of goods donated in kind).
   */
  amount: AmountFen;
  /**
   * 捐赠日期: Date the donation was received.
   */
  receivedOn: IsoDate;
  /**
   * 项目编号: Code of the project or campaign of the organisation the donation is for; absent when the donation is for the charity's general funds.
   */
  projectCode?: string;
  /**
   * 是否定向: Whether the donor restricted (定向) the donation to the project's purposes.
   */
  restricted: boolean;
  /**
   * 扩展: Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.
   */
  extensions?: {
    [k: string]: unknown | undefined;
  };
}

/**
 * 授权: A person's consent (授权) to agencies to read their records for named purposes, from a signed document such as the household means check authorisation (家庭经济状况核对授权书) of a 低保 applicant. A read of the exchange API whose purpose needs consent names one in CZT-Consent; the server checks it is valid on the day, not revoked, for that person, purpose and reading agency. New in 1.1.
 */
export interface Consent {
  /**
   * 记录类型: Record type, always "consent".
   */
  recordType: "consent";
  /**
   * 记录标识: Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.
   */
  id: RecordId;
  /**
   * 记录元数据: When and by whom the record was last updated.
   */
  meta: RecordMeta;
  /**
   * 授权人: Id of the person record of the person who consents.
   */
  personId: RecordRef;
  /**
   * 城市: City of the agency that holds the signed document.
   */
  city: CityCode;
  /**
   * 受理机构: Agency that received and keeps the signed document (the record's owner).
   */
  agency: Agency;
  /**
   * 被授权机构: Agencies the person authorises to read (each with its department); a read under the consent must come from one of them.
   *
   * @minItems 1
   * @maxItems 20
   */
  grantedTo: Agency[];
  /**
   * 授权范围: Record types the consent covers.
   *
   * @minItems 1
   */
  scope: (
    | "person"
    | "enrolment"
    | "transfer"
    | "assistance"
    | "benefit"
    | "medicalRegistration"
    | "medicalSettlement"
    | "consent"
  )[];
  /**
   * 授权用途: Purposes the consent covers (code list readPurpose).
   *
   * @minItems 1
   */
  purposes: ReadPurposeCode[];
  /**
   * 授权起始日: First day the consent is valid.
   */
  validFrom: IsoDate;
  /**
   * 授权截止日: Last day the consent is valid (inclusive), not before validFrom (consent.valid-until); absent: until revoked.
   */
  validUntil?: IsoDate;
  /**
   * 已撤回: Whether the person has withdrawn the consent (个人信息保护法 art. 15); a revoked consent covers no read from revokedAt on.
   */
  revoked: boolean;
  /**
   * 撤回时间: When the consent was withdrawn; given exactly when revoked is true (consent.revoked-at).
   */
  revokedAt?: IsoDateTime;
  document: ConsentDocument;
}
/**
 * 授权书: The signed document the consent comes from.
 */
export interface ConsentDocument {
  /**
   * 文书名称: Title of the document, e.g. 家庭经济状况核对授权书.
   */
  title?: string;
  /**
   * 文书编号: Number of the document in the receiving agency's files (核对授权书编号).
   */
  number: string;
  /**
   * 签署日期: Day the document was signed.
   */
  signedOn: IsoDate;
}

/**
 * Any record of the standard, by recordType.
 */
export type CztRecord =
  | Person
  | Enrolment
  | Transfer
  | Assistance
  | Benefit
  | MedicalRegistration
  | MedicalSettlement
  | Organisation
  | Donation
  | Consent;

/**
 * One line of a JSON Lines export: the optional header or a record.
 */
export type JsonLinesLine = JsonlHeader | CztRecord;
