export type { MessageKey } from './en';
export {
  isMessageKey,
  LANGS,
  loadDictionary,
  resolveLanguage,
  translator,
  type Lang,
  type Translate,
} from './translator';
export * from './keys';
export { actionNoun, actionText, enumLabel, enumText, evidenceText, fieldLabel, fieldText } from './labels';
export { importReasonText } from './import-reason-text';
