-- One row per order (DESIGN §2 rule 5): its timestamp is its earliest line's, its revenue the sum of its lines.
-- Output: table `orders`(customer_id, order_id, order_ts, order_date, revenue DECIMAL, lines).
CREATE OR REPLACE TABLE orders AS
SELECT
  customer_id,
  order_id,
  min(order_ts) AS order_ts,
  min(order_ts)::DATE AS order_date,
  sum(amount) AS revenue,
  count(*)::INTEGER AS lines
FROM purchases
GROUP BY customer_id, order_id;
