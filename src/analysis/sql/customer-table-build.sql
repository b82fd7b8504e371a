-- One row per customer as of a date, for the customers list: summary, lifecycle status, RFM and spend trend.
-- Needs: customer_summary and rfm_customers built for the same as-of date, purchase_days, ottok_status_at.
-- Params: $1 as-of date (DATE text); thresholds $2 new, $3 due, $4 at risk, $5 lost (DOUBLE);
--   $6 spend-trend span N in months (DOUBLE; 30.4375 days each).
-- Output: table `customer_table`(customer_id, first_day, last_day (DATE), orders, purchase_days, days_since
--   (INTEGER), revenue DOUBLE, typical_interval DOUBLE, status, r, f, m (INTEGER), segment,
--   recent, previous (DOUBLE: revenue in the last N months and the N months before), next_purchase DATE
--   (DESIGN §3c: last purchase day + round(I), I the own typical interval, half away from zero; NULL with one
--   purchase day)).
CREATE OR REPLACE TABLE customer_table AS
WITH trend AS (
  SELECT
    customer_id,
    sum(revenue) FILTER (WHERE $1::DATE - day < $6::DOUBLE * 30.4375) AS recent,
    sum(revenue) FILTER (WHERE $1::DATE - day >= $6::DOUBLE * 30.4375) AS previous
  FROM purchase_days
  WHERE day <= $1::DATE AND $1::DATE - day < 2 * $6::DOUBLE * 30.4375
  GROUP BY customer_id
)
SELECT
  c.customer_id,
  c.first_day,
  c.last_day,
  c.orders,
  c.purchase_days,
  ($1::DATE - c.last_day)::INTEGER AS days_since,
  c.revenue::DOUBLE AS revenue,
  c.typical_interval,
  st.status,
  r.r, r.f, r.m, r.segment,
  coalesce(t.recent, 0)::DOUBLE AS recent,
  coalesce(t.previous, 0)::DOUBLE AS previous,
  CASE WHEN c.purchase_days >= 2 THEN c.last_day + round(c.typical_interval)::INTEGER END AS next_purchase
FROM customer_summary c
JOIN ottok_status_at($1::DATE, $2::DOUBLE, $3::DOUBLE, $4::DOUBLE, $5::DOUBLE) st USING (customer_id)
LEFT JOIN rfm_customers r USING (customer_id)
LEFT JOIN trend t USING (customer_id);
