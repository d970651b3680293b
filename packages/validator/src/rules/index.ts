import type { DatasetRule, RecordRule } from "../rule.js";
import { assistanceCoveredMembersCountRule } from "./assistance-covered-members-count.js";
import { assistanceDibaoBenefitRule } from "./assistance-dibao-benefit.js";
import { assistanceDibaoIncomeBelowStandardRule } from "./assistance-dibao-income-below-standard.js";
import { assistanceDibaoStandardMatchesTableRule } from "./assistance-dibao-standard-matches-table.js";
import { assistanceHouseholdSizeRule } from "./assistance-household-size.js";
import { assistanceReviewOverdueRule } from "./assistance-review-overdue.js";
import { assistanceSpecialCareFundingRule } from "./assistance-special-care-funding.js";
import { codeNotActiveRule } from "./code-not-active.js";
import { creditCodeCheckCharacterRule } from "./credit-code-check-character.js";
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
import { datasetTekunAndDibaoRule } from "./dataset-tekun-and-dibao.js";
import { datasetTransferSourceActiveRule } from "./dataset-transfer-source-active.js";
import { datasetTransferTargetMissingRule } from "./dataset-transfer-target-missing.js";
import { datasetUnresolvedReferenceRule } from "./dataset-unresolved-reference.js";
import { divisionValidOnDateRule } from "./division-valid-on-date.js";
import { enrolmentContributionBaseBoundsRule } from "./enrolment-contribution-base-bounds.js";
import { enrolmentEmployerForEmployeeSchemeRule } from "./enrolment-employer-for-employee-scheme.js";
import { idNumberBirthDateRule } from "./id-number-birth-date.js";
import { idNumberCheckCharacterRule } from "./id-number-check-character.js";
import { nameInvisibleCharactersRule } from "./name-invisible-characters.js";
import { organisationCharityCreditCodePrefixRule } from "./organisation-charity-credit-code-prefix.js";
import { periodOrderRule } from "./period-order.js";
import { personBirthDateMatchesIdRule } from "./person-birth-date-matches-id.js";
import { personSexMatchesIdRule } from "./person-sex-matches-id.js";
import { transferContributionMonthsRule } from "./transfer-contribution-months.js";
import { transferIndividualAccountRule } from "./transfer-individual-account.js";
import { transferLinkingDirectionRule } from "./transfer-linking-direction.js";
import { transferPooledFundRule } from "./transfer-pooled-fund.js";
import { transferStatusMatchesLastStepRule } from "./transfer-status-matches-last-step.js";
import { transferStepDeadlineRule } from "./transfer-step-deadline.js";
import { transferStepOrderRule } from "./transfer-step-order.js";

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
  assistanceCoveredMembersCountRule,
  assistanceHouseholdSizeRule,
  assistanceDibaoBenefitRule,
  assistanceDibaoIncomeBelowStandardRule,
  assistanceDibaoStandardMatchesTableRule,
  assistanceReviewOverdueRule,
  organisationCharityCreditCodePrefixRule,
  assistanceSpecialCareFundingRule,
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
  datasetTransferSourceActiveRule,
  datasetTransferTargetMissingRule,
  datasetFlatBenefitRule,
  datasetCharityProjectUnknownRule,
  datasetCharityRestrictedPurposeRule,
  datasetInstitutionOverCapacityRule,
];
