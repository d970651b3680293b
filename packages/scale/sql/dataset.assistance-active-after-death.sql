-- dataset.assistance-active-after-death: an active assistance case all of whose beneficiaries (personId and the
-- covered household members, else the head) have died, by the earliest death any city's person record of their
-- identity number gives; reported with the latest of those deaths (the first beneficiary's, on a tie).
WITH first_with_id AS (
  SELECT id, MIN(ord) AS first_ord
  FROM dataset_index
  WHERE id IS NOT NULL
  GROUP BY id
),
person_key AS (
  SELECT ord, CASE WHEN id_number_hash IS NOT NULL THEN 'n:' || id_number_hash ELSE 'p:' || CAST(ord AS VARCHAR) END AS person_group
  FROM dataset_index
  WHERE record_type = 'person'
),
person_death AS (
  SELECT person_group, death_day, death_date_masked, death_record_id
  FROM (
    SELECT person_key.person_group, p.end_day AS death_day, p.death_date_masked, p.id AS death_record_id,
           ROW_NUMBER() OVER (PARTITION BY person_key.person_group ORDER BY p.end_day, p.ord) AS death_rank
    FROM dataset_index AS p
    JOIN person_key ON person_key.ord = p.ord
    WHERE p.end_day IS NOT NULL
  ) AS deaths
  WHERE death_rank = 1
),
active_case AS (
  SELECT ord, person_id
  FROM dataset_index
  WHERE record_type = 'assistance' AND status = 'active'
),
named AS (
  SELECT ord, person_id AS person_ref, -1 AS position FROM active_case WHERE person_id IS NOT NULL
  UNION ALL
  SELECT r.ord, r.reference AS person_ref, r.member_index AS position
  FROM dataset_reference AS r
  JOIN active_case ON active_case.ord = r.ord
  WHERE r.member_index IS NOT NULL AND r.covered = TRUE
),
beneficiary AS (
  SELECT ord, person_ref, position FROM named
  UNION ALL
  SELECT r.ord, r.reference AS person_ref, 0 AS position
  FROM dataset_reference AS r
  JOIN active_case ON active_case.ord = r.ord
  WHERE r.pointer = '/household/headPersonId'
    AND NOT EXISTS (SELECT 1 FROM named WHERE named.ord = r.ord)
),
beneficiary_death AS (
  SELECT beneficiary.ord, beneficiary.position, person_death.death_day, person_death.death_date_masked, person_death.death_record_id
  FROM beneficiary
  LEFT JOIN first_with_id ON first_with_id.id = beneficiary.person_ref
  LEFT JOIN person_key ON person_key.ord = first_with_id.first_ord
  LEFT JOIN person_death ON person_death.person_group = person_key.person_group
),
ranked AS (
  SELECT ord, death_date_masked, death_record_id,
         COUNT(*) OVER (PARTITION BY ord) AS beneficiaries,
         COUNT(death_day) OVER (PARTITION BY ord) AS deaths,
         ROW_NUMBER() OVER (PARTITION BY ord ORDER BY death_day DESC, position) AS latest
  FROM beneficiary_death
)
SELECT ord, '/caseStatus' AS pointer, death_date_masked AS death_date, death_record_id
FROM ranked
WHERE latest = 1 AND deaths = beneficiaries
