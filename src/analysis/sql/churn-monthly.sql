-- Churn over time and its cost, per calendar month of the window (DESIGN §3 "Churn over time").
-- Params: $1 window start, $2 as-of date (DATE text), $3 lost threshold (lapse = last purchase day + floor(k·I) + 1).
-- Output: month (text YYYY-MM), lapses INTEGER (lapse events dated in the month, up to the as-of date),
--   lapses_in_rate INTEGER (those of customers in the denominator), denominator INTEGER (repeat customers
--   active, due or at risk at the end of the previous month), churn_rate DOUBLE (NULL when denominator = 0),
--   revenue_lost DOUBLE (Σ each lapsed customer's spend in the 365 days up to the lapse date), warm_up BOOLEAN
--   (month begins < 90 days after the first purchase in the data), partial BOOLEAN (the as-of month),
--   window_revenue DOUBLE, window_revenue_lost DOUBLE (exact sums over the window, repeated on every row).
WITH months AS (
  SELECT m::DATE AS month FROM range(date_trunc('month', $1::DATE)::TIMESTAMP, ($2::DATE + 1)::TIMESTAMP, INTERVAL 1 MONTH) r(m)
), repeat_days AS (
  SELECT customer_id, day, coalesce(next_day, DATE '9999-12-31') AS until,
    ottok_past_day(day, $3::DOUBLE, typical_interval) AS lapse_day
  FROM purchase_days
  WHERE n >= 2
), watched_deltas AS (
  -- a repeat customer is watched from `day` until the lapse or next purchase, whichever comes first; a change
  -- on date x first shows in the denominator of the month after x's month
  SELECT greatest(date_trunc('month', x)::DATE + INTERVAL 1 MONTH, date_trunc('month', $1::DATE))::DATE AS month,
    sum(delta) AS delta
  FROM (
    SELECT day AS x, 1 AS delta FROM repeat_days
    UNION ALL SELECT least(lapse_day, until), -1 FROM repeat_days
  )
  WHERE x <= $2::DATE
  GROUP BY ALL
), lapses AS (
  SELECT customer_id, day, lapse_day, date_trunc('month', lapse_day)::DATE AS month
  FROM repeat_days
  WHERE lapse_day < until AND lapse_day BETWEEN $1::DATE AND $2::DATE
), judged AS (
  -- each lapse against the customer's purchase days up to it (a hash join; cheaper here than ASOF joins,
  -- which sort all of purchase_days): spend in the 365 days up to the lapse, and whether their state at the
  -- end of the previous month (their latest purchase day before the month) was a repeat one not yet lapsed
  SELECT l.month,
    sum(p.revenue) FILTER (WHERE p.day > l.lapse_day - 365) AS revenue_lost,
    coalesce(arg_max(p.n >= 2 AND l.month - 1 < ottok_past_day(p.day, $3::DOUBLE, p.typical_interval), p.day)
      FILTER (WHERE p.day < l.month), false) AS in_rate
  FROM lapses l
  JOIN purchase_days p ON p.customer_id = l.customer_id AND p.day <= l.day
  GROUP BY l.customer_id, l.lapse_day, l.month
), per_month AS (
  SELECT month, count(*) AS lapses, count(*) FILTER (WHERE in_rate) AS lapses_in_rate, sum(revenue_lost) AS revenue_lost
  FROM judged GROUP BY month
), denominators AS (
  SELECT m.month, sum(coalesce(d.delta, 0)) OVER (ORDER BY m.month) AS denominator
  FROM months m LEFT JOIN watched_deltas d ON d.month = m.month
)
SELECT
  strftime(m.month, '%Y-%m') AS month,
  coalesce(p.lapses, 0)::INTEGER AS lapses,
  coalesce(p.lapses_in_rate, 0)::INTEGER AS lapses_in_rate,
  d.denominator::INTEGER AS denominator,
  (coalesce(p.lapses_in_rate, 0) / nullif(d.denominator, 0))::DOUBLE AS churn_rate,
  coalesce(p.revenue_lost, 0)::DOUBLE AS revenue_lost,
  m.month - (SELECT min(day) FROM purchase_days) < 90 AS warm_up,
  m.month = date_trunc('month', $2::DATE)::DATE AS partial,
  (SELECT coalesce(sum(revenue), 0) FROM purchase_days WHERE day BETWEEN $1::DATE AND $2::DATE)::DOUBLE AS window_revenue,
  coalesce(sum(p.revenue_lost) OVER (), 0)::DOUBLE AS window_revenue_lost
FROM months m
JOIN denominators d USING (month)
LEFT JOIN per_month p USING (month)
ORDER BY m.month;
