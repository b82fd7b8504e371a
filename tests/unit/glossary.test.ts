/**
 * One vocabulary in both languages (issue 14): every key that names a concept of src/i18n/glossary.ts uses
 * that concept's words, no two concepts share a name, no concept's name contains another concept's words,
 * and the retired words (old status names, «клиент», formula letters, statistics terms) appear nowhere.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { GLOSSARY, RETIRED } from '../../src/i18n/glossary';

const LANGS = { en, ru } as const;
type Lang = keyof typeof LANGS;

/** A stem at the start of a word (JavaScript's \b does not know Cyrillic letters). */
const hasWord = (text: string, stem: string) => new RegExp(`(?<![\\p{L}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').test(text);

describe('glossary', () => {
  for (const lang of ['en', 'ru'] as Lang[]) {
    const text = LANGS[lang] as Record<string, string>;

    it(`${lang}: every key naming a concept uses its words, and every concept is explained`, () => {
      const wrong: string[] = [];
      for (const [id, concept] of Object.entries(GLOSSARY)) {
        for (const key of [concept.term, ...(concept.also ?? [])]) {
          if (!(key in text)) wrong.push(`${id}: no key ${key}`);
          else if (!concept.words[lang].some((w) => hasWord(text[key]!, w))) wrong.push(`${id}: ${key} = “${text[key]}” has none of ${concept.words[lang].join(', ')}`);
        }
        expect(text[concept.explain], `${id} explained`).toMatch(/\S.*[.!]$/);
      }
      expect(wrong).toEqual([]);
    });

    it(`${lang}: one name, one concept`, () => {
      const byName = new Map<string, string>();
      for (const [id, concept] of Object.entries(GLOSSARY)) {
        const name = text[concept.term]!.toLowerCase();
        expect(byName.get(name), `“${name}” names both ${byName.get(name)} and ${id}`).toBeUndefined();
        byName.set(name, id);
      }
      const clashes: string[] = [];
      for (const [a, ca] of Object.entries(GLOSSARY)) {
        for (const [b, cb] of Object.entries(GLOSSARY)) {
          if (a === b || cb.base) continue;
          for (const key of [ca.term, ...(ca.also ?? [])]) {
            const hit = cb.words[lang].find((w) => hasWord(text[key]!, w));
            if (hit) clashes.push(`${key} (${a}) = “${text[key]}” uses “${hit}”, a word of ${b}`);
          }
        }
      }
      expect(clashes).toEqual([]);
    });

    it(`${lang}: no retired word is left`, () => {
      const left = Object.entries(text)
        .filter(([key]) => !RETIRED.allowedIn.some((prefix) => key.startsWith(prefix)))
        .flatMap(([key, value]) => RETIRED[lang].filter((w) => value.toLowerCase().includes(w)).map((w) => `${key}: “${w}” in “${value}”`));
      expect(left).toEqual([]);
    });
  }

  it('the test catches what it should: a second word for a status, or one word for two concepts', () => {
    const concept = GLOSSARY['status.at_risk']!;
    expect(concept.words.ru.some((w) => hasWord('Потеряшки', w))).toBe(false);
    expect(GLOSSARY['segment.New Customers']!.words.ru.some((w) => hasWord('Новые', w))).toBe(false);
    expect(GLOSSARY['status.new']!.words.ru.some((w) => hasWord('Новые', w))).toBe(true);
  });
});
