-- The canonical `purchases` table (DESIGN §2): kept lines, optionally zero-amount lines and minus exact duplicates.
-- Params: $1 count zero-amount lines as purchases (BOOLEAN). clean.ts appends DROP_DUPLICATES to keep only
-- the first of identical lines (a window over every line: only paid for when the switch is on).
-- Output: table `purchases`(customer_id, order_id, order_ts, order_date, amount, product, category, quantity,
--         unit_price, status, _file, _row). Without an order id column an order is (customer_id, order_ts).
CREATE OR REPLACE TABLE purchases AS
SELECT
  customer_id,
  COALESCE(order_id, strftime(order_ts, '%Y-%m-%d %H:%M:%S')) AS order_id,
  order_ts,
  order_ts::DATE AS order_date,
  amount, product, category, quantity, unit_price, status, _file, _row
FROM lines
WHERE reason = 'kept' OR ($1 AND reason = 'zero')
