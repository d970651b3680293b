import type { DatasetRule, RecordRule } from "../rule.js";
import { assistanceCoveredMembersCountRule } from "./assistance-covered-members-count.js";
import { assistanceDibaoBenefitRule } from "./assistance-dibao-benefit.js";
import { assistanceDibaoIncomeBelowStandardRule } from "./assistance-dibao-income-below-standard.js";
import { assistanceDibaoMarginalCeilingRule } from "./assistance-dibao-marginal-ceiling.js";
import { assistanceDibaoStandardMatchesTableRule } from "./assistance-dibao-standard-matches-table.js";
import { assistanceHouseholdHeadRule } from "./assistance-household-head.js";
import { assistanceHouseholdHeadNotListedRule } from "./assistance-household-head-not-listed.js";
import { assistanceHouseholdSizeRule } from "./assistance-household-size.js";
import { assistanceTekunStandardRatioRule } from "./assistance-tekun-standard-ratio.js";
import { assistancePaymentAmountRule } from "./assistance-payment-amount.js";
import { assistanceReviewOverdueRule } from "./assistance-review-overdue.js";
import { assistanceSpecialCareFundingRule } from "./assistance-special-care-funding.js";
import { assistanceSpecialCareMainCategoryRule } from "./assistance-special-care-main-category.js";
import { codeNotActiveRule } from "./code-not-active.js";
import { codeNotYetInForceRule } from "./code-not-yet-in-force.js";
import { contributionKindRequirementsRule } from "./contribution-kind-requirements.js";
import { creditCodeCheckCharacterRule } from "./credit-code-check-character.js";
import { datasetContributionMonthTwiceRule } from "./dataset-contribution-month-twice.js";
import { datasetCharityProjectUnknownRule } from "./dataset-charity-project-unknown.js";
import { datasetCharityRestrictedPurposeRule } from "./dataset-charity-restricted-purpose.js";
import { datasetDibaoTwoCitiesRule } from "./dataset-dibao-two-cities.js";
import { datasetDuplicateEnrolmentRule } from "./dataset-duplicate-enrolment.js";
import { datasetDuplicatePersonRule } from "./dataset-duplicate-person.js";
import { datasetDuplicateRecordIdRule } from "./dataset-duplicate-record-id.js";
import { datasetFlatBenefitRule } from "./dataset-flat-benefit.js";
import { datasetInstitutionOverCapacityRule } from "./dataset-institution-over-capacity.js";
import { datasetOverlappingMedicalRule } from "./dataset-overlapping-medical.js";
import { datasetPersonConflictRule } from "./dataset-person-conflict.js";
import { datasetSharedCreditCodeRule } from "./dataset-shared-credit-code.js";
import { datasetTekunAndDibaoRule } from "./dataset-tekun-and-dibao.js";
import { datasetAssistedWithoutMedicalEnrolmentRule } from "./dataset-assisted-without-medical-enrolment.js";
import { datasetTransferSourceActiveRule } from "./dataset-transfer-source-active.js";
import { datasetTransferTargetMissingRule } from "./dataset-transfer-target-missing.js";
import { datasetUnresolvedReferenceRule } from "./dataset-unresolved-reference.js";
import { divisionValidOnDateRule } from "./division-valid-on-date.js";
import { enrolmentContributionBaseBoundsRule } from "./enrolment-contribution-base-bounds.js";
import { enrolmentContributionMonthsRule } from "./enrolment-contribution-months.js";
import { enrolmentContributionOutsidePeriodRule } from "./enrolment-contribution-outside-period.js";
import { enrolmentContributionRateRule } from "./enrolment-contribution-rate.js";
import { enrolmentContributionYearTwiceRule } from "./enrolment-contribution-year-twice.js";
import { enrolmentEmployerForEmployeeSchemeRule } from "./enrolment-employer-for-employee-scheme.js";
import { enrolmentEndReasonRule } from "./enrolment-end-reason.js";
import { idNumberBirthDateRule } from "./id-number-birth-date.js";
import { idNumberCheckCharacterRule } from "./id-number-check-character.js";
import { nameInvisibleCharactersRule } from "./name-invisible-characters.js";
import { organisationCharityCreditCodePrefixRule } from "./organisation-charity-credit-code-prefix.js";
import { periodOrderRule } from "./period-order.js";
import { personBirthDateMatchesIdRule } from "./person-birth-date-matches-id.js";
import { personSexMatchesIdRule } from "./person-sex-matches-id.js";
import { transferContributionMonthsRule } from "./transfer-contribution-months.js";
import { transferFundsWithinPoolRule } from "./transfer-funds-within-pool.js";
import { transferIndividualAccountRule } from "./transfer-individual-account.js";
import { transferLinkingDirectionRule } from "./transfer-linking-direction.js";
import { transferPooledFundRule } from "./transfer-pooled-fund.js";
import { transferPoolingRegionRule } from "./transfer-pooling-region.js";
import { transferSideOutsideThreeCitiesRule } from "./transfer-side-outside-three-cities.js";
import { transferStatusMatchesLastStepRule } from "./transfer-status-matches-last-step.js";
import { transferStepDeadlineRule } from "./transfer-step-deadline.js";
import { transferStepOrderRule } from "./transfer-step-order.js";
import { datasetContributingAfterDeathRule } from "./dataset-contributing-after-death.js";
import { datasetAssistanceActiveAfterDeathRule } from "./dataset-assistance-active-after-death.js";
import { datasetPaymentAfterDeathRule } from "./dataset-payment-after-death.js";
import { datasetDeathInOneCityRule } from "./dataset-death-in-one-city.js";
import { datasetBenefitAfterDeathRule } from "./dataset-benefit-after-death.js";
import { personVitalStatusDeathDateRule } from "./person-vital-status-death-date.js";
import { paymentAfterEndRule } from "./payment-after-end.js";
import { paymentBeforeStartRule } from "./payment-before-start.js";
import { paymentDuplicateMonthRule } from "./payment-duplicate-month.js";
import { paymentFundingSumRule } from "./payment-funding-sum.js";
import { medicalSettlementComponentsAddUpRule } from "./medical-settlement-components-add-up.js";
import { medicalSettlementMedicalAidExceedsOutOfPocketRule } from "./medical-settlement-medical-aid-exceeds-out-of-pocket.js";
import { datasetTwoBasicPensionsRule } from "./dataset-two-basic-pensions.js";
import { datasetPensionRecipientContributingRule } from "./dataset-pension-recipient-contributing.js";
import { datasetUnemploymentBenefitWhileEmployedRule } from "./dataset-unemployment-benefit-while-employed.js";
import { datasetSettlementOutsideRegistrationRule } from "./dataset-settlement-outside-registration.js";
import { benefitAmountForFrequencyRule } from "./benefit-amount-for-frequency.js";
import { benefitEndReasonRule } from "./benefit-end-reason.js";
import { consentRevokedAtRule } from "./consent-revoked-at.js";
import { consentValidUntilRule } from "./consent-valid-until.js";

