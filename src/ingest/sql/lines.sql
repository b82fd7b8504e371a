-- Types every raw line and gives it the first cleaning rule it falls under (DESIGN §2, rules 1–4).
-- Params: $1 decimal comma (BOOLEAN), $2 amount column mapped (BOOLEAN; else quantity × unit price).
-- Needs: view `mapped` (see mapped-view.ts), macros.sql, macro ottok_parse_ts (date-format.ts),
--        macro ottok_cancelled(status) (clean.ts: the status values that mean cancelled or returned).
-- Output: table `lines`(_file, _row, _line_hash, customer_id, order_id, order_ts, amount DECIMAL(18,4), product,
--         category, quantity, unit_price, status, unread_text, reason) where reason is one of
--         skipped (a blank, totals or repeated header row of a report: mapped._skip, DESIGN §3c; its text is
--         kept as unread_text), bad_date, bad_amount, guest, return, zero, kept: a one-byte ENUM, not text (10 M
--         lines: 150 MB less).
CREATE OR REPLACE TABLE lines AS
WITH typed AS (
  SELECT
    _file, _row, _line_hash, _skip,
    ottok_id(customer_raw) AS customer_id,
    ottok_id(order_raw) AS order_id,
    ottok_parse_ts(trim(ts_raw)) AS order_ts,
    ottok_number(quantity_raw, $1) AS quantity,
    ottok_number(price_raw, $1) AS unit_price,
    CASE WHEN $2 THEN ottok_number(amount_raw, $1) END AS amount_read,
    NULLIF(trim(product_raw), '') AS product,
    NULLIF(trim(category_raw), '') AS category,
    NULLIF(lower(trim(status_raw)), '') AS status,
    ts_raw, amount_raw, quantity_raw, price_raw
  FROM mapped
), priced AS (
  SELECT * EXCLUDE (amount_read),
    CASE WHEN $2 THEN amount_read ELSE TRY_CAST(quantity * unit_price AS DECIMAL(18, 4)) END AS amount
  FROM typed
)
SELECT
  * EXCLUDE (ts_raw, amount_raw, quantity_raw, price_raw, _skip),
  -- the text that could not be read, kept only for rejected lines (shown as examples)
  CASE WHEN _skip IS NOT NULL THEN _skip
       WHEN order_ts IS NULL THEN ts_raw
       WHEN amount IS NULL THEN CASE WHEN $2 THEN amount_raw ELSE concat_ws(' × ', quantity_raw, price_raw) END
  END AS unread_text,
  CASE
    WHEN _skip IS NOT NULL THEN 'skipped'
    WHEN order_ts IS NULL THEN 'bad_date'
    WHEN amount IS NULL THEN 'bad_amount'
    WHEN customer_id IS NULL THEN 'guest'
    WHEN amount < 0 OR quantity < 0 OR ottok_cancelled(status) THEN 'return'
    WHEN amount = 0 THEN 'zero'
    ELSE 'kept'
  END::ENUM('skipped', 'bad_date', 'bad_amount', 'guest', 'return', 'zero', 'kept') AS reason
FROM priced;
