-- Repeat purchase days per holdout week, for the cumulative actual-vs-predicted chart (DESIGN §3, holdout).
-- Params: $1 split date = calibration end (DATE text); $2 holdout end (DATE text).
-- Counts purchase days in ($1, $2] of customers whose first purchase day is on or before $1.
-- Output: week INTEGER (1 = days $1 + 1 … $1 + 7), purchases INTEGER; weeks without purchases are absent.
WITH calibration AS (
  SELECT customer_id FROM purchase_days GROUP BY customer_id HAVING min(day) <= $1::DATE
)
SELECT
  (((day - $1::DATE) + 6) // 7)::INTEGER AS week,
  count(*)::INTEGER AS purchases
FROM purchase_days
JOIN calibration USING (customer_id)
WHERE day > $1::DATE AND day <= $2::DATE
GROUP BY week
ORDER BY week;
