-- dataset.unresolved-reference: a reference (personId, enrolmentId, headPersonId, household member, organisationId,
-- registrationId) whose id no record of the dataset has, or whose first record with that id is of another type.
SELECT r.ord,
       r.pointer,
       r.pointer AS field,
       r.reference,
       r.expected_type,
       CASE WHEN target.record_type IS NULL THEN '在本数据集中不存在' ELSE '是' || target.record_type || '记录' END AS problem_zh,
       CASE
         WHEN target.record_type IS NULL THEN 'is not in the dataset'
         WHEN SUBSTRING(target.record_type, 1, 1) IN ('a', 'e', 'i', 'o', 'u') THEN 'is an ' || target.record_type || ' record'
         ELSE 'is a ' || target.record_type || ' record'
       END AS problem_en
FROM dataset_reference AS r
LEFT JOIN first_with_id ON first_with_id.id = r.reference
LEFT JOIN dataset_index AS target ON target.ord = first_with_id.first_ord
WHERE target.record_type IS NULL OR target.record_type <> r.expected_type
