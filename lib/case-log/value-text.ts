import { enumLabel, type Lang, type Translate } from '../i18n';
import { moneyText, zonedTimeText } from '../rules/format-text';
import { FIELD_KINDS } from '../schema/field-kinds';
import type { OrderKey } from '../schema/order';

/** One order field's value as the agent reads it, in the UI language; "—" when there is none. */
export function valueText(
  key: OrderKey,
  value: unknown,
  options: { t: Translate; lang: Lang; currency: string; zone: string },
): string {
  const { t, lang, currency, zone } = options;
  if (value === undefined || value === null || value === '') return t('unset');
  switch (FIELD_KINDS[key]) {
    case 'amount':
      return typeof value === 'number' ? moneyText(value, currency, lang) : String(value);
    case 'instant':
      return zonedTimeText(String(value), zone, lang);
    case 'boolean':
      return t(value ? 'yes' : 'no');
    case 'enum':
      return enumLabel(t, String(value));
    default:
      return String(value);
  }
}

/** A byte count for people: "812 B", "12.4 KB", "3.1 MB". */
export function sizeText(bytes: number, lang: Lang): string {
  const number = (n: number) =>
    new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}
