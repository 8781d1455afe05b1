import { expect } from 'vitest';
import type { ImportReason } from '../../lib/export/import-reason';
import { importReasonText, translator } from '../../lib/i18n';

/** A placeholder the translator found no parameter for. */
const LEFTOVER = /\{\w+\}/;

/**
 * Checks a refusal's reason words in both languages: no placeholder left, every parameter shown as given, and
 * in Chinese nothing of the English message. Returns the two texts.
 */
export function expectWordedInBoth(why: ImportReason, english: string): { en: string; zh: string } {
  const [en, zh] = (['en', 'zh'] as const).map((lang) => importReasonText(translator(lang), why));
  for (const [lang, text] of [
    ['en', en],
    ['zh', zh],
  ] as const) {
    expect(text, `${lang} ${why.code}`).not.toMatch(LEFTOVER);
  }
  expect(zh).not.toContain(english);
  expect(zh).not.toBe(en);
  return { en: en ?? '', zh: zh ?? '' };
}
