-- Per calendar month of the window: revenue, orders, active customers, new customers (first order ever in
-- that month) and returning customers (active − new).
-- Params: $1 window start (DATE text), $2 as-of date (DATE text).
-- Output: month (text YYYY-MM), revenue (DOUBLE), orders, active_customers, new_customers, returning_customers.
WITH first_orders AS (
  SELECT customer_id, date_trunc('month', min(order_date)) AS first_month FROM orders GROUP BY customer_id
), o AS (
  SELECT o.customer_id, date_trunc('month', o.order_date) AS month, o.revenue, f.first_month
  FROM orders o JOIN first_orders f USING (customer_id)
  WHERE o.order_date BETWEEN $1::DATE AND $2::DATE
)
SELECT
  strftime(month, '%Y-%m') AS month,
  sum(revenue)::DOUBLE AS revenue,
  count(*)::INTEGER AS orders,
  count(DISTINCT customer_id)::INTEGER AS active_customers,
  count(DISTINCT customer_id) FILTER (WHERE first_month = month)::INTEGER AS new_customers,
  count(DISTINCT customer_id) FILTER (WHERE first_month < month)::INTEGER AS returning_customers
FROM o
GROUP BY month
ORDER BY month;
