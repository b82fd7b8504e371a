-- Every product's regulars as of the as-of date (DESIGN §3b "Product churn"): customers who bought it in 2 or
-- more orders up to that date, with their store status then, whether they count as lapsed or as switchers,
-- and what the lapsed ones spent.
-- Needs: product_days, purchase_days, lifecycle macros (ottok_status_at, ottok_past_day).
-- Params: $1 as-of date (DATE text); thresholds $2 new, $3 due, $4 at risk, $5 lost (DOUBLE).
-- Output: table `product_regulars`(key, customer_id, orders INTEGER (of the product), days INTEGER (days they
--   bought it), last_bought DATE, interval DOUBLE (median gap between the days they bought it; NULL with one
--   day), usual_gap DOUBLE (the interval the switcher rule uses: `interval`, else the store one below),
--   status (store status at the as-of date), lapsed BOOLEAN (at risk or lost), switcher BOOLEAN,
--   lapse_day DATE (store lapse date: last purchase day + floor(lost·I) + 1; NULL with one purchase day),
--   lapsed_revenue DECIMAL (a lapsed regular's store revenue in the 365 days up to lapse_day, else 0)).
-- Switcher: store status active or due, and more than lost × their interval for the product since they last
-- bought it. A regular who bought it on one day only (two orders that day) has no gap for it: their interval
-- is then their own typical interval in the store (DESIGN §3), which active and due customers always have.
-- An at-risk regular has not lapsed yet: lapse_day is the day they will if they do not come back.
CREATE OR REPLACE TABLE product_regulars AS
WITH bought AS (
  -- one group per product and customer with the days in order: the gaps and their median from the list
  -- (a window over every product day and a per-group median state cost more)
  SELECT key, customer_id, sum(orders)::INTEGER AS orders, count(*)::INTEGER AS days, max(day) AS last_bought,
    list(day ORDER BY day) AS day_list
  FROM product_days
  WHERE day <= $1::DATE
  GROUP BY key, customer_id
  HAVING sum(orders) >= 2
), regulars AS (
  SELECT key, customer_id, orders, days, last_bought,
    CASE WHEN days >= 2 THEN list_median(list_transform(range(1, days::BIGINT), lambda i: day_list[i + 1] - day_list[i]))::DOUBLE
    END AS interval
  FROM bought
), state AS (
  SELECT customer_id, typical_interval, status,
    CASE WHEN n >= 2 THEN ottok_past_day(day, $5::DOUBLE, typical_interval) END AS lapse_day
  FROM ottok_status_at($1::DATE, $2::DOUBLE, $3::DOUBLE, $4::DOUBLE, $5::DOUBLE)
  WHERE customer_id IN (SELECT customer_id FROM regulars)
), lapsed_revenue AS (
  SELECT st.customer_id, sum(p.revenue) AS revenue
  FROM state st
  JOIN purchase_days p ON p.customer_id = st.customer_id AND p.day > st.lapse_day - 365 AND p.day <= $1::DATE
  WHERE st.status IN ('at_risk', 'lost')
  GROUP BY st.customer_id
)
SELECT
  r.key, r.customer_id, r.orders, r.days, r.last_bought, r.interval,
  coalesce(r.interval, st.typical_interval) AS usual_gap,
  st.status,
  st.status IN ('at_risk', 'lost') AS lapsed,
  st.status IN ('active', 'due')
    AND NOT ottok_within($1::DATE - r.last_bought, $5::DOUBLE, usual_gap) AS switcher,
  st.lapse_day,
  coalesce(lr.revenue, 0) AS lapsed_revenue
FROM regulars r
JOIN state st USING (customer_id)
LEFT JOIN lapsed_revenue lr USING (customer_id);
