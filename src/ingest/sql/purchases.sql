-- The canonical `purchases` table (DESIGN §2): kept lines, optionally zero-amount lines and minus exact duplicates.
-- Params: $1 count zero-amount lines as purchases (BOOLEAN), $2 drop exact duplicate lines (BOOLEAN).
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
QUALIFY NOT $2 OR row_number() OVER (PARTITION BY _line_hash ORDER BY _file, _row) = 1;
