-- dataset.duplicate-person: a person record whose identity number an earlier person record of the same city has
-- (the city unknown counts as one city); the earlier one is the first of that number in that city.
SELECT later.ord, '/idNumber' AS pointer, later.id_number_masked AS id_number, COALESCE(later.city, 'unknown') AS city, first_record.id AS other_id
FROM (
  SELECT ord, city, id_number_masked, MIN(ord) OVER (PARTITION BY id_number_hash, city) AS first_ord
  FROM dataset_index
  WHERE record_type = 'person' AND id_number_hash IS NOT NULL
) AS later
JOIN dataset_index AS first_record ON first_record.ord = later.first_ord
WHERE later.ord > later.first_ord
