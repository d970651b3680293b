-- dataset.charity-project-unknown: a donation's projectCode, or a charity relief case's charity.projectCode, that
-- the organisation it names (the first record of that id, an organisation) does not list among its projects.
WITH funded AS (
  SELECT d.ord, '/projectCode' AS pointer, d.project_code, r.reference AS organisation_id
  FROM dataset_index AS d
  JOIN dataset_reference AS r ON r.ord = d.ord AND r.pointer = '/organisationId'
  WHERE d.record_type = 'donation' AND d.project_code IS NOT NULL
  UNION ALL
  SELECT a.ord, '/charity/projectCode' AS pointer, a.project_code, r.reference AS organisation_id
  FROM dataset_index AS a
  JOIN dataset_reference AS r ON r.ord = a.ord AND r.pointer = '/charity/organisationId'
  WHERE a.record_type = 'assistance' AND a.project_code IS NOT NULL
)
SELECT funded.ord, funded.pointer, funded.pointer AS field, funded.project_code, funded.organisation_id
FROM funded
JOIN first_with_id ON first_with_id.id = funded.organisation_id
JOIN dataset_index AS organisation ON organisation.ord = first_with_id.first_ord
WHERE organisation.record_type = 'organisation'
  AND NOT EXISTS (
    SELECT 1 FROM dataset_project AS p WHERE p.ord = organisation.ord AND p.code = funded.project_code
  )
