import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
const inst = await DuckDBInstance.create(':memory:', { threads: '1' });
const c = await inst.connect();
const t = async (label, q, params) => { const s = performance.now(); const r = await c.runAndReadAll(q, params); console.log(label, Math.round(performance.now()-s), 'ms', JSON.stringify(r.getRowObjectsJS().slice(0,3), (k,v)=>typeof v==='bigint'?Number(v):v).slice(0,300)); };
await c.run('SELECT setseed(0.42)');
await c.run(`CREATE TABLE orders AS
      WITH c AS (
        SELECT i AS c, floor(random() * 1000)::INTEGER AS start, 3 + floor(random() * 60)::INTEGER AS gap,
          1 + floor(random() * random() * 40)::INTEGER AS k
        FROM range(100000) t(i)
      ), o AS (
        SELECT c, start + sum(floor(random() * 2 * gap)::INTEGER) OVER (PARTITION BY c ORDER BY j)::INTEGER AS d
        FROM c, range(k) r(j)
      )
      SELECT 'c' || c AS customer_id, 'o' || row_number() OVER () AS order_id,
        (DATE '2022-01-01' + d)::TIMESTAMP AS order_ts, DATE '2022-01-01' + d AS order_date,
        (1 + random() * 200)::DECIMAL(18, 2) AS revenue, 1 AS lines
      FROM o WHERE d < 1096`);
for (const s of readFileSync('src/analysis/sql/lifecycle-macros.sql','utf8').split(/;\s*\n/).map(s=>s.replace(/^\s*--.*$/gm,'').trim()).filter(Boolean)) await c.run(s);
await c.run(readFileSync('src/analysis/sql/purchase-days.sql','utf8'));
const base = `WITH repeat_days AS (
  SELECT customer_id, day, revenue_to_date, coalesce(next_day, DATE '9999-12-31') AS until,
    ottok_past_day(day, 4, typical_interval) AS lapse_day
  FROM purchase_days WHERE n >= 2
), l AS (SELECT * FROM repeat_days WHERE lapse_day < until AND lapse_day BETWEEN DATE '2022-01-01' AND DATE '2024-12-31')`;
await t('lapses only', base + ` SELECT count(*) FROM l`);
await t('join rev', base + ` SELECT sum(s) FROM (SELECT l.customer_id, l.lapse_day, sum(p.revenue) s FROM l JOIN purchase_days p ON p.customer_id = l.customer_id AND p.day > l.lapse_day - 365 AND p.day <= l.day GROUP BY ALL)`);
await t('asof rev full', base + ` SELECT sum(l.revenue_to_date - coalesce(q.revenue_to_date, 0)) FROM l ASOF LEFT JOIN purchase_days q ON q.customer_id = l.customer_id AND q.day <= l.lapse_day - 365`);
await t('asof rev semi', base + ` SELECT sum(l.revenue_to_date - coalesce(q.revenue_to_date, 0)) FROM l ASOF LEFT JOIN (SELECT customer_id, day, revenue_to_date FROM purchase_days WHERE customer_id IN (SELECT customer_id FROM l)) q ON q.customer_id = l.customer_id AND q.day <= l.lapse_day - 365`);
await t('join rev', base + ` SELECT sum(s) FROM (SELECT l.customer_id, l.lapse_day, sum(p.revenue) s FROM l JOIN purchase_days p ON p.customer_id = l.customer_id AND p.day > l.lapse_day - 365 AND p.day <= l.day GROUP BY ALL)`);
await t('window rev', `SELECT sum(r) FROM (SELECT lapse_day < until AND lapse_day BETWEEN DATE '2022-01-01' AND DATE '2024-12-31' AS lapsed, sum(revenue) OVER (PARTITION BY customer_id ORDER BY (day - DATE '2000-01-01') RANGE BETWEEN greatest(364 - (lapse_day - day), 0) PRECEDING AND CURRENT ROW) AS r FROM (SELECT *, coalesce(next_day, DATE '9999-12-31') AS until, ottok_past_day(day, 4, typical_interval) AS lapse_day FROM purchase_days)) WHERE lapsed`);
await t('same month lapses', base + ` SELECT count(*) FROM l WHERE day >= date_trunc('month', lapse_day)`);
