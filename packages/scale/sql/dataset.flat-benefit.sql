-- dataset.flat-benefit (平均保): paying (active, suspended) 低保 cases with an income and a benefit per covered member,
-- grouped by city, programme and benefit per member: a group of at least flatBenefit.minHouseholds cases (the run's
-- parameter) whose untiered cases have two or more different incomes, or whose tiered (分档) cases are in two or more
-- different tiers, has every case reported. Incomes are compared by their hash (the index holds no income).
WITH candidate AS (
  SELECT ord, city, code AS programme, benefit_per_member, per_capita_income_hash, tier
  FROM dataset_index
  WHERE record_type = 'assistance'
    AND assistance_category = 'dibao'
    AND status IN ('active', 'suspended')
    AND benefit_per_member IS NOT NULL
    AND per_capita_income_hash IS NOT NULL
),
flat_group AS (
  SELECT city, programme, benefit_per_member,
         COUNT(*) AS households,
         COUNT(DISTINCT CASE WHEN tier = 0 THEN per_capita_income_hash END) AS distinct_incomes,
         COUNT(DISTINCT CASE WHEN tier <> 0 THEN tier END) AS distinct_tiers
  FROM candidate
  GROUP BY city, programme, benefit_per_member
),
described AS (
  SELECT city, programme, benefit_per_member, households, distinct_incomes, distinct_tiers,
         '其人均收入有 ' || CAST(distinct_incomes AS VARCHAR) || ' 种不同值' AS incomes_zh,
         'their per-capita incomes take ' || CAST(distinct_incomes AS VARCHAR) || ' different values' AS incomes_en,
         '分属 ' || CAST(distinct_tiers AS VARCHAR) || ' 个不同档次' AS tiers_zh,
         'they are in ' || CAST(distinct_tiers AS VARCHAR) || ' different tiers' AS tiers_en
  FROM flat_group
  CROSS JOIN run_setting
  WHERE households >= run_setting.flat_benefit_min_households AND (distinct_incomes >= 2 OR distinct_tiers >= 2)
)
SELECT c.ord,
       '/benefitAmount' AS pointer,
       COALESCE(c.city, 'unknown') AS city,
       c.programme,
       FLOOR(c.benefit_per_member * 100 + 0.5) / 100 AS benefit_per_member,
       d.households,
       d.distinct_incomes,
       d.distinct_tiers,
       CASE WHEN d.distinct_tiers < 2 THEN d.incomes_zh WHEN d.distinct_incomes < 2 THEN d.tiers_zh ELSE d.incomes_zh || '，且' || d.tiers_zh END AS difference_zh,
       CASE WHEN d.distinct_tiers < 2 THEN d.incomes_en WHEN d.distinct_incomes < 2 THEN d.tiers_en ELSE d.incomes_en || ' and ' || d.tiers_en END AS difference_en
FROM candidate AS c
JOIN described AS d
  ON d.programme = c.programme
 AND d.benefit_per_member = c.benefit_per_member
 AND (d.city = c.city OR (d.city IS NULL AND c.city IS NULL))
