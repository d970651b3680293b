-- dataset.settlement-outside-registration: a 异地就医 settlement outside the insured city (参保地 and 就医地 differ in
-- their first four digits) on a day no registration of the same person covers: in force that day, and for the same
-- 就医地, or for the city (……00) or province (…0000) it is in. Persons are matched across cities by identity number;
-- a person id no person record has stands for itself.
WITH medical AS (
  SELECT m.ord, m.record_type, m.start_day, COALESCE(m.end_day, 2147483647) AS last_day, m.treatment_division, m.insured_division,
         record_person.person_group
  FROM dataset_index AS m
  JOIN record_person ON record_person.ord = m.ord
  WHERE m.record_type IN ('medicalRegistration', 'medicalSettlement') AND m.person_id IS NOT NULL
)
SELECT s.ord,
       '/settlementDate' AS pointer,
       CAST(DATE '1970-01-01' + s.start_day AS VARCHAR) AS settlement_date,
       LPAD(CAST(s.treatment_division AS VARCHAR), 6, '0') AS treatment_division
FROM medical AS s
WHERE s.record_type = 'medicalSettlement'
  AND s.treatment_division - s.treatment_division % 100 <> s.insured_division - s.insured_division % 100
  AND NOT EXISTS (
    SELECT 1
    FROM medical AS r
    WHERE r.record_type = 'medicalRegistration'
      AND r.person_group = s.person_group
      AND r.start_day <= s.start_day AND s.start_day <= r.last_day
      AND (
        r.treatment_division = s.treatment_division
        OR (r.treatment_division % 10000 = 0 AND r.treatment_division = s.treatment_division - s.treatment_division % 10000)
        OR (r.treatment_division % 100 = 0 AND r.treatment_division = s.treatment_division - s.treatment_division % 100)
      )
  )
