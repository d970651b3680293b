-- dataset.payment-after-death: the latest effective payment of an assistance case or a benefit is for a month after
-- the month its beneficiaries died (assistance: every beneficiary — personId and covered members, else the head —
-- reported with the latest death; benefit: its person, unless the benefit is paid because of the death), deaths
-- matched by identity number across cities, on a known day.
WITH paid_case AS (
  SELECT ord, person_id
  FROM dataset_index
  WHERE record_type = 'assistance' AND latest_paid_month IS NOT NULL
),
beneficiary AS (
  SELECT b.ord, b.person_ref, b.beneficiary_index AS position
  FROM case_beneficiary AS b
  JOIN paid_case ON paid_case.ord = b.ord
),
beneficiary_death AS (
  SELECT beneficiary.ord, beneficiary.position, person_death.death_day, person_death.death_month, person_death.death_date_masked, person_death.death_record_id
  FROM beneficiary
  LEFT JOIN first_with_id ON first_with_id.id = beneficiary.person_ref
  LEFT JOIN person_key ON person_key.ord = first_with_id.first_ord
  LEFT JOIN person_death ON person_death.person_group = person_key.person_group
),
case_death AS (
  SELECT ord, death_day, death_month, death_date_masked, death_record_id
  FROM (
    SELECT ord, death_day, death_month, death_date_masked, death_record_id,
           COUNT(*) OVER (PARTITION BY ord) AS beneficiaries,
           COUNT(death_day) OVER (PARTITION BY ord) AS deaths,
           ROW_NUMBER() OVER (PARTITION BY ord ORDER BY death_day DESC, position) AS latest
    FROM beneficiary_death
  ) AS ranked
  WHERE latest = 1 AND deaths = beneficiaries
),
benefit_death AS (
  SELECT b.ord, person_death.death_day, person_death.death_month, person_death.death_date_masked, person_death.death_record_id
  FROM dataset_index AS b
  JOIN first_with_id ON first_with_id.id = b.person_id
  JOIN person_key ON person_key.ord = first_with_id.first_ord
  JOIN person_death ON person_death.person_group = person_key.person_group
  WHERE b.record_type = 'benefit' AND b.latest_paid_month IS NOT NULL AND COALESCE(b.paid_on_death, FALSE) = FALSE
),
paid_after AS (
  SELECT d.ord, i.latest_paid_month, i.latest_paid_line, d.death_date_masked, d.death_record_id
  FROM (SELECT * FROM case_death UNION ALL SELECT * FROM benefit_death) AS d
  JOIN dataset_index AS i ON i.ord = d.ord
  WHERE d.death_day < 2147483646 AND i.latest_paid_month > d.death_month
)
SELECT ord,
       '/payments/' || CAST(latest_paid_line AS VARCHAR) || '/month' AS pointer,
       LPAD(CAST(CAST(FLOOR(latest_paid_month / 12.0) AS INTEGER) AS VARCHAR), 4, '0') || '-' || LPAD(CAST(MOD(latest_paid_month, 12) + 1 AS VARCHAR), 2, '0') AS month,
       death_date_masked AS death_date,
       death_record_id
FROM paid_after
