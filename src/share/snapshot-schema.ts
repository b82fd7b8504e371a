/**
 * The one schema a snapshot (a link or a file from anyone: untrusted) must fit before anything of it is used:
 * format and version, known views, locales, every setting's type and range, the dataset summary's shape and
 * the recorded queries' wire form. Unknown keys are dropped. https://valibot.dev/guides/schemas/
 */
import * as v from 'valibot';
import { LOCALES } from '../i18n/locales';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = v.pipe(v.string(), v.regex(DATE));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());
const positive = v.pipe(finite, v.gtValue(0));

const thresholds = v.pipe(
  v.object({ new: positive, due: positive, at_risk: positive, lost: positive }),
  v.check((t) => t.due <= t.at_risk && t.at_risk <= t.lost, 'thresholds out of order'),
);
const cleaning = v.object({ keepZeroAmounts: v.boolean(), dropDuplicates: v.boolean() });

/** The settings a snapshot (or a link) may carry, each optional. */
export const settingsSchema = v.object({
  windowKind: v.optional(v.picklist(['all', 'last12', 'custom'])),
  customStart: v.optional(v.union([v.literal(''), date])),
  customEnd: v.optional(v.union([v.literal(''), date])),
  asOf: v.optional(v.union([v.literal(''), date])),
  margin: v.optional(v.pipe(finite, v.minValue(0), v.maxValue(1))),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
  locale: v.optional(v.picklist(LOCALES)),
  thresholds: v.optional(thresholds),
  cleaning: v.optional(cleaning),
  minRegulars: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000))),
});

const ruleCount = v.object({
  rows: count,
  value: finite,
  examples: v.array(v.object({ file: count, row: count, text: v.string() })),
  duplicates: count,
});

const dataset = v.object({
  name: v.string(),
  rows: count,
  files: v.array(v.object({ name: v.string(), format: v.picklist(['csv', 'xlsx', 'parquet']), encoding: v.string(), delimiter: v.string() })),
  range: v.object({ first_date: v.nullable(date), last_date: v.nullable(date), customers: count, orders: count }),
  quality: v.object({
    rowsRead: count,
    skipped: v.optional(v.object({ rows: count, lines: v.array(v.object({ file: count, line: count, text: v.string() })) })),
    malformed: v.object({ rows: count, examples: v.array(v.object({ file: count, line: count, error: v.string(), text: v.string() })) }),
    rules: v.record(v.picklist(['bad_date', 'bad_amount', 'guest', 'return', 'zero', 'kept']), ruleCount),
    partialRefunds: v.optional(v.object({ orders: count, value: finite })),
    purchases: v.object({ rows: count, value: finite }),
  }),
  formats: v.nullable(
    v.looseObject({
      decimal: v.picklist(['.', ',']),
      dateFormat: v.looseObject({ order: v.string(), strptime: v.array(v.string()), ambiguous: v.boolean() }),
      statusValues: v.array(v.string()),
      cancelStatuses: v.array(v.string()),
      currency: v.nullable(v.string()),
    }),
  ),
  cleaning,
  columns: v.optional(v.object({ product: v.boolean(), category: v.boolean() }), { product: false, category: false }),
});

/** A recorded value: text, number, flag, null, or a packed number ([p, q] or [column, i, j], exact-numbers.ts). */
const cell = v.union([v.string(), finite, v.boolean(), v.null(), v.array(v.union([finite, v.string(), v.null()]))]);

/** The wire form (snapshot-codec.ts) of a snapshot whose views are among `views`. */
export function wireSchema(version: number, views: readonly string[]) {
  const view = v.picklist(views);
  return v.object({
    format: v.literal('ottok-snapshot'),
    version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(version, 'newer than this app')),
    created: v.pipe(v.string(), v.isoTimestamp()),
    view,
    filters: v.record(v.string(), v.string()),
    settings: settingsSchema,
    dataset,
    queries: v.array(v.object({ k: v.string(), c: v.array(v.string()), v: v.array(v.array(cell)), n: v.optional(v.array(count)) })),
    viewsLeftOut: v.array(view),
    queriesLeftOut: count,
    cuts: v.optional(v.array(v.object({ view, kept: count, of: count }))),
  });
}

/** What did not fit, in a few words (the first problem's path and message). */
export function misfit(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}
