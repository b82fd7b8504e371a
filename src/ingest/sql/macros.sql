-- Text → value parsers for the bulk load; the same rules as src/ingest/numbers.ts and ids.ts
-- (tests/sql/parsers.test.ts runs both on one table of cases). Plain expressions, no subqueries:
-- they run once per raw row.

-- Currency signs and words, spaces (also NBSP and narrow NBSP) and apostrophes removed.
CREATE OR REPLACE MACRO ottok_number_text(s) AS
  regexp_replace(lower(trim(s)), '(руб\.?|р\.|rub|usd|eur|gbp|[₽$€£\s\x{00A0}\x{202F}''])', '', 'g');

-- The digits and separators left when the sign or accounting parentheses are taken off.
CREATE OR REPLACE MACRO ottok_number_body(x) AS regexp_replace(x, '^[(+\-−]|\)$', '', 'g');

CREATE OR REPLACE MACRO ottok_number_parts(x, decimal_comma) AS
  CASE WHEN regexp_full_match(ottok_number_body(x), '[0-9.,]*[0-9][0-9.,]*') THEN
    (CASE WHEN regexp_full_match(x, '\(.*\)|[-−].*') THEN -1 ELSE 1 END) * TRY_CAST(
      CASE WHEN decimal_comma THEN replace(replace(ottok_number_body(x), '.', ''), ',', '.')
           ELSE replace(ottok_number_body(x), ',', '') END AS DECIMAL(18, 4))
  END;

-- A number with thousands separators, a currency sign or word, a sign or accounting parentheses;
-- decimal_comma is TRUE when ',' separates decimals. NULL for empty or junk text.
CREATE OR REPLACE MACRO ottok_number(s, decimal_comma) AS ottok_number_parts(ottok_number_text(s), decimal_comma);

-- A customer or order id kept as text: trimmed, a float export's ".0" dropped (17850.0 → 17850),
-- empty and null markers → NULL; leading zeros stay.
CREATE OR REPLACE MACRO ottok_id(s) AS
  CASE WHEN lower(trim(s)) IN ('', 'nan', 'null', 'none', '-', 'n/a') THEN NULL
       ELSE regexp_replace(trim(s), '^([0-9]+)\.0+$', '\1') END;
