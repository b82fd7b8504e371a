-- Acquisition cohorts (DESIGN §3): a customer's cohort is the calendar period of their first order; period k =
-- calendar periods between the cohort's and an order's period. Orders after the as-of date are ignored.
-- Needs: tables `cohort_orders` (cohort-orders-build.sql) and `customer_first_products` (cohort-first-products-build.sql).
-- Params: $1 as-of date (DATE text), $2 grain ('week' = ISO week from Monday | 'month' | 'quarter'),
--         $3 first product (VARCHAR; NULL = every customer).
-- Output, one row per (cohort, k) whose period starts on or before the as-of date — later cells are absent,
-- cells without activity are 0; ordered by cohort_start, period:
--   cohort (label: YYYY-MM, YYYY-Www (ISO), YYYY-Qn), cohort_start, period_start (text YYYY-MM-DD),
--   period (k), cohort_size, customers, orders (INTEGER), partial (BOOLEAN: the as-of period),
--   retention, revenue, revenue_per_customer, cumulative_revenue_per_customer (cohort LTV curve),
--   revenue_retention (revenue / revenue in period 0; NULL when that is 0), orders_per_customer (DOUBLE).
WITH activity AS (
  SELECT
    date_trunc($2, first_date) AS cohort_start,
    date_trunc($2, order_date) AS period_start,
    count(*) FILTER (WHERE previous_date IS NULL OR date_trunc($2, previous_date) < date_trunc($2, order_date))
      AS customers,
    count(*) AS orders,
    sum(revenue) AS revenue
  FROM cohort_orders
  WHERE order_date <= $1::DATE
    AND ($3 IS NULL OR customer_id IN (SELECT customer_id FROM customer_first_products WHERE product = $3))
  GROUP BY ALL
), cohorts AS (
  SELECT cohort_start, customers AS cohort_size FROM activity WHERE period_start = cohort_start
), periods AS (
  SELECT unnest(generate_series(
    min(cohort_start), date_trunc($2, $1::DATE),
    CASE $2 WHEN 'week' THEN INTERVAL 7 DAY WHEN 'quarter' THEN INTERVAL 3 MONTH ELSE INTERVAL 1 MONTH END
  ))::DATE AS period_start
  FROM cohorts
), cells AS (
  SELECT
    c.cohort_start, p.period_start, date_diff($2, c.cohort_start, p.period_start) AS k, c.cohort_size,
    COALESCE(a.customers, 0) AS customers, COALESCE(a.orders, 0) AS orders, COALESCE(a.revenue, 0) AS revenue
  FROM cohorts c
  JOIN periods p ON p.period_start >= c.cohort_start
  LEFT JOIN activity a USING (cohort_start, period_start)
)
SELECT
  CASE $2
    WHEN 'week' THEN strftime(cohort_start, '%G-W%V')
    WHEN 'quarter' THEN strftime(cohort_start, '%Y-Q') || quarter(cohort_start)
    ELSE strftime(cohort_start, '%Y-%m')
  END AS cohort,
  cohort_start::DATE::VARCHAR AS cohort_start,
  period_start::VARCHAR AS period_start,
  k::INTEGER AS period,
  cohort_size::INTEGER AS cohort_size,
  customers::INTEGER AS customers,
  orders::INTEGER AS orders,
  (period_start = date_trunc($2, $1::DATE)) AS partial,
  (customers / cohort_size)::DOUBLE AS retention,
  revenue::DOUBLE AS revenue,
  (revenue / cohort_size)::DOUBLE AS revenue_per_customer,
  (sum(revenue) OVER by_cohort / cohort_size)::DOUBLE AS cumulative_revenue_per_customer,
  (revenue / NULLIF(first_value(revenue) OVER by_cohort, 0))::DOUBLE AS revenue_retention,
  (orders / cohort_size)::DOUBLE AS orders_per_customer
FROM cells
WINDOW by_cohort AS (PARTITION BY cohort_start ORDER BY k)
ORDER BY cohort_start, k;
