import type { Check } from "../check.js";
import { assistanceReview } from "./assistance-review.js";
import { batchValidation, validationFindingsCapped } from "./batch-validation.js";
import { correctionsKeepVersions } from "./corrections.js";
import { duplicateCheck, duplicatesRefused } from "./duplicate-check.js";
import { feedOrderAndCompleteness } from "./feed-order.js";
import { idempotentReplay, idempotentTransition } from "./idempotency.js";
import { ignoredAuth } from "./ignored-auth.js";
import { invalidQueriesRejected, validQueriesAccepted } from "./list-queries.js";
import { personLinks } from "./person-links.js";
import { cursorPagination, negativeDataRejection, ownershipEnforced, ownIdsAndAgency, positiveDataAcceptance, useAfterCreate } from "./record-writes.js";
import { oversizedRequestRefused, requestLimits, unreadableBodyRefused, unsupportedMediaTypeRefused } from "./request-limits.js";
import { retractionTombstone } from "./retractions.js";
import { subscriptionRetries, subscriptionSignatures } from "./subscriptions.js";
import { invalidTransitionsRefused, staleEtagRefused, transferSidesEnforced, transferWorkflow } from "./transfers.js";
import { caseSearches } from "./case-searches.js";
import { deprecatedSearchHeaders, personSearchByBody } from "./person-search.js";
import { readsAudited } from "./read-audit.js";
import { consentEnforced, purposeEnforced } from "./read-purpose.js";

/** Every property check of the runner, in the order they run. */
export const checks: readonly Check[] = [
  ignoredAuth,
  positiveDataAcceptance,
  useAfterCreate,
  negativeDataRejection,
  ownershipEnforced,
  ownIdsAndAgency,
  cursorPagination,
  validQueriesAccepted,
  invalidQueriesRejected,
  duplicateCheck,
  duplicatesRefused,
  transferWorkflow,
  invalidTransitionsRefused,
  staleEtagRefused,
  transferSidesEnforced,
  idempotentReplay,
  idempotentTransition,
  assistanceReview,
  batchValidation,
  validationFindingsCapped,
  requestLimits,
  unsupportedMediaTypeRefused,
  unreadableBodyRefused,
  oversizedRequestRefused,
  feedOrderAndCompleteness,
  correctionsKeepVersions,
  retractionTombstone,
  personLinks,
  subscriptionSignatures,
  subscriptionRetries,
  purposeEnforced,
  consentEnforced,
  readsAudited,
  personSearchByBody,
  deprecatedSearchHeaders,
  caseSearches,
];
