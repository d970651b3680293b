-- dataset.tekun-and-dibao: an approved 特困 case overlapping an earlier 低保 case of the same beneficiary, or the other
-- way round (the shared view assistance_overlap: the in-memory sweep, persons matched across cities by identity
-- number). A pair of cases is reported once however many beneficiaries share it.
SELECT DISTINCT later_ord AS ord, '/programme' AS pointer, COALESCE(later_programme, 'unknown') AS programme, COALESCE(earlier_programme, 'unknown') AS other_programme, earlier_id AS other_id
FROM assistance_overlap
WHERE later_category <> earlier_category
