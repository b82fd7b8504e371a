/**
 * Numbers as people write them: `1 234,56 ₽`, `$1,234.56`, `(123.45)`, `−5`, `1'234.56`.
 *
 * The rule is one anchored regular expression (`numberPattern`), written only with what JavaScript and
 * RE2 (DuckDB's regexp engine) read alike, so the bulk load can use the very same pattern; NUMBER_CASES
 * in number-cases.ts is the shared table of cases. A value is:
 *   blanks, an optional currency, an optional sign (+ - −), an optional currency, an optional "(",
 *   an optional currency, the digits, an optional currency, an optional ")", an optional currency, blanks,
 * where the digits are either plain (`1234`, `1234,5`) or grouped in threes after a first group of 1–3
 * digits not starting with 0 (`1 234 567,5`), the group separator being a blank, an apostrophe or the
 * separator that is not the decimal one. Parentheses must pair and exclude a sign; they mean negative.
 * Anything else (`12,5` when the decimal is `.`, `1.2.3`, `abc`, an empty string) is not a number.
 */
import type { DecimalSeparator } from './types.ts';

/** Blanks: space, tab, no-break space U+00A0, thin space U+2009, narrow no-break space U+202F. */
const BLANK = '[ \t\u00a0\u2009\u202f]';
/** Thousands separators besides the non-decimal one: blanks and apostrophes (' and ’). */
const GROUP = "[ \u00a0\u2009\u202f'\u2019]";

/** Currency words in any letter case, with the ISO code each one means. */
const CURRENCY_WORDS: Array<[word: string, code: string]> = [
  ['руб.', 'RUB'],
  ['руб', 'RUB'],
  ['р.', 'RUB'],
  ['р', 'RUB'],
  ['rub', 'RUB'],
  ['rur', 'RUB'],
  ['₽', 'RUB'],
  ['usd', 'USD'],
  ['us$', 'USD'],
  ['$', 'USD'],
  ['eur', 'EUR'],
  ['€', 'EUR'],
  ['gbp', 'GBP'],
  ['£', 'GBP'],
];

/** `руб.` → `[рР][уУ][бБ]\.`: letter case spelled out, since RE2 and JavaScript spell the flag differently. */
function anyCase(word: string): string {
  return [...word]
    .map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.$]/, '\\$&')))
    .join('');
}

/** Longer words first, so that `руб.` is not read as `р` followed by junk. */
const CURRENCY = `(?:${CURRENCY_WORDS.map(([w]) => anyCase(w)).join('|')})`;
const CUR = `(?:${CURRENCY}${BLANK}*)?`;

/**
 * The whole-value pattern for a decimal separator. Capture groups: 1 sign, 2 "(", 3 digits, 4 ")";
 * a group that did not take part is undefined in JavaScript and '' in DuckDB's regexp_extract.
 */
export function numberPattern(decimal: DecimalSeparator): string {
  const d = decimal === '.' ? '\\.' : ',';
  const other = decimal === '.' ? ',' : '\\.';
  const grouped = `[1-9][0-9]{0,2}(?:(?:${GROUP}|${other})[0-9]{3})+`;
  const digits = `(?:(?:[0-9]+|${grouped})(?:${d}[0-9]*)?|${d}[0-9]+)`;
  return (
    `^${BLANK}*${CUR}(?:([-+\u2212])${BLANK}*)?${CUR}(\\()?${BLANK}*${CUR}` +
    `(${digits})${BLANK}*(?:${CURRENCY}${BLANK}*)?(\\))?${BLANK}*(?:${CURRENCY}${BLANK}*)?$`
  );
}

const PATTERNS: Record<DecimalSeparator, RegExp> = {
  '.': new RegExp(numberPattern('.')),
  ',': new RegExp(numberPattern(',')),
};

/** The number written in `text`, or null for empty or junk text (see the rule at the top). */
export function parseNumber(text: string, decimal: DecimalSeparator): number | null {
  const match = PATTERNS[decimal].exec(text);
  if (!match) return null;
  const [, sign = '', open = '', digits, close = ''] = match;
  if ((open === '') !== (close === '') || (open && sign)) return null;
  const plain = digits.replace(/[^0-9.,]/g, '').replace(decimal === '.' ? /,/g : /\./g, '').replace(',', '.');
  const value = Number(plain);
  const negative = open !== '' || sign === '-' || sign === '\u2212';
  return value === 0 ? 0 : negative ? -value : value;
}

/**
 * The decimal separator a column (or several) is written with. Each value votes for the separator under
 * which alone it is a number, or under which it reads differently (`0,99`, `1.234,56`, `1,234,567`,
 * `1,234.5`); a value both ways read alike (`1234`) or both ways read differently (`1,234`, `1.234`)
 * does not vote. The majority wins; no votes or a tie give `fallback`.
 */
export function detectDecimal(values: string[], fallback: DecimalSeparator = '.'): DecimalSeparator {
  let dot = 0;
  let comma = 0;
  for (const value of values) {
    const asDot = parseNumber(value, '.');
    const asComma = parseNumber(value, ',');
    if (asDot !== null && asComma === null) dot++;
    else if (asComma !== null && asDot === null) comma++;
  }
  return dot === comma ? fallback : dot > comma ? '.' : ',';
}

const CURRENCY_AT_EDGE = new RegExp(`^${BLANK}*[-+\u2212(]?${BLANK}*(${CURRENCY})|(${CURRENCY})${BLANK}*\\)?${BLANK}*$`);
const CODE = new Map(CURRENCY_WORDS.map(([w, code]) => [w, code]));

/** The currency most values name ('RUB' | 'USD' | 'EUR' | 'GBP'), or null when none names one. */
export function detectCurrency(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) {
    if (parseNumber(value, '.') === null && parseNumber(value, ',') === null) continue;
    const match = CURRENCY_AT_EDGE.exec(value);
    const word = (match?.[1] ?? match?.[2])?.toLowerCase();
    const code = word === undefined ? undefined : CODE.get(word);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [code, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = code;
  return best;
}
