-- dataset.charity-restricted-purpose: charity relief whose purpose is not among the purposes of the restricted
-- project that paid it (the organisation's first project of that code; the organisation is the first record of its
-- id). A project's purposes are one text, codes joined by ", ": a purpose is among them when ", purpose, " is in
-- ", purposes, ".
WITH relief AS (
  SELECT a.ord, a.project_code, a.charity_purpose, r.reference AS organisation_id
  FROM dataset_index AS a
  JOIN dataset_reference AS r ON r.ord = a.ord AND r.pointer = '/charity/organisationId'
  WHERE a.record_type = 'assistance' AND a.project_code IS NOT NULL AND a.charity_purpose IS NOT NULL
),
project AS (
  SELECT ord, code, restricted, purposes
  FROM (
    SELECT ord, code, restricted, purposes, ROW_NUMBER() OVER (PARTITION BY ord, code ORDER BY item_index) AS code_rank
    FROM dataset_project
  ) AS projects
  WHERE code_rank = 1
)
SELECT relief.ord,
       '/charity/purpose' AS pointer,
       relief.charity_purpose AS purpose,
       project.code AS project_code,
       relief.organisation_id,
       project.purposes
FROM relief
JOIN first_with_id ON first_with_id.id = relief.organisation_id
JOIN dataset_index AS organisation ON organisation.ord = first_with_id.first_ord
JOIN project ON project.ord = organisation.ord AND project.code = relief.project_code
WHERE organisation.record_type = 'organisation'
  AND project.restricted = TRUE
  AND POSITION(', ' || relief.charity_purpose || ', ' IN ', ' || project.purposes || ', ') = 0
