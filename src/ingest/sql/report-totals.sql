-- Totals rows found by their numbers (DESIGN §3c skipped lines): a line whose customer, date and order cells
-- are empty while its amount equals the sum of the lines above it — since the top of its file, or since the
-- previous such line (a group subtotal) — is a totals row of a report, not a line with a bad date.
-- Needs: table `lines` (lines.sql). Params: none. Output: those lines get reason 'skipped'.
UPDATE lines SET reason = 'skipped', unread_text = ''
FROM (
  WITH marked AS (
    SELECT _file, _row, amount,
      reason = 'bad_date' AND customer_id IS NULL AND order_id IS NULL AND amount IS NOT NULL
        AND COALESCE(trim(unread_text), '') = '' AS candidate
    FROM lines
    WHERE reason <> 'skipped'
  ), above AS (
    SELECT *,
      sum(CASE WHEN candidate THEN 0 ELSE amount END)
        OVER (PARTITION BY _file ORDER BY _row ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS total_above,
      count(*) FILTER (WHERE candidate)
        OVER (PARTITION BY _file ORDER BY _row ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS group_no
    FROM marked
  ), grouped AS (
    SELECT *,
      sum(CASE WHEN candidate THEN 0 ELSE amount END)
        OVER (PARTITION BY _file, group_no ORDER BY _row ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS group_above
    FROM above
  )
  SELECT _file, _row FROM grouped WHERE candidate AND (amount = total_above OR amount = group_above)
) AS totals
WHERE lines._file = totals._file AND lines._row = totals._row;
