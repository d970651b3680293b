-- dataset.benefit-after-death: a benefit of a person who died (the earliest death any city's person record of that
-- identity number gives) still in payment, or running past the month of death; benefits paid because of a death are not reported.
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
  SELECT person_group, death_day, death_month_last_day, death_date_masked, death_record_id
  FROM (
    SELECT person_key.person_group, p.end_day AS death_day, p.death_month_last_day, p.death_date_masked, p.id AS death_record_id,
           ROW_NUMBER() OVER (PARTITION BY person_key.person_group ORDER BY p.end_day, p.ord) AS death_rank
    FROM dataset_index AS p
    JOIN person_key ON person_key.ord = p.ord
    WHERE p.end_day IS NOT NULL
  ) AS deaths
  WHERE death_rank = 1
)
SELECT e.ord,
       CASE WHEN e.status = 'inPayment' THEN '/status' ELSE '/period/end' END AS pointer,
       person_death.death_date_masked AS death_date,
       person_death.death_record_id
FROM dataset_index AS e
JOIN first_with_id ON first_with_id.id = e.person_id
JOIN person_key ON person_key.ord = first_with_id.first_ord
JOIN person_death ON person_death.person_group = person_key.person_group
WHERE e.record_type = 'benefit'
  AND COALESCE(e.paid_on_death, FALSE) = FALSE
  AND (
    e.status = 'inPayment'
    OR (e.end_day IS NOT NULL AND person_death.death_day < 2147483646 AND e.end_day > person_death.death_month_last_day)
  )
