-- dataset.person-conflict: a person record that disagrees on name, sex or birth date with the first earlier
-- person record of the same identity number in another city (the city unknown counts as one city).
WITH person AS (
  SELECT ord, id, city, id_number_hash, id_number_masked, name_hash, code AS sex, start_day AS birth_day
  FROM dataset_index
  WHERE record_type = 'person' AND id_number_hash IS NOT NULL
),
other_city AS (
  SELECT later.ord, MIN(earlier.ord) AS other_ord
  FROM person AS later
  JOIN person AS earlier
    ON earlier.id_number_hash = later.id_number_hash
   AND earlier.ord < later.ord
   AND COALESCE(earlier.city, 'unknown') <> COALESCE(later.city, 'unknown')
  GROUP BY later.ord
),
compared AS (
  SELECT later.ord, later.id_number_masked, later.city, other.id AS other_id, other.city AS other_city_code,
         CASE WHEN later.name_hash <> other.name_hash THEN 'name' END AS name_differs,
         CASE WHEN later.sex <> other.sex THEN 'sex' END AS sex_differs,
         CASE WHEN later.birth_day <> other.birth_day THEN 'birthDate' END AS birth_differs
  FROM other_city
  JOIN person AS later ON later.ord = other_city.ord
  JOIN person AS other ON other.ord = other_city.other_ord
)
SELECT ord,
       '/' || COALESCE(name_differs, sex_differs, birth_differs) AS pointer,
       id_number_masked AS id_number,
       COALESCE(city, 'unknown') AS city,
       other_id,
       COALESCE(other_city_code, 'unknown') AS other_city,
       CONCAT_WS(', ', name_differs, sex_differs, birth_differs) AS fields
FROM compared
WHERE COALESCE(name_differs, sex_differs, birth_differs) IS NOT NULL
