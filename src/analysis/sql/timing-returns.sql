-- Second-purchase rates (DESIGN §3c repeat timing), per acquisition cohort (calendar month of the first purchase
-- day) and for all cohorts together (cohort NULL). A customer is old enough for horizon N when first day ≤
-- as-of − N; returned within N = second purchase day ≤ first day + N. The rate, returned within N / old enough
-- (blank, not 0, when no customer is old enough), is divided by the runner (timing.ts): counts pack smaller
-- into a snapshot link.
-- Needs: purchase_days. Params: $1 as-of date (DATE text).
-- Output, the all-cohorts row (cohort NULL) first, then by cohort: cohort VARCHAR (YYYY-MM), customers INTEGER;
--   on the all-cohorts row only (NULL on the others), over the customers with a second purchase day by the as-of
--   date: median_days_to_second, median_days_to_third (from the 2nd purchase day) DOUBLE (the mean of the two
--   middle values for an even count; NULL without any), back_after_90 DOUBLE (the share whose second purchase
--   came more than 90 days after the first); for N in 30, 60, 90, 180, 365: old_N, returned_N INTEGER.
WITH firsts AS (
  SELECT
    customer_id,
    min(day) AS first_day,
    min(day) FILTER (WHERE n = 2) AS second_day,
    min(day) FILTER (WHERE n = 3) AS third_day
  FROM purchase_days
  WHERE n <= 3 AND day <= $1::DATE
  GROUP BY customer_id
), customers AS (
  SELECT
    strftime(first_day, '%Y-%m') AS cohort,
    ($1::DATE - first_day)::INTEGER AS age,
    (second_day - first_day)::INTEGER AS days,
    (third_day - second_day)::INTEGER AS days_to_third
  FROM firsts
)
SELECT
  cohort,
  count(*)::INTEGER AS customers,
  CASE WHEN grouping(cohort) = 1 THEN median(days) END::DOUBLE AS median_days_to_second,
  CASE WHEN grouping(cohort) = 1 THEN median(days_to_third) END::DOUBLE AS median_days_to_third,
  CASE WHEN grouping(cohort) = 1 THEN count(*) FILTER (WHERE days > 90) / nullif(count(days), 0) END::DOUBLE AS back_after_90,
  count(*) FILTER (WHERE age >= 30)::INTEGER AS old_30,
  count(*) FILTER (WHERE age >= 30 AND days <= 30)::INTEGER AS returned_30,
  count(*) FILTER (WHERE age >= 60)::INTEGER AS old_60,
  count(*) FILTER (WHERE age >= 60 AND days <= 60)::INTEGER AS returned_60,
  count(*) FILTER (WHERE age >= 90)::INTEGER AS old_90,
  count(*) FILTER (WHERE age >= 90 AND days <= 90)::INTEGER AS returned_90,
  count(*) FILTER (WHERE age >= 180)::INTEGER AS old_180,
  count(*) FILTER (WHERE age >= 180 AND days <= 180)::INTEGER AS returned_180,
  count(*) FILTER (WHERE age >= 365)::INTEGER AS old_365,
  count(*) FILTER (WHERE age >= 365 AND days <= 365)::INTEGER AS returned_365
FROM customers
GROUP BY GROUPING SETS ((), (cohort))
ORDER BY cohort NULLS FIRST;
