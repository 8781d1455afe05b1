import { actionNoun, enumText, fieldText, reasonKey, translator, warningKey, type Lang } from '../i18n';
import type { Params, Reason, ReasonCode, VerdictWarning } from '../schema/verdict';
import { moneyText, zonedTimeText } from './format-text';

type Render = (p: Params, lang: Lang) => string;

const time =
  (name: string): Render =>
  (p, lang) =>
    p[name] === undefined ? '' : zonedTimeText(p[name], p.zone, lang);
const money =
  (name: string): Render =>
  (p, lang) =>
    moneyText(p[name], p.currency, lang);
/** A comma-separated list of enum values ("card,cash") as words joined the language's way. */
const words =
  (name: string): Render =>
  (p, lang) =>
    String(p[name] ?? '')
      .split(',')
      .map((v) => enumText(v, lang))
      .join(translator(lang)('inline.listJoin'));
const raw =
  (name: string): Render =>
  (p) =>
    String(p[name]);

/** An assumed value in words: "not settled" rather than "false". */
const assumed: Render = (p, lang) => {
  if (p.field === 'settled') return translator(lang)('inline.notSettled');
  if (p.field === 'transactionType') return enumText(p.value, lang);
  return String(p.value ?? '');
};

/** How each placeholder of the texts is rendered: times in the rule set's zone, money in its currency, enums as words. */
const PARAMS: Record<string, Render> = {
  deadline: time('deadline'),
  closedAt: time('closedAt'),
  amount: money('amount'),
  atLeast: money('atLeast'),
  below: money('below'),
  amountMinor: money('amountMinor'),
  thresholdMinor: money('thresholdMinor'),
  requestedMinor: money('requestedMinor'),
  maxAmountMinor: money('maxAmountMinor'),
  noun: (p, lang) => actionNoun(p.action, lang),
  field: (p, lang) => fieldText(p.field, lang),
  value: assumed,
  by: raw('by'),
  count: raw('count'),
  limit: raw('limit'),
};

/** Codes whose actual and expected values are enum values, not codes shown as they are (a currency). */
const ENUM_LISTS: ReadonlySet<string> = new Set<ReasonCode>([
  'payment_method_mismatch',
  'payment_method_missing',
  'transaction_type_mismatch',
  'status_mismatch',
]);

function render(p: Params, lang: Lang, code: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, fn] of Object.entries(PARAMS)) out[name] = fn(p, lang);
  const list = ENUM_LISTS.has(code) ? words : raw;
  out.actual = list('actual')(p, lang);
  out.expected = list('expected')(p, lang);
  return out;
}

/** A trace or verdict reason in the UI language. */
export const reasonText = (reason: Reason, lang: Lang): string =>
  translator(lang)(reasonKey(reason.code), render(reason.params, lang, reason.code));

/** A verdict warning in the UI language. */
export const warningText = (warning: VerdictWarning, lang: Lang): string =>
  translator(lang)(warningKey(warning.code), render(warning.params, lang, warning.code));
