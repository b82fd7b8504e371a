/**
 * The state layer's share link: the settings a link carries are applied to the app's state, and the state
 * encodes back into the same link (src/state/share-link.svelte.ts over src/share/hash-codec.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { applySettings, currentLink, currentSettings } from '../../src/state/share-link.svelte';
import { settings } from '../../src/state/settings.svelte';
import { router } from '../../src/state/router.svelte';
import { decodeHash, encodeHash } from '../../src/share/hash-codec';
import { isShareKey } from '../../src/share/hash-keys';
import { DEFAULT_MARGIN } from '../../src/analysis/kpis';
import { DEFAULT_THRESHOLDS } from '../../src/analysis/lifecycle';

// the Node test environment has no page: the router reads and writes this hash
const page = { hash: '' };
vi.stubGlobal('location', page);
vi.stubGlobal('history', { replaceState: (_s: unknown, _t: string, url: string) => (page.hash = url) });

describe('share link ⇄ state', () => {
  it('leaves settings at their defaults out of the hash, and writes every one in a copied link', () => {
    expect(settings.margin).toBe(DEFAULT_MARGIN);
    const short = currentSettings(false);
    expect(short.margin).toBeUndefined();
    expect(short.thresholds).toBeUndefined();
    const full = currentSettings(true);
    expect(full).toMatchObject({ margin: DEFAULT_MARGIN, windowKind: 'all', asOf: '', thresholds: DEFAULT_THRESHOLDS });
  });

  it('applies an opened link and encodes the same settings back', () => {
    const hash = 'view=churn&win=custom&win.from=2011-01-01&win.to=2011-06-30&asof=2011-06-30&margin=42.5&th=1.5,2,3,5&minreg=7';
    router.setViews(['overview', 'churn']);
    const link = decodeHash(hash, isShareKey);
    applySettings(link.settings);
    expect(settings.margin).toBeCloseTo(0.425, 12);
    expect(settings.window('2010-12-01', '2011-12-09')).toEqual({ start: '2011-01-01', end: '2011-06-30' });
    expect(settings.thresholds).toEqual({ new: 1.5, due: 2, at_risk: 3, lost: 5 });
    expect(settings.minRegulars).toBe(7);
    router.go('churn', {});
    const again = decodeHash(encodeHash(currentLink(false)), isShareKey);
    expect(again.view).toBe('churn');
    expect(again.settings).toMatchObject(link.settings);
  });

  it('keeps one writer of the margin that refuses what is not a fraction', () => {
    settings.setMargin(0.5);
    settings.setMargin(7);
    settings.setMargin(Number.NaN);
    expect(settings.margin).toBe(0.5);
  });

  it('opens the first view for an id that is not one', () => {
    page.hash = '#view=%3Cscript%3E';
    router.setViews(['overview', 'churn']);
    expect(router.view).toBe('overview');
  });
});
