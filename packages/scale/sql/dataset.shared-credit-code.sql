-- dataset.shared-credit-code: the agencies (credit code, division, department) the records name, each on the first
-- record naming it (in the order a record names them); every agency under a credit code but the first one using
-- it is reported on its first record, against that first one.
WITH agency_use AS (
  SELECT ord, item_index, pointer, credit_code, division, department
  FROM (
    SELECT ord, item_index, pointer, credit_code, division, department,
           ROW_NUMBER() OVER (PARTITION BY credit_code, division, department ORDER BY ord, item_index) AS use_rank
    FROM dataset_agency
  ) AS uses
  WHERE use_rank = 1
),
ranked AS (
  SELECT ord, item_index, pointer, credit_code, division, department,
         ROW_NUMBER() OVER (PARTITION BY credit_code ORDER BY ord, item_index) AS code_rank
  FROM agency_use
),
first_use AS (
  SELECT ranked.credit_code, ranked.division, ranked.department, i.id, i.city
  FROM ranked
  JOIN dataset_index AS i ON i.ord = ranked.ord
  WHERE ranked.code_rank = 1
)
SELECT later.ord,
       later.pointer,
       later.credit_code,
       later.division,
       later.department,
       first_use.id AS other_id,
       COALESCE(first_use.city, 'unknown') AS other_city,
       first_use.division AS other_division,
       first_use.department AS other_department
FROM ranked AS later
JOIN first_use ON first_use.credit_code = later.credit_code
WHERE later.code_rank > 1
