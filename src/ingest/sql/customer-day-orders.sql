-- One row per order from a per-customer-day input (docs/warehouse.md), replacing orders.sql's table.
-- In that input kind each line is one customer's purchase day (optionally split by product / category):
-- `amount` holds its revenue and `quantity` the customer's number of orders that day (the same on each of
-- the day's product rows, so the largest is taken; 1 when empty). The day's n orders become n orders at the
-- day's midnight with its revenue split evenly; the first takes the rounding remainder, so every day's,
-- customer's and month's revenue stays the exact sum of the input.
-- Output: table `orders`(customer_id, order_id, order_ts, order_date, revenue DECIMAL(38,4), lines) as orders.sql.
CREATE OR REPLACE TABLE orders AS
WITH days AS (
  SELECT customer_id, order_date, sum(amount) AS revenue, count(*)::INTEGER AS lines,
    greatest(1, COALESCE(max(round(quantity)), 1))::INTEGER AS n
  FROM purchases
  GROUP BY customer_id, order_date
), numbered AS (
  SELECT *, CAST(round(revenue / n, 4) AS DECIMAL(38, 4)) AS share, unnest(range(1, n + 1)) AS i FROM days
)
SELECT
  customer_id,
  strftime(order_date, '%Y-%m-%d') || '#' || i AS order_id,
  order_date::TIMESTAMP AS order_ts,
  order_date,
  -- in DECIMAL: the first order's part is exactly what the others leave
  CAST(CASE WHEN i = 1 THEN revenue - (n - 1) * share ELSE share END AS DECIMAL(38, 4)) AS revenue,
  lines
FROM numbered;
