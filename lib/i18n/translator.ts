import type { UiLanguage } from '../schema/settings';
import type { Dictionary, MessageKey } from './en';

/** The languages CancelDesk speaks; the UI, exports, rule texts and reminders all take one of these. */
export type Lang = 'en' | 'zh';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

// Each language is a chunk of its own, so a page downloads the words it shows, not every language's.
const loaders: Record<Lang, () => Promise<Dictionary>> = {
  en: async () => (await import('./en')).en,
  zh: async () => (await import('./zh')).zh,
};
const loaded: Partial<Record<Lang, Dictionary>> = {};

/** Every language CancelDesk speaks. */
export const LANGS = Object.keys(loaders) as readonly Lang[];

/** Loads a language's words; a page awaits it before it shows or switches to that language. */
export async function loadDictionary(lang: Lang): Promise<void> {
  loaded[lang] ??= await loaders[lang]();
}

function dictionary(lang: Lang): Dictionary {
  const dict = loaded[lang];
  if (!dict) throw new Error(`The ${lang} words are used before loadDictionary('${lang}') loaded them.`);
  return dict;
}

/** Picks the UI language: the setting, or for 'auto' the browser's language. */
export function resolveLanguage(setting: UiLanguage, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** True when `key` names a message, in any loaded language (all have the same keys): for stored or page strings. */
export function isMessageKey(key: string): key is MessageKey {
  const any = loaded.en ?? loaded.zh;
  if (!any) throw new Error('Message keys are checked before any language was loaded.');
  return Object.hasOwn(any, key);
}

/** Returns a translator for one loaded language; {name} placeholders are replaced by params. */
export function translator(lang: Lang): Translate {
  const dict = dictionary(lang);
  return (key, params) =>
    dict[key].replace(/\{(\w+)\}/g, (m, name: string) => (params && name in params ? String(params[name]) : m));
}
