/**
 * Date fields write dates the way the UI language does — ДД.ММ.ГГГГ in Russian, YYYY-MM-DD in English —
 * whatever the browser's own language (a native `<input type="date">` follows the browser, not the page).
 * Either language's form is read back, so a pasted ISO date works in Russian too.
 */
export type DateLocale = 'en' | 'ru';

export const DATE_PLACEHOLDER: Record<DateLocale, string> = { en: 'YYYY-MM-DD', ru: 'ДД.ММ.ГГГГ' };

export function formatDateField(iso: string, locale: DateLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return '';
  return locale === 'ru' ? `${m[3]}.${m[2]}.${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

/** The ISO date typed, or null when it is not a real calendar date. */
export function parseDateField(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let [y, mo, d] = m ? [m[1], m[2], m[3]] : [];
  if (!m) {
    m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
    if (!m) return null;
    [d, mo, y] = [m[1], m[2], m[3]];
  }
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}
