-- dataset.transfer-target-missing: a completed transfer naming no target enrolment (to.enrolmentId), unless
-- its receiving side is outside the dataset (to.external).
SELECT transfer.ord, '/to' AS pointer, COALESCE(transfer.code, 'unknown') AS kind
FROM dataset_index AS transfer
WHERE transfer.record_type = 'transfer'
  AND transfer.status = 'completed'
  AND COALESCE(transfer.to_outside, FALSE) = FALSE
  AND NOT EXISTS (
    SELECT 1 FROM dataset_reference AS target_ref
    WHERE target_ref.ord = transfer.ord AND target_ref.pointer = '/to/enrolmentId'
  )
