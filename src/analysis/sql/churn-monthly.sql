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
  SELECT customer_id, day, revenue_to_date, coalesce(next_day, DATE '9999-12-31') AS until,
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
  SELECT l.customer_id, date_trunc('month', l.lapse_day)::DATE AS month,
    -- in the denominator iff their state at the end of the previous month was a repeat one not yet lapsed
    coalesce(was.n >= 2 AND date_trunc('month', l.lapse_day)::DATE - 1
      < ottok_past_day(was.day, $3::DOUBLE, was.typical_interval), false) AS in_rate,
    l.revenue_to_date - coalesce(year_before.revenue_to_date, 0) AS revenue_lost
  FROM repeat_days l
  ASOF LEFT JOIN purchase_days was
    ON was.customer_id = l.customer_id AND was.day <= date_trunc('month', l.lapse_day)::DATE - 1
  ASOF LEFT JOIN purchase_days year_before
    ON year_before.customer_id = l.customer_id AND year_before.day <= l.lapse_day - 365
  WHERE l.lapse_day < l.until AND l.lapse_day BETWEEN $1::DATE AND $2::DATE
), per_month AS (
  SELECT month, count(*) AS lapses, count(*) FILTER (WHERE in_rate) AS lapses_in_rate, sum(revenue_lost) AS revenue_lost
  FROM lapses GROUP BY month
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
