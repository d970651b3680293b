-- dataset.transfer-source-active: a completed transfer whose source enrolment (the first record with its id,
-- an enrolment) is not terminated (contributionStatus 3).
SELECT transfer.ord, '/from/enrolmentId' AS pointer, source_ref.reference AS enrolment_id, COALESCE(source.status, 'unknown') AS contribution_status
FROM dataset_index AS transfer
JOIN dataset_reference AS source_ref ON source_ref.ord = transfer.ord AND source_ref.pointer = '/from/enrolmentId'
JOIN first_with_id ON first_with_id.id = source_ref.reference
JOIN dataset_index AS source ON source.ord = first_with_id.first_ord
WHERE transfer.record_type = 'transfer'
  AND transfer.status = 'completed'
  AND source.record_type = 'enrolment'
  AND COALESCE(source.status, '') <> '3'
