-- dataset.two-basic-pensions: a basic pension (employee, institution or resident) of a person that starts on or before
-- the end of the earlier basic pension of that person reaching furthest (the first of those), persons matched by
-- identity number across cities. Terminated benefits without an end are left out.
WITH pension AS (
  SELECT b.ord, b.id, b.city, b.code AS benefit_type, b.start_day, COALESCE(b.end_day, 2147483647) AS last_day,
         record_person.person_group
  FROM dataset_index AS b
  JOIN record_person ON record_person.ord = b.ord
  WHERE b.record_type = 'benefit'
    AND b.person_id IS NOT NULL
    AND b.code IN ('pension.employee', 'pension.institution', 'pension.resident')
    AND NOT (COALESCE(b.status, '') = 'terminated' AND b.end_day IS NULL)
),
furthest AS (
  SELECT later.ord, later.start_day AS later_start, later.benefit_type, later.city,
         earlier.id AS earlier_id, earlier.last_day AS earlier_last, earlier.benefit_type AS earlier_benefit_type, earlier.city AS earlier_city,
         ROW_NUMBER() OVER (PARTITION BY later.ord ORDER BY earlier.last_day DESC, earlier.start_day, earlier.ord) AS reach_rank
  FROM pension AS later
  JOIN pension AS earlier
    ON earlier.person_group = later.person_group
   AND (earlier.start_day < later.start_day OR (earlier.start_day = later.start_day AND earlier.ord < later.ord))
)
SELECT ord, '/period' AS pointer,
       COALESCE(benefit_type, 'unknown') AS benefit_type,
       COALESCE(city, 'unknown') AS city,
       earlier_id AS other_id,
       COALESCE(earlier_benefit_type, 'unknown') AS other_benefit_type,
       COALESCE(earlier_city, 'unknown') AS other_city
FROM furthest
WHERE reach_rank = 1 AND later_start <= earlier_last
