import { describe, expect, it } from 'vitest';
import { IMPORT_REASON_CODES } from '../../../lib/export/import-reason';
import { importReasonKey, isMessageKey, translator } from '../../../lib/i18n';

/** Two English words in a row once placeholders are out: an English sentence inside a Chinese one. */
const ENGLISH_WORDS = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/;

describe('import and restore refusal reasons', () => {
  it.each(IMPORT_REASON_CODES)('%s has words in both dictionaries, and the Chinese ones are Chinese', (code) => {
    const key = importReasonKey(code);
    expect(isMessageKey(key), key).toBe(true);
    const [en, zh] = (['en', 'zh'] as const).map((lang) => translator(lang)(key));
    expect(en).not.toBe('');
    expect(zh).not.toBe(en);
    expect(zh?.replace(/\{\w+\}/g, '')).not.toMatch(ENGLISH_WORDS);
  });
});
