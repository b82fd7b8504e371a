-- A condition appended to customer-page.sql's WHERE: only one product's regulars (DESIGN §3b), the lapsed ones,
-- the switchers or all. Needs: product_regulars built for the same as-of date.
-- Params (after customer-page.sql's thirteen): $14 product name (matched by lower-case trimmed name),
--   $15 who ('lapsed' | 'switchers' | 'regulars').
  AND customer_id IN (
    SELECT customer_id FROM product_regulars
    WHERE key = lower(trim($14::VARCHAR))
      AND CASE $15::VARCHAR WHEN 'lapsed' THEN lapsed WHEN 'switchers' THEN switcher ELSE true END
  )
