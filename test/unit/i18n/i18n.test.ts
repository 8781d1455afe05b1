import { describe, expect, it } from 'vitest';
import { resolveLanguage, translator } from '../../../lib/i18n';
import { en } from '../../../lib/i18n/en';
import { zh } from '../../../lib/i18n/zh';

describe('resolveLanguage', () => {
  it.each([
    ['auto', 'zh-CN', 'zh'],
    ['auto', 'zh-TW', 'zh'],
    ['auto', 'en-US', 'en'],
    ['auto', 'fr', 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh', 'en-US', 'zh'],
  ] as const)('%s with browser %s → %s', (setting, browserLang, lang) => {
    expect(resolveLanguage(setting, browserLang)).toBe(lang);
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('en')('grantAccess', { origin: 'https://p.example' })).toBe('Grant access to https://p.example');
    expect(translator('zh')('grantAccess')).toBe('授权访问 {origin}');
  });

  it('has every English placeholder in the Chinese text too', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zh[key]), key).toEqual(names(en[key]));
    }
  });
});
