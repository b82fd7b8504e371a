-- Purchase lines → Ottok's per-customer-day table split by product: one row per customer, purchase day and
-- product, for the product views. `orders` is the customer's orders that whole day (the same on each of the
-- day's rows), `revenue` that product's part of the day. Input, cleaning and rule 5 as extract-duckdb.sql.
WITH kept AS (
  SELECT trim(customer_id) AS customer_id, COALESCE(order_id, CAST(order_ts AS VARCHAR)) AS order_id,
    order_ts, amount, product
  FROM purchase_lines
  WHERE customer_id IS NOT NULL AND trim(customer_id) <> ''                           -- 2: guest sales
    AND amount >= 0 AND COALESCE(quantity, 0) >= 0                                   -- 3: returns
    AND lower(COALESCE(status, '')) NOT IN ('cancelled', 'canceled', 'returned', 'refunded', 'voided')
    AND amount <> 0                                                                  -- 4: zero amounts
), orders AS (
  SELECT customer_id, order_id, CAST(min(order_ts) AS DATE) AS day FROM kept GROUP BY customer_id, order_id
), day_orders AS (
  SELECT customer_id, day, count(*) AS orders FROM orders GROUP BY customer_id, day
)
SELECT k.customer_id, o.day, d.orders, k.product, sum(k.amount) AS revenue
FROM kept AS k
JOIN orders AS o ON o.customer_id = k.customer_id AND o.order_id = k.order_id
JOIN day_orders AS d ON d.customer_id = o.customer_id AND d.day = o.day
GROUP BY k.customer_id, o.day, d.orders, k.product
ORDER BY k.customer_id, o.day, k.product