/**
 * Record rules, in the order they run (and are listed in docs/rules.md). The identity
 * number's check character comes first: the rules after it stay silent on a number
 * whose check character is wrong.
 */
export const recordRules: readonly RecordRule[] = [
  idNumberCheckCharacterRule,
  idNumberBirthDateRule,
  personBirthDateMatchesIdRule,
  personSexMatchesIdRule,
  creditCodeCheckCharacterRule,
  divisionValidOnDateRule,
  codeNotActiveRule,
  nameInvisibleCharactersRule,
  periodOrderRule,
  enrolmentEmployerForEmployeeSchemeRule,
  enrolmentContributionBaseBoundsRule,
  transferPooledFundRule,
  transferIndividualAccountRule,
  transferContributionMonthsRule,
  transferStepOrderRule,
  transferStatusMatchesLastStepRule,
  transferStepDeadlineRule,
  transferLinkingDirectionRule,
  transferFundsWithinPoolRule,
  transferPoolingRegionRule,
  transferSideOutsideThreeCitiesRule,
  assistanceCoveredMembersCountRule,
  assistanceHouseholdSizeRule,
  assistanceHouseholdHeadRule,
  assistanceHouseholdHeadNotListedRule,
  assistanceTekunStandardRatioRule,
  assistanceDibaoBenefitRule,
  assistanceDibaoIncomeBelowStandardRule,
  assistanceDibaoStandardMatchesTableRule,
  assistanceReviewOverdueRule,
  enrolmentContributionOutsidePeriodRule,
  enrolmentContributionYearTwiceRule,
  enrolmentContributionMonthsRule,
  enrolmentContributionRateRule,
  enrolmentEndReasonRule,
  codeNotYetInForceRule,
  contributionKindRequirementsRule,
  assistancePaymentAmountRule,
  assistanceDibaoMarginalCeilingRule,
  personVitalStatusDeathDateRule,
  paymentAfterEndRule,
  paymentBeforeStartRule,
  paymentDuplicateMonthRule,
  paymentFundingSumRule,
  medicalSettlementComponentsAddUpRule,
  medicalSettlementMedicalAidExceedsOutOfPocketRule,
  benefitAmountForFrequencyRule,
  benefitEndReasonRule,
  consentValidUntilRule,
  consentRevokedAtRule,
  organisationCharityCreditCodePrefixRule,
  assistanceSpecialCareFundingRule,
  assistanceSpecialCareMainCategoryRule,
];

/** Rules across records, run once over the dataset index after all input is read. */
export const datasetRules: readonly DatasetRule[] = [
  datasetDuplicateRecordIdRule,
  datasetDuplicatePersonRule,
  datasetPersonConflictRule,
  datasetUnresolvedReferenceRule,
  datasetDuplicateEnrolmentRule,
  datasetOverlappingMedicalRule,
  datasetDibaoTwoCitiesRule,
  datasetTekunAndDibaoRule,
  datasetAssistedWithoutMedicalEnrolmentRule,
  datasetTransferSourceActiveRule,
  datasetTransferTargetMissingRule,
  datasetFlatBenefitRule,
  datasetSharedCreditCodeRule,
  datasetContributionMonthTwiceRule,
  datasetContributingAfterDeathRule,
  datasetAssistanceActiveAfterDeathRule,
  datasetPaymentAfterDeathRule,
  datasetDeathInOneCityRule,
  datasetBenefitAfterDeathRule,
  datasetTwoBasicPensionsRule,
  datasetPensionRecipientContributingRule,
  datasetUnemploymentBenefitWhileEmployedRule,
  datasetSettlementOutsideRegistrationRule,
  datasetCharityProjectUnknownRule,
  datasetCharityRestrictedPurposeRule,
  datasetInstitutionOverCapacityRule,
];
