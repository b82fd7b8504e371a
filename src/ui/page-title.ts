import type { MessageKey } from '../i18n/en';

/** The browser tab's title in the UI language: the step or view the page shows, then the app's name. */
export function pageTitle(phase: string, viewLabel: string, t: (key: MessageKey) => string): string {
  const what =
    phase === 'ready' ? viewLabel : phase === 'mapping' ? t('mapping.title') : phase === 'loading' ? t('landing.reading') : t('title.landing');
  return `${what} — Ottok`;
}
