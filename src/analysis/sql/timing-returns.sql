-- Second-purchase rates (DESIGN §3c repeat timing), per acquisition cohort (calendar month of the first purchase
-- day) and for all cohorts together (cohort NULL). A customer is old enough for horizon N when first day ≤
-- as-of − N; returned within N = second purchase day ≤ first day + N. Rate N = returned within N / old enough,
-- NULL when no customer is old enough (blank, not 0).
-- Needs: purchase_days. Params: $1 as-of date (DATE text).
-- Output, the all-cohorts row (cohort NULL) first, then by cohort: cohort VARCHAR (YYYY-MM), customers,
--   repeat_customers (with a second purchase day by the as-of date) INTEGER, median_days_to_second DOUBLE
--   (median over repeat customers, mean of the two middle values for an even count; NULL without any),
--   back_after_90 DOUBLE (share of repeat customers whose second purchase came more than 90 days after the
--   first; NULL without any), and for N in 30, 60, 90, 180, 365: old_N, returned_N INTEGER, rate_N DOUBLE.
WITH firsts AS (
  SELECT
    customer_id,
    min(day) AS first_day,
    min(day) FILTER (WHERE n = 2) AS second_day
  FROM purchase_days
  WHERE n <= 2 AND day <= $1::DATE
  GROUP BY customer_id
), customers AS (
  SELECT
    strftime(first_day, '%Y-%m') AS cohort,
    ($1::DATE - first_day)::INTEGER AS age,
    (second_day - first_day)::INTEGER AS days
  FROM firsts
)
SELECT
  cohort,
  count(*)::INTEGER AS customers,
  count(days)::INTEGER AS repeat_customers,
  median(days)::DOUBLE AS median_days_to_second,
  (count(*) FILTER (WHERE days > 90) / nullif(count(days), 0))::DOUBLE AS back_after_90,
  count(*) FILTER (WHERE age >= 30)::INTEGER AS old_30,
  count(*) FILTER (WHERE age >= 30 AND days <= 30)::INTEGER AS returned_30,
  (count(*) FILTER (WHERE age >= 30 AND days <= 30) / nullif(count(*) FILTER (WHERE age >= 30), 0))::DOUBLE AS rate_30,
  count(*) FILTER (WHERE age >= 60)::INTEGER AS old_60,
  count(*) FILTER (WHERE age >= 60 AND days <= 60)::INTEGER AS returned_60,
  (count(*) FILTER (WHERE age >= 60 AND days <= 60) / nullif(count(*) FILTER (WHERE age >= 60), 0))::DOUBLE AS rate_60,
  count(*) FILTER (WHERE age >= 90)::INTEGER AS old_90,
  count(*) FILTER (WHERE age >= 90 AND days <= 90)::INTEGER AS returned_90,
  (count(*) FILTER (WHERE age >= 90 AND days <= 90) / nullif(count(*) FILTER (WHERE age >= 90), 0))::DOUBLE AS rate_90,
  count(*) FILTER (WHERE age >= 180)::INTEGER AS old_180,
  count(*) FILTER (WHERE age >= 180 AND days <= 180)::INTEGER AS returned_180,
  (count(*) FILTER (WHERE age >= 180 AND days <= 180) / nullif(count(*) FILTER (WHERE age >= 180), 0))::DOUBLE AS rate_180,
  count(*) FILTER (WHERE age >= 365)::INTEGER AS old_365,
  count(*) FILTER (WHERE age >= 365 AND days <= 365)::INTEGER AS returned_365,
  (count(*) FILTER (WHERE age >= 365 AND days <= 365) / nullif(count(*) FILTER (WHERE age >= 365), 0))::DOUBLE AS rate_365
FROM customers
GROUP BY GROUPING SETS ((), (cohort))
ORDER BY cohort NULLS FIRST;
