-- One row per customer and purchase day (orders on the same calendar day are one purchase day, DESIGN §3),
-- with everything the lifecycle, churn and win-back queries need as of that day. Rebuild whenever `orders` is.
-- Output: table `purchase_days`(customer_id, day DATE, orders INTEGER, revenue DECIMAL,
--   n INTEGER (1 = first purchase day), gap INTEGER (days since the previous purchase day, NULL when n = 1),
--   next_day DATE (NULL when none), revenue_to_date DECIMAL (all revenue up to and including day),
--   typical_interval DOUBLE (median of the gaps so far; NULL when n = 1, the caller uses I_store then)).
-- A row is the customer's state from `day` up to the day before `next_day`: the interval does not change
-- between two purchases.
CREATE OR REPLACE TABLE purchase_days AS
WITH days AS (
  SELECT customer_id, order_date AS day, count(*)::INTEGER AS orders, sum(revenue) AS revenue
  FROM orders
  GROUP BY customer_id, order_date
), ordered AS (
  SELECT
    *,
    row_number() OVER w::INTEGER AS n,
    (day - lag(day) OVER w)::INTEGER AS gap,
    lead(day) OVER w AS next_day,
    sum(revenue) OVER (w ROWS UNBOUNDED PRECEDING) AS revenue_to_date
  FROM days
  WINDOW w AS (PARTITION BY customer_id ORDER BY day)
)
SELECT
  *,
  -- median of an even count is the mean of the two middle gaps
  median(gap) OVER (PARTITION BY customer_id ORDER BY day ROWS UNBOUNDED PRECEDING)::DOUBLE AS typical_interval
FROM ordered
ORDER BY customer_id, day;
