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
 * 年度缴费: The contributions of one calendar year.
 */
export interface ContributionYear {
  /**
   * 缴费年度: Calendar year of the contributions.
   */
  year: number;
  /**
   * 缴费月数: Number of months contributed in the year.
   */
  months: number;
  /**
   * 月缴费基数: Average monthly contribution base of the year (wage), in fen. Sensitivity: special.
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
  | "specialCare";

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
  | "maternity";

/**
 * 机构类型: code of the organisationKind list (open).
 */
export type OrganisationKindCode = "charity" | "careHome" | "childWelfare" | (string & {});

/**
 * 发放状态: code of the paymentStatus list (closed).
 */
export type PaymentStatusCode = "paid" | "failed" | "returned";

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
 * 转移接续类型: code of the transferKind list (closed).
 */
export type TransferKindCode =
  | "pension.employee.intercity"
  | "medical.intercity"
  | "unemployment.intercity"
  | "pension.link.residentToEmployee"
  | "pension.link.employeeToResident";

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
 * 转移接续: A transfer (转移接续) of a person's insurance relationship between cities or between the employee and resident pension schemes.
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
 * 转出方: Where the insurance relationship comes from.
 */
export interface TransferFrom {
  /**
   * 城市: City of the agency.
   */
  city: CityCode;
  /**
   * 经办机构: The agency.
   */
  agency: Agency;
  /**
   * 参保登记: Id of the enrolment being transferred out.
   */
  enrolmentId: RecordRef;
}
/**
 * 转入方: Where the insurance relationship goes.
 */
export interface TransferTo {
  /**
   * 城市: City of the agency.
   */
  city: CityCode;
  /**
   * 经办机构: The agency.
   */
  agency: Agency;
  /**
   * 参保登记: Id of the new enrolment; required once the transfer is completed (validator rule).
   */
  enrolmentId?: RecordRef;
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
   * 月保障金额: Monthly basic benefit of the case, in fen. Sensitivity: special.
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
  category?: SpecialCareCategoryCode;
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
 * Any record of the standard, by recordType.
 */
export type CztRecord = Person | Enrolment | Transfer | Assistance | Organisation | Donation;

/**
 * One line of a JSON Lines export: the optional header or a record.
 */
export type JsonLinesLine = JsonlHeader | CztRecord;
