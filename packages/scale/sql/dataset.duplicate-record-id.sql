-- dataset.duplicate-record-id: every record whose id another record has too, with the number of records that have it.
SELECT ord, '/id' AS pointer, id AS id, occurrences
FROM (
  SELECT ord, id, COUNT(*) OVER (PARTITION BY id) AS occurrences
  FROM dataset_index
  WHERE id IS NOT NULL
) AS counted
WHERE occurrences > 1
