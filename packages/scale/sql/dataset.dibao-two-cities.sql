-- dataset.dibao-two-cities: an approved 低保 case overlapping an earlier 低保 case of another (known) city for the same
-- beneficiary (the shared view assistance_overlap: the in-memory sweep, persons matched across cities by identity
-- number). A pair of cases is reported once however many beneficiaries share it.
SELECT DISTINCT later_ord AS ord, '/city' AS pointer, later_city AS city, earlier_city AS other_city, earlier_id AS other_id
FROM assistance_overlap
WHERE later_category = 'dibao' AND earlier_category = 'dibao'
  AND later_city IS NOT NULL AND earlier_city IS NOT NULL AND later_city <> earlier_city
