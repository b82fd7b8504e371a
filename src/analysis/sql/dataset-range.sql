-- The span of the cleaned data: default window start and as-of date (DESIGN §3).
-- Output: first_date, last_date (text YYYY-MM-DD, NULL when there are no orders), customers, orders (INTEGER).
SELECT
  min(order_date)::VARCHAR AS first_date,
  max(order_date)::VARCHAR AS last_date,
  count(DISTINCT customer_id)::INTEGER AS customers,
  count(*)::INTEGER AS orders
FROM orders;
