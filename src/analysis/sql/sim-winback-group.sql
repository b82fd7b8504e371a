-- A win-back group by lifecycle status at the as-of date: how many, and the sum of their own average orders.
-- Needs: customer_table built for the as-of date and thresholds (customers.ts).
-- Params: $1 status (VARCHAR; NULL = any), $2 RFM segment (VARCHAR; NULL = any).
-- Output: status, customers INTEGER, average_order_sum DOUBLE (Σ revenue / orders, each customer's own).
SELECT
  status,
  count(*)::INTEGER AS customers,
  sum(revenue / orders)::DOUBLE AS average_order_sum
FROM customer_table
WHERE ($1::VARCHAR IS NULL OR status = $1::VARCHAR)
  AND ($2::VARCHAR IS NULL OR segment = $2::VARCHAR)
  AND orders > 0
GROUP BY status
ORDER BY status;
