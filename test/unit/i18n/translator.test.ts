import { describe, expect, it, vi } from 'vitest';

// A fresh copy of the module, as a page has it before it loads any words (the test setup loads both languages).
async function freshTranslator() {
  vi.resetModules();
  return import('../../../lib/i18n/translator');
}

describe('loadDictionary', () => {
  it.each([
    ['en', 'Capture order'],
    ['zh', '读取订单'],
  ] as const)('%s: refused before its words are loaded, translated after', async (lang, text) => {
    const fresh = await freshTranslator();
    expect(() => fresh.translator(lang)).toThrow(/loadDictionary/);
    expect(() => fresh.isMessageKey('captureOrder')).toThrow(/before any language/);
    await fresh.loadDictionary(lang);
    expect(fresh.translator(lang)('captureOrder')).toBe(text);
    expect(fresh.isMessageKey('captureOrder')).toBe(true);
    expect(fresh.isMessageKey('no.such.key')).toBe(false);
  });

  it('loads one language without the other', async () => {
    const fresh = await freshTranslator();
    await fresh.loadDictionary('zh');
    expect(() => fresh.translator('en')).toThrow(/loadDictionary\('en'\)/);
  });
});
