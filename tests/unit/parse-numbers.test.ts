import { describe, expect, it } from 'vitest';
import { NUMBER_CASES } from '../cases/number-cases.ts';
import { detectCurrency, detectDecimal, numberPattern, parseNumber } from '../../src/ingest/numbers.ts';
import type { DecimalSeparator } from '../../src/ingest/types.ts';

describe('parseNumber', () => {
  it.each(NUMBER_CASES)('%j with decimal %j → %j', (input, decimal, expected) => {
    const value = parseNumber(input, decimal);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 9);
    expect(Object.is(value, -0)).toBe(false);
  });

  it('uses only regular-expression syntax that RE2 (DuckDB) reads the same way', () => {
    for (const decimal of ['.', ','] as const) {
      const source = numberPattern(decimal);
      expect(source).not.toMatch(/\\[sSwWbBu]|\(\?[=!<i]/); // no \s \w \b \u escapes, lookarounds or inline flags
    }
  });
});

describe('detectDecimal', () => {
  it.each<[string, string[], DecimalSeparator]>([
    ['space groups and decimal comma', ['1 234,56', '99'], ','],
    ['dot groups and decimal comma', ['1.234,56'], ','],
    ['apostrophe groups and decimal point', ["1'234.56"], '.'],
    ['comma groups and decimal point', ['1,234.56'], '.'],
    ['Russian small amounts', ['12,5', '0,99', '150'], ','],
    ['plain decimals', ['12.5', '0.99'], '.'],
    ['several comma groups', ['1,234,567'], '.'],
    ['several dot groups', ['1.234.567'], ','],
    ['a comma before 0 is decimal', ['0,123'], ','],
    ['more than three digits before a comma', ['1234,567'], ','],
    ['ambiguous alone: 1,234 defaults to a point', ['1,234'], '.'],
    ['ambiguous alone: 1.234 defaults to a point', ['1.234'], '.'],
    ['ambiguous 1,234 follows the other values', ['1,234', '2,5', '10,25'], ','],
    ['ambiguous 1.234 follows the other values', ['1.234', '2.5'], '.'],
    ['integers only', ['1', '20', '1 000'], '.'],
    ['with currency', ['1 234,56 ₽', '99,00 руб.'], ','],
    ['nothing numeric', ['abc', ''], '.'],
    ['majority wins', ['1,5', '2,5', '3.5'], ','],
  ])('%s', (_, values, expected) => {
    expect(detectDecimal(values)).toBe(expected);
  });

  it('falls back to the given separator when the values cannot tell', () => {
    expect(detectDecimal(['1,234', '15'], ',')).toBe(',');
    expect(detectDecimal([], ',')).toBe(',');
    expect(detectDecimal(['12.5'], ',')).toBe('.');
  });
});

describe('detectCurrency', () => {
  it.each<[string[], string | null]>([
    [['1 234,56 ₽', '5 ₽'], 'RUB'],
    [['100 руб.', '5 р.', '7р'], 'RUB'],
    [['RUB 5'], 'RUB'],
    [['$5.00', '-$3.00', '($2.00)'], 'USD'],
    [['5 USD'], 'USD'],
    [['€5', '5 EUR'], 'EUR'],
    [['£12.50', '3 GBP'], 'GBP'],
    [['5', '6.50'], null],
    [['$5', '€6', '€7'], 'EUR'],
    [['Price in $', 'USD'], null],
  ])('%j → %j', (values, expected) => {
    expect(detectCurrency(values)).toBe(expected);
  });
});
