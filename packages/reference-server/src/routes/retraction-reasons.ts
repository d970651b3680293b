/**
 * Why a record is retracted (`RetractionRequest.reason` of the contract): entered in error,
 * a duplicate of another record, filed against the wrong person, or another reason given in `note`.
 */
export const retractionReasons = ["entered-in-error", "duplicate", "wrong-person", "other"] as const;
export type RetractionReason = (typeof retractionReasons)[number];
