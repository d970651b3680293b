-- dataset.death-in-one-city: a person record without a death whose identity number has a person record of another
-- city (the city unknown counts as one) recording one; the death is the first record of that number that records
-- one, in input order. The pointer is the schema version's death field: /deathDate in 1.0, /vitalStatus after.
WITH person AS (
  SELECT ord, id, city, id_number_hash, end_day, death_date_masked
  FROM dataset_index
  WHERE record_type = 'person' AND id_number_hash IS NOT NULL
),
first_death AS (
  SELECT id_number_hash, city, id, death_date_masked
  FROM (
    SELECT id_number_hash, city, id, death_date_masked, ROW_NUMBER() OVER (PARTITION BY id_number_hash ORDER BY ord) AS death_rank
    FROM person
    WHERE end_day IS NOT NULL
  ) AS deaths
  WHERE death_rank = 1
)
SELECT p.ord,
       CASE WHEN run_setting.schema_version = '1.0' THEN '/deathDate' ELSE '/vitalStatus' END AS pointer,
       COALESCE(d.city, 'unknown') AS other_city,
       d.id AS other_id,
       d.death_date_masked AS death_date
FROM person AS p
JOIN first_death AS d ON d.id_number_hash = p.id_number_hash
CROSS JOIN run_setting
WHERE p.end_day IS NULL
  AND COALESCE(p.city, '') <> COALESCE(d.city, '')
