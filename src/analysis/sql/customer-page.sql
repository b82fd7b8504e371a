-- The customers list filtered: by id text, lifecycle status, RFM segment, spend trend, next purchase due and
-- the model's chance of a purchase in the next days. The caller appends ORDER BY (a whitelisted column, see
-- customers.ts) and LIMIT/OFFSET.
-- Params: $1 id contains (VARCHAR, case-insensitive; NULL = any), $2 status (NULL = any), $3 segment
--   (NULL = any), $4 trend ('fell' | 'rose' | NULL = any), $5 due within k days (INTEGER; DESIGN §3c: next
--   purchase in (as-of, as-of + k] and status active or due; NULL = any), $6 p_buy at least (DOUBLE; NULL =
--   any), $7 p_buy below (DOUBLE; NULL = any);
--   the fitted purchase model: $8 r, $9 α, $10 a, $11 b (a, b NULL = the NBD limit, no dropout), $12 days per
--   model time unit, $13 horizon t in days ($8 NULL = no model: p_buy NULL).
-- Output: every customer_table column as text/number (dates as YYYY-MM-DD), p_buy DOUBLE = 1 − P(X(t) = 0 |
--   x, t_x, T) (DESIGN §3c; the formula of PurchasePredictor.pNoPurchase, src/analysis/btyd/bgnbd.ts),
--   matches INTEGER (rows in the filter).
WITH history AS (
  SELECT
    *,
    purchase_days - 1 AS x,
    (last_day - first_day) / $12::DOUBLE AS tx,
    (days_since + (last_day - first_day)) / $12::DOUBLE AS big_t
  FROM customer_table
), alive AS (
  SELECT
    *,
    CASE
      WHEN $8::DOUBLE IS NULL THEN NULL
      WHEN $10::DOUBLE IS NULL OR x = 0 THEN 1
      -- 1 / (1 + odds of having dropped out), the odds in logs (they can be astronomically large)
      ELSE 1 / (1 + exp(least(700, ln($10::DOUBLE) - ln($11::DOUBLE + x - 1)
        + ($8::DOUBLE + x) * ln(($9::DOUBLE + big_t) / ($9::DOUBLE + tx)))))
    END AS p_alive
  FROM history
), scored AS (
  SELECT
    *,
    p_alive * (1 - exp(($8::DOUBLE + x) * ln(($9::DOUBLE + big_t) / ($9::DOUBLE + big_t + $13::DOUBLE / $12::DOUBLE))))
      AS p_buy
  FROM alive
)
SELECT
  customer_id, first_day::VARCHAR AS first_day, last_day::VARCHAR AS last_day, orders, purchase_days, days_since,
  revenue, typical_interval, status, r, f, m, segment, recent, previous,
  next_purchase::VARCHAR AS next_purchase, p_buy,
  count(*) OVER ()::INTEGER AS matches
FROM scored
WHERE ($1::VARCHAR IS NULL OR contains(lower(customer_id), lower($1::VARCHAR)))
  AND ($2::VARCHAR IS NULL OR status = $2::VARCHAR)
  AND ($3::VARCHAR IS NULL OR segment = $3::VARCHAR)
  AND ($4::VARCHAR IS NULL OR CASE $4::VARCHAR WHEN 'fell' THEN recent < previous ELSE recent > previous END)
  AND ($5::INTEGER IS NULL OR (status IN ('active', 'due')
    AND next_purchase - last_day > days_since AND next_purchase - last_day <= days_since + $5::INTEGER))
  AND ($6::DOUBLE IS NULL OR p_buy >= $6::DOUBLE)
  AND ($7::DOUBLE IS NULL OR p_buy < $7::DOUBLE)
