-- Status mix over time (DESIGN §3): every customer's status at the end of each month of the window (the as-of
-- date for the as-of month), from the purchases up to that day.
-- Params: $1 window start, $2 as-of date (DATE text); thresholds $3 new, $4 due, $5 at risk, $6 lost.
-- Output: month (text YYYY-MM), month_end (text), partial BOOLEAN (the as-of month), i_store DOUBLE (as of
--   month_end), new, one_time, active, due, at_risk, lost (INTEGER customers).
-- Set-based: a purchase_days row holds from `day` to the day before `next_day` and, for repeat customers,
-- passes through active → due → at risk → lost on known days. Each such status span adds +1 in the month it
-- starts and −1 in the month it ends; a running sum over months gives the counts at every month end. One-day
-- customers are split into new / one-time by that month end's I_store, joining only those whose first day
-- is within the new threshold of it. I_store per month end comes from a histogram of gap lengths (a running
-- median over every gap would cost more than all the rest).
WITH months AS (
  SELECT m::DATE AS month, least(last_day(m::DATE), $2::DATE) AS month_end
  FROM range(date_trunc('month', $1::DATE)::TIMESTAMP, ($2::DATE + 1)::TIMESTAMP, INTERVAL 1 MONTH) r(m)
), gap_months AS (
  -- gaps by length and the month they end in (earlier ones in the window's first month)
  SELECT greatest(date_trunc('month', day)::DATE, date_trunc('month', $1::DATE)::DATE) AS month, gap, count(*) AS n
  FROM purchase_days
  WHERE gap IS NOT NULL AND day <= $2::DATE
  GROUP BY ALL
), gaps_so_far AS (
  -- per month end and gap length: how many gaps of that length ended up to it, and of any length up to it
  SELECT month, gap, sum(n) OVER (PARTITION BY month ORDER BY gap) AS upto, sum(n) OVER (PARTITION BY month) AS total
  FROM (
    SELECT m.month, g.gap, sum(coalesce(c.n, 0)) OVER (PARTITION BY g.gap ORDER BY m.month) AS n
    FROM months m
    CROSS JOIN (SELECT DISTINCT gap FROM gap_months) g
    LEFT JOIN gap_months c ON c.month = m.month AND c.gap = g.gap
  )
), store_by_month AS (
  -- I_store = the median gap: mean of the gaps ranked ⌊(total + 1) / 2⌋ and ⌊total / 2⌋ + 1
  SELECT month,
    (min(gap) FILTER (WHERE upto >= (total + 1) // 2) + min(gap) FILTER (WHERE upto >= total // 2 + 1)) / 2 AS i_store
  FROM gaps_so_far
  WHERE total > 0
  GROUP BY month
), store AS (
  SELECT m.month, m.month_end, s.i_store::DOUBLE AS i_store,
    coalesce(m.month_end - floor($3::DOUBLE * s.i_store + 1e-9)::INTEGER, DATE '0001-01-01') AS new_from
  FROM months m LEFT JOIN store_by_month s USING (month)
), spans AS (
  SELECT day, coalesce(next_day, DATE '9999-12-31') AS until, n,
    ottok_past_day(day, $4::DOUBLE, typical_interval) AS due_from,
    ottok_past_day(day, $5::DOUBLE, typical_interval) AS risk_from,
    ottok_past_day(day, $6::DOUBLE, typical_interval) AS lost_from
  FROM purchase_days
  WHERE day <= $2::DATE
), segments AS (
  SELECT 'single' AS status, day AS from_day, until AS to_day FROM spans WHERE n = 1
  UNION ALL SELECT 'active', day, least(due_from, until) FROM spans WHERE n >= 2
  UNION ALL SELECT 'due', due_from, least(risk_from, until) FROM spans WHERE n >= 2
  UNION ALL SELECT 'at_risk', risk_from, least(lost_from, until) FROM spans WHERE n >= 2
  UNION ALL SELECT 'lost', lost_from, until FROM spans WHERE n >= 2
), deltas AS (
  -- spans before the window land in its first month, so the running sum starts from the right level
  SELECT status, greatest(date_trunc('month', x)::DATE, date_trunc('month', $1::DATE)::DATE) AS month, sum(delta) AS delta
  FROM (
    SELECT status, from_day AS x, 1 AS delta FROM segments WHERE from_day < to_day
    UNION ALL SELECT status, to_day, -1 FROM segments WHERE from_day < to_day
  )
  WHERE x <= $2::DATE
  GROUP BY ALL
), counts AS (
  SELECT m.month, s.status, sum(coalesce(d.delta, 0)) OVER (PARTITION BY s.status ORDER BY m.month) AS customers
  FROM months m
  CROSS JOIN (VALUES ('single'), ('active'), ('due'), ('at_risk'), ('lost')) s(status)
  LEFT JOIN deltas d ON d.month = m.month AND d.status = s.status
), fresh AS (
  SELECT st.month, count(*) AS customers
  FROM store st
  JOIN purchase_days p ON p.n = 1 AND p.day BETWEEN st.new_from AND st.month_end
    AND coalesce(p.next_day, DATE '9999-12-31') > st.month_end
  GROUP BY st.month
)
SELECT
  strftime(st.month, '%Y-%m') AS month,
  st.month_end::VARCHAR AS month_end,
  st.month = date_trunc('month', $2::DATE)::DATE AS partial,
  st.i_store,
  coalesce(f.customers, 0)::INTEGER AS new,
  (c.single - coalesce(f.customers, 0))::INTEGER AS one_time,
  c.active::INTEGER AS active,
  c.due::INTEGER AS due,
  c.at_risk::INTEGER AS at_risk,
  c.lost::INTEGER AS lost
FROM store st
JOIN (
  SELECT month,
    sum(customers) FILTER (WHERE status = 'single') AS single,
    sum(customers) FILTER (WHERE status = 'active') AS active,
    sum(customers) FILTER (WHERE status = 'due') AS due,
    sum(customers) FILTER (WHERE status = 'at_risk') AS at_risk,
    sum(customers) FILTER (WHERE status = 'lost') AS lost
  FROM counts GROUP BY month
) c ON c.month = st.month
LEFT JOIN fresh f ON f.month = st.month
ORDER BY st.month;
