-- Over the whole date column: how many values have a first or a second number above 12, which decides
-- DD/MM against MM/DD (never per row). Needs: view `mapped`.
-- Output: first_over_12, second_over_12, values_seen (INTEGER).
SELECT
  count(*) FILTER (WHERE TRY_CAST(regexp_extract(ts, '^(\d{1,2})[./-](\d{1,2})[./-]', 1) AS INTEGER) > 12)::INTEGER AS first_over_12,
  count(*) FILTER (WHERE TRY_CAST(regexp_extract(ts, '^(\d{1,2})[./-](\d{1,2})[./-]', 2) AS INTEGER) > 12)::INTEGER AS second_over_12,
  count(ts)::INTEGER AS values_seen
FROM (SELECT trim(ts_raw) AS ts FROM mapped);
