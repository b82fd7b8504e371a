-- Purchase lines → Ottok's per-customer-day table, for ClickHouse (18.16 and later; a Distributed table works
-- as is). Input: purchase_lines(customer_id String, order_id String, order_ts DateTime, amount Decimal(18, 4),
-- quantity Int64, status String); empty strings stand for missing values.
-- Output: customer_id, day (Date), orders (UInt64), revenue (Decimal(38, 4), exact).
-- Cleaning (DESIGN §2): rule 2 guests, rule 3 returns and cancellations, rule 4 zero amounts;
-- rule 5: an order's day is its earliest line's, its revenue the sum of its lines.
SELECT customer_id, day, count() AS orders, sum(revenue) AS revenue
FROM (
  SELECT customer_id, order_id, toDate(min(order_ts)) AS day, sum(amount) AS revenue
  FROM (
    SELECT
      replaceRegexpAll(customer_id, '^\\s+|\\s+$', '') AS customer_id,
      -- without an order id, an order is (customer, timestamp)
      if(order_id = '', toString(order_ts), order_id) AS order_id,
      order_ts,
      amount
    FROM purchase_lines
    WHERE replaceRegexpAll(customer_id, '^\\s+|\\s+$', '') != ''                  -- 2: guest sales
      AND amount >= 0 AND quantity >= 0                                              -- 3: returns
      AND lower(status) NOT IN ('cancelled', 'canceled', 'returned', 'refunded', 'voided')
      AND amount != 0                                                                -- 4: zero amounts
  )
  GROUP BY customer_id, order_id
)
GROUP BY customer_id, day
ORDER BY customer_id, day
