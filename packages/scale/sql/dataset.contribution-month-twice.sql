-- dataset.contribution-month-twice: two enrolments of one person (matched across cities by identity number; a person
-- id no person record has stands for itself) in one overlap family (a supplement is its own) whose paid months
-- share at least one month: the later one (input order) is reported once, against the first earlier one sharing
-- months, with how many months they share and the first of them. Month ranges of one enrolment do not overlap.
WITH enrolment AS (
  SELECT e.ord, e.id, e.city, e.code AS scheme, COALESCE(e.scheme_family, '') AS scheme_family,
         record_person.person_group
  FROM dataset_index AS e
  JOIN record_person ON record_person.ord = e.ord
  WHERE e.record_type = 'enrolment'
    AND e.person_id IS NOT NULL
    AND EXISTS (SELECT 1 FROM dataset_month_range AS m WHERE m.ord = e.ord)
),
shared AS (
  SELECT later.ord AS later_ord, earlier.ord AS earlier_ord,
         SUM(LEAST(a.last_month, b.last_month) - GREATEST(a.first_month, b.first_month) + 1) AS months,
         MIN(GREATEST(a.first_month, b.first_month)) AS first_month
  FROM enrolment AS later
  JOIN enrolment AS earlier
    ON earlier.person_group = later.person_group
   AND earlier.scheme_family = later.scheme_family
   AND earlier.ord < later.ord
  JOIN dataset_month_range AS a ON a.ord = later.ord
  JOIN dataset_month_range AS b ON b.ord = earlier.ord
  WHERE GREATEST(a.first_month, b.first_month) <= LEAST(a.last_month, b.last_month)
  GROUP BY later.ord, earlier.ord
),
first_shared AS (
  SELECT later_ord, earlier_ord, months, first_month,
         ROW_NUMBER() OVER (PARTITION BY later_ord ORDER BY earlier_ord) AS pick
  FROM shared
)
SELECT later.ord,
       '/contributions' AS pointer,
       later.scheme,
       COALESCE(later.city, 'unknown') AS city,
       earlier.id AS other_id,
       earlier.scheme AS other_scheme,
       COALESCE(earlier.city, 'unknown') AS other_city,
       CAST(f.months AS INTEGER) AS months,
       CAST(CAST((f.first_month - f.first_month % 12) / 12 AS INTEGER) AS VARCHAR) || '-' || LPAD(CAST(f.first_month % 12 + 1 AS VARCHAR), 2, '0') AS first_month
FROM first_shared AS f
JOIN enrolment AS later ON later.ord = f.later_ord
JOIN enrolment AS earlier ON earlier.ord = f.earlier_ord
WHERE f.pick = 1
