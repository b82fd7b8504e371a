-- The canonical `purchases` (DESIGN §2): kept lines, optionally zero-amount lines and minus exact duplicates.
-- A SELECT that clean.ts turns into a view over `lines` (no second copy of the lines in memory) or, with
-- the duplicates switch on, a table: it appends DROP_DUPLICATES to keep only the first of identical lines
-- (a window over every line, paid for only then).
-- Params: $1 count zero-amount lines as purchases (BOOLEAN; written in as a literal: a view takes none).
-- Output: purchases(customer_id, order_id, order_ts, order_date, amount, product, category, quantity,
--         unit_price, status, _file, _row). Without an order id column an order is (customer_id, order_ts).
SELECT
  customer_id,
  COALESCE(order_id, strftime(order_ts, '%Y-%m-%d %H:%M:%S')) AS order_id,
  order_ts,
  order_ts::DATE AS order_date,
  amount, product, category, quantity, unit_price, status, _file, _row
FROM lines
WHERE reason = 'kept' OR ($1 AND reason = 'zero')
