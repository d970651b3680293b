-- dataset.assistance-active-after-death: an active assistance case all of whose beneficiaries (personId and the
-- covered household members, else the head) have died, by the earliest death any city's person record of their
-- identity number gives; reported with the latest of those deaths (the first beneficiary's, on a tie).
WITH active_case AS (
  SELECT ord, person_id
  FROM dataset_index
  WHERE record_type = 'assistance' AND status = 'active'
),
beneficiary AS (
  SELECT b.ord, b.person_ref, b.beneficiary_index AS position
  FROM case_beneficiary AS b
  JOIN active_case ON active_case.ord = b.ord
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
