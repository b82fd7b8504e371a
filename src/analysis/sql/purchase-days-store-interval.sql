-- I_store as of a date: the median of all gaps between consecutive purchase days of all repeat customers,
-- pooled, from the purchases up to that date (DESIGN §3).
-- Params: $1 date (DATE text).
-- Output: i_store (DOUBLE, NULL when there is no repeat customer yet), gaps (INTEGER).
SELECT median(gap)::DOUBLE AS i_store, count(gap)::INTEGER AS gaps
FROM purchase_days
WHERE day <= $1::DATE;
