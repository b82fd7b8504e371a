-- Purchase lines → Ottok's per-customer-day table: one row per customer and purchase day.
-- Input: purchase_lines(customer_id, order_id, order_ts TIMESTAMP, amount DECIMAL, quantity, status).
-- Output: customer_id, day (DATE), orders (orders that day), revenue (DECIMAL, exact).
-- Cleaning (DESIGN §2): rule 2 guests, rule 3 returns and cancellations, rule 4 zero amounts;
-- rule 5: an order's day is its earliest line's, its revenue the sum of its lines.
SELECT customer_id, day, count(*) AS orders, sum(revenue) AS revenue
FROM (
  SELECT customer_id, order_id, CAST(min(order_ts) AS DATE) AS day, sum(amount) AS revenue
  FROM (
    SELECT
      trim(customer_id) AS customer_id,
      -- without an order id, an order is (customer, timestamp)
      COALESCE(order_id, CAST(order_ts AS VARCHAR)) AS order_id,
      order_ts,
      amount
    FROM purchase_lines
    WHERE customer_id IS NOT NULL AND trim(customer_id) <> ''                         -- 2: guest sales
      AND amount >= 0 AND COALESCE(quantity, 0) >= 0                                 -- 3: returns
      AND lower(COALESCE(status, '')) NOT IN ('cancelled', 'canceled', 'returned', 'refunded', 'voided')
      AND amount <> 0                                                                -- 4: zero amounts
  ) AS kept
  GROUP BY customer_id, order_id
) AS orders
GROUP BY customer_id, day
ORDER BY customer_id, day
