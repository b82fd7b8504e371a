-- One product's (or brand's / category's) months (DESIGN §3b "Product churn", price steps): its monthly median
-- unit price, its regulars' lapses, and each price step with the lapse rates before and after it.
-- Needs: purchases, product_days (same level), purchase_days, lifecycle macros.
-- Params: $1 level ('product' | 'category'), $2 product name (matched by lower-case trimmed name),
--   $3 as-of date (DATE text), $4 lost threshold (lapse = last purchase day + floor(k·I) + 1).
-- Price of a line = unit price, or amount / quantity where there is none; lines priced 0 (free items) are
-- left out. A step: a month whose median differs by ≥ 10 % from the previous month with sales (the 1e-9
-- absorbs float error, so exactly 10 % counts). For a step in month s, "after" watches the regulars (≥ 2 orders
-- of it so far) whose store status at the end of month s − 1 was active, due or at risk, and counts those with
-- a lapse dated in months s … s + 5; "before" does the same from the end of month s − 7 for months s − 6 … s − 1.
-- Lapses after the as-of date are not known yet: such a window is counted up to the as-of date (complete false).
-- Output, one row per month from the first it was bought to the as-of month: month (YYYY-MM), price DOUBLE
--   (median; NULL without priced sales), lines INTEGER, regular_lapses INTEGER (lapses of customers who had
--   bought it in ≥ 2 orders by then), step BOOLEAN, and on step months: previous_month, previous_price, change
--   (price / previous_price − 1), before_watched, before_lapsed, before_rate (NULL when nobody was watched),
--   after_watched, after_lapsed, after_rate, after_until (last day counted), after_complete BOOLEAN.
WITH target AS (
  SELECT lower(trim($2::VARCHAR)) AS key
), priced AS (
  SELECT date_trunc('month', order_date)::DATE AS month, coalesce(unit_price, amount / nullif(quantity, 0))::DOUBLE AS price
  FROM purchases
  WHERE lower(trim(CASE WHEN $1::VARCHAR = 'category' THEN category ELSE product END)) = (SELECT key FROM target)
    AND order_date <= $3::DATE
), prices AS (
  SELECT month, median(price) AS price, count(*)::INTEGER AS lines FROM priced WHERE price > 0 GROUP BY month
), steps AS (
  SELECT * FROM (
    SELECT month, price, lag(month) OVER (ORDER BY month) AS previous_month, lag(price) OVER (ORDER BY month) AS previous_price
    FROM prices
  )
  WHERE previous_price > 0 AND abs(price - previous_price) >= 0.1 * previous_price * (1 - 1e-9)
), bought AS (
  SELECT customer_id, day, orders FROM product_days WHERE key = (SELECT key FROM target) AND day <= $3::DATE
), lapse_events AS (
  SELECT customer_id, lapse_day FROM (
    SELECT customer_id, ottok_past_day(day, $4::DOUBLE, typical_interval) AS lapse_day,
      coalesce(next_day, DATE '9999-12-31') AS until
    FROM purchase_days
    WHERE n >= 2 AND customer_id IN (SELECT customer_id FROM bought)
  )
  WHERE lapse_day < until AND lapse_day <= $3::DATE
), regular_lapses AS (
  SELECT date_trunc('month', lapse_day)::DATE AS month, count(*)::INTEGER AS lapses
  FROM (
    SELECT e.customer_id, e.lapse_day
    FROM lapse_events e JOIN bought b ON b.customer_id = e.customer_id AND b.day < e.lapse_day
    GROUP BY ALL HAVING sum(b.orders) >= 2
  )
  GROUP BY ALL
), windows AS (
  SELECT month AS step, 'after' AS side, month - 1 AS at, month AS w0, (month + INTERVAL 6 MONTH)::DATE - 1 AS w1 FROM steps
  UNION ALL
  SELECT month, 'before', (month - INTERVAL 6 MONTH)::DATE - 1, (month - INTERVAL 6 MONTH)::DATE, month - 1 FROM steps
), watched AS (
  SELECT w.step, w.side, w.w0, least(w.w1, $3::DATE) AS w1, c.customer_id
  FROM (
    SELECT w.step, w.side, b.customer_id
    FROM windows w JOIN bought b ON b.day <= w.at
    GROUP BY ALL HAVING sum(b.orders) >= 2
  ) c
  JOIN windows w USING (step, side)
  JOIN purchase_days p ON p.customer_id = c.customer_id AND p.day <= w.at AND coalesce(p.next_day, DATE '9999-12-31') > w.at
  WHERE p.n >= 2 AND ottok_within(w.at - p.day, $4::DOUBLE, p.typical_interval)
), rates AS (
  SELECT step, side, count(*)::INTEGER AS watched, count(*) FILTER (WHERE lapsed)::INTEGER AS lapsed
  FROM (
    SELECT wa.step, wa.side, wa.customer_id, bool_or(e.lapse_day IS NOT NULL) AS lapsed
    FROM watched wa
    LEFT JOIN lapse_events e ON e.customer_id = wa.customer_id AND e.lapse_day BETWEEN wa.w0 AND wa.w1
    GROUP BY ALL
  )
  GROUP BY ALL
), months AS (
  SELECT m::DATE AS month
  FROM range(date_trunc('month', (SELECT min(day) FROM bought))::TIMESTAMP, ($3::DATE + 1)::TIMESTAMP, INTERVAL 1 MONTH) r(m)
)
SELECT
  strftime(m.month, '%Y-%m') AS month,
  pr.price,
  coalesce(pr.lines, 0)::INTEGER AS lines,
  coalesce(rl.lapses, 0)::INTEGER AS regular_lapses,
  s.month IS NOT NULL AS step,
  strftime(s.previous_month, '%Y-%m') AS previous_month,
  s.previous_price,
  s.price / s.previous_price - 1 AS change,
  CASE WHEN s.month IS NOT NULL THEN coalesce(b.watched, 0) END AS before_watched,
  CASE WHEN s.month IS NOT NULL THEN coalesce(b.lapsed, 0) END AS before_lapsed,
  (b.lapsed / b.watched)::DOUBLE AS before_rate,
  CASE WHEN s.month IS NOT NULL THEN coalesce(a.watched, 0) END AS after_watched,
  CASE WHEN s.month IS NOT NULL THEN coalesce(a.lapsed, 0) END AS after_lapsed,
  (a.lapsed / a.watched)::DOUBLE AS after_rate,
  CASE WHEN s.month IS NOT NULL THEN least((s.month + INTERVAL 6 MONTH)::DATE - 1, $3::DATE)::VARCHAR END AS after_until,
  CASE WHEN s.month IS NOT NULL THEN (s.month + INTERVAL 6 MONTH)::DATE - 1 <= $3::DATE END AS after_complete
FROM months m
LEFT JOIN prices pr USING (month)
LEFT JOIN regular_lapses rl USING (month)
LEFT JOIN steps s USING (month)
LEFT JOIN rates b ON b.step = m.month AND b.side = 'before'
LEFT JOIN rates a ON a.step = m.month AND a.side = 'after'
ORDER BY m.month;
