-- Repeat timing (DESIGN §3c): how many days customers took from their 1st to their 2nd purchase day, and from
-- their 2nd to their 3rd, as a distribution. Purchase days as in §3 (orders on one calendar day are one).
-- Needs: purchase_days. Params: $1 as-of date (DATE text); purchase days after it are ignored.
-- Output, ordered by step, days: step INTEGER (2 = 1st → 2nd, 3 = 2nd → 3rd), days INTEGER, customers INTEGER.
SELECT n AS step, gap AS days, count(*)::INTEGER AS customers
FROM purchase_days
WHERE n IN (2, 3) AND day <= $1::DATE
GROUP BY ALL
ORDER BY step, days;
