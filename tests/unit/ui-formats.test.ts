/**
 * Formats of issue 14, with hand-written expectations: date fields in the UI language's form whatever the
 * browser's, one full stop after a date ending in «г.», and the heatmap's text colour at 4.5:1 or better on
 * every shade (WCAG 2.1 contrast; luminances of white, black and the app's ink worked out by hand).
 */
import { describe, expect, it } from 'vitest';
import { formatDateField, parseDateField } from '../../src/ui/date-field';
import { blend, contrastRatio, luminance, readableText, INK } from '../../src/ui/contrast';
import { tabKey } from '../../src/ui/tabs';
import { i18n, t } from '../../src/i18n/i18n.svelte';

describe('date fields', () => {
  it('write ДД.ММ.ГГГГ in Russian and YYYY-MM-DD in English', () => {
    expect(formatDateField('2011-12-09', 'ru')).toBe('09.12.2011');
    expect(formatDateField('2011-12-09', 'en')).toBe('2011-12-09');
    expect(formatDateField('', 'ru')).toBe('');
  });
  it('read either form back, and refuse dates that do not exist', () => {
    expect(parseDateField('09.12.2011')).toBe('2011-12-09');
    expect(parseDateField('9.3.2024')).toBe('2024-03-09');
    expect(parseDateField(' 2024-02-29 ')).toBe('2024-02-29');
    expect(parseDateField('29.02.2023')).toBeNull();
    expect(parseDateField('31.04.2024')).toBeNull();
    expect(parseDateField('12/31')).toBeNull();
  });
});

describe('messages', () => {
  it('one full stop after a Russian date («… 2024 г.»), not two', () => {
    i18n.locale = 'ru';
    const text = t('card.summary', { orders: 2, revenue: '1 000 ₽', first: i18n.date('2024-03-05'), last: i18n.date('2024-12-07') });
    expect(text).toMatch(/2024 г\.$/);
    expect(text).not.toContain('г..');
    i18n.locale = 'en';
  });
});

describe('contrast', () => {
  it('luminance and ratio: white 1, black 0, white on black 21:1', () => {
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 10);
    expect(luminance([0, 0, 0])).toBe(0);
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 10);
  });
  it('every shade of the heatmap green gets a text colour at 4.5:1 or better', () => {
    for (let alpha = 0.05; alpha <= 0.9 + 1e-9; alpha += 0.005) {
      const background = blend([47, 111, 94], alpha);
      const text = readableText(background);
      const rgb = text === '#1f2a26' ? INK : text === '#ffffff' ? ([255, 255, 255] as const) : ([0, 0, 0] as const);
      expect(contrastRatio(rgb, background), `alpha ${alpha.toFixed(3)}: ${text}`).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('light cells keep the ink, the darkest cell gets white', () => {
    expect(readableText(blend([47, 111, 94], 0.05))).toBe('#1f2a26');
    expect(readableText(blend([47, 111, 94], 0.9))).toBe('#ffffff');
  });
});

describe('tab keys', () => {
  it('arrows move and wrap, Home and End jump, Space and Enter stay, other keys do nothing', () => {
    expect(tabKey('ArrowRight', 10, 11)).toBe(0);
    expect(tabKey('ArrowLeft', 0, 11)).toBe(10);
    expect(tabKey('Home', 5, 11)).toBe(0);
    expect(tabKey('End', 5, 11)).toBe(10);
    expect(tabKey(' ', 3, 11)).toBe(3);
    expect(tabKey('Enter', 3, 11)).toBe(3);
    expect(tabKey('a', 3, 11)).toBeNull();
  });
});
