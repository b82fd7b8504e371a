-- The name each product (or brand / category) is shown under: its most frequent spelling in `purchases`
-- (ties: the first in text order), for names that differ only by case or surrounding blanks.
-- Params: $1 level ('product' | 'category').
-- Output: table `product_names`(key VARCHAR (lower-case trimmed name, as in product_days), name VARCHAR,
--   spellings INTEGER (distinct spellings merged into it)).
CREATE OR REPLACE TABLE product_names AS
WITH spelled AS (
  SELECT name, count(*) AS lines
  FROM (SELECT CASE WHEN $1::VARCHAR = 'category' THEN category ELSE product END AS name FROM purchases)
  WHERE name IS NOT NULL
  GROUP BY name
)
SELECT lower(trim(name)) AS key, first(name ORDER BY lines DESC, name) AS name, count(*)::INTEGER AS spellings
FROM spelled
GROUP BY ALL;
