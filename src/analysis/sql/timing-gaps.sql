-- Repeat timing (DESIGN §3c): how many days customers took from their 1st to their 2nd purchase day, and from
-- their 2nd to their 3rd, binned for the chart (a dozen rows at most, small enough for a snapshot link; the
-- medians are in timing-returns.sql). Purchase days as in §3 (orders on one calendar day are one).
-- Bins by first day: 0, 8, 15, 22, 31, 46, 61, 91, 121, 181, 271, 366 (and more), as GAP_BIN_STARTS in timing.ts
-- (a test holds them equal; not a parameter, which would lengthen the snapshot's key).
-- Needs: purchase_days. Params: $1 as-of date (DATE text; purchase days after it are ignored).
-- Output, ordered by bin; only bins with customers: bin INTEGER (0-based index of the bin), second, third INTEGER
--   (customers whose 1st → 2nd, resp. 2nd → 3rd, purchase took that many days).
SELECT
  (len(list_filter([0, 8, 15, 22, 31, 46, 61, 91, 121, 181, 271, 366], start -> start <= gap)) - 1)::INTEGER AS bin,
  count(*) FILTER (WHERE n = 2)::INTEGER AS second,
  count(*) FILTER (WHERE n = 3)::INTEGER AS third
FROM purchase_days
WHERE n IN (2, 3) AND day <= $1::DATE
GROUP BY ALL
ORDER BY bin;
