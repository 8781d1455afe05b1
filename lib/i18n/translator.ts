import type { UiLanguage } from '../schema/settings';
import { en, type Dictionary, type MessageKey } from './en';
import { zh } from './zh';

/** The languages CancelDesk speaks; the UI, exports, rule texts and reminders all take one of these. */
export type Lang = 'en' | 'zh';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const dictionaries: Record<Lang, Dictionary> = { en, zh };

/** Picks the UI language: the setting, or for 'auto' the browser's language. */
export function resolveLanguage(setting: UiLanguage, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Returns a translator for one language; {name} placeholders are replaced by params. */
export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, params) =>
    dict[key].replace(/\{(\w+)\}/g, (m, name: string) => (params && name in params ? String(params[name]) : m));
}
