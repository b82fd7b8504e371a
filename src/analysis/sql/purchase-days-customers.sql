-- Per-customer summary from the purchases up to the as-of date. Rebuild when `purchase_days` or the as-of
-- date changes.
-- Params: $1 as-of date (DATE text).
-- Output: table `customer_summary`(customer_id, first_day DATE, last_day DATE, purchase_days INTEGER,
--   orders INTEGER, revenue DECIMAL, typical_interval DOUBLE (own median gap; NULL with one purchase day)).
CREATE OR REPLACE TABLE customer_summary AS
SELECT
  customer_id,
  min(day) AS first_day,
  max(day) AS last_day,
  count(*)::INTEGER AS purchase_days,
  sum(orders)::INTEGER AS orders,
  sum(revenue) AS revenue,
  arg_max(typical_interval, day) AS typical_interval
FROM purchase_days
WHERE day <= $1::DATE
GROUP BY customer_id
ORDER BY customer_id;
