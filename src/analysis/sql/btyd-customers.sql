-- Per-customer input of the BG/NBD and Gamma-Gamma models (DESIGN §3, purchase days) from `purchase_days`.
-- Params: $1 calibration end = the as-of date (DATE text); $2 holdout end (DATE text; = $1 when there is no
--   holdout). Only customers whose first purchase day is on or before $1.
-- Output, one row per customer ordered by customer_id; times in whole days:
--   customer_id VARCHAR,
--   x INTEGER          repeat purchase days up to $1 (purchase days − 1),
--   t_x INTEGER        last purchase day up to $1 − first purchase day,
--   T INTEGER          $1 − first purchase day,
--   repeat_value DOUBLE  the average value of the repeat purchase days up to $1 (a day's value = the revenue
--                      of its orders; the first purchase day is not a repeat); 0 when x = 0,
--   holdout INTEGER    purchase days in ($1, $2].
SELECT
  customer_id,
  (count(*) FILTER (WHERE day <= $1::DATE) - 1)::INTEGER AS x,
  (max(day) FILTER (WHERE day <= $1::DATE) - min(day))::INTEGER AS t_x,
  ($1::DATE - min(day))::INTEGER AS "T",
  COALESCE(sum(revenue) FILTER (WHERE day <= $1::DATE AND n > 1)::DOUBLE
    / count(*) FILTER (WHERE day <= $1::DATE AND n > 1), 0)::DOUBLE AS repeat_value,
  count(*) FILTER (WHERE day > $1::DATE AND day <= $2::DATE)::INTEGER AS holdout
FROM purchase_days
GROUP BY customer_id
HAVING min(day) <= $1::DATE
ORDER BY customer_id;
