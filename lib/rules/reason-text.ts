import type { Params, Reason, ReasonCode, VerdictWarning, WarningCode } from '../schema/verdict';
import { moneyText, zonedTimeText } from './format-text';
import { actionNoun, fieldText, paymentMethodText, statusText, transactionTypeText, type Lang } from './labels';

export { actionText, evidenceText, fieldText, type Lang } from './labels';

type Texts<K extends string> = Record<Lang, Record<K, (p: Params) => string>>;

const many = (label: (v: string, lang: Lang) => string, lang: Lang) => (value: string | number | undefined) =>
  String(value ?? '')
    .split(',')
    .map((v) => label(v, lang))
    .join(lang === 'zh' ? '、' : ', ');
/** Renders params: times in the rule set's zone, money in its currency, enum values as words. */
const helpers = (lang: Lang) => ({
  t: (p: Params, key: string) => zonedTimeText(p[key], p.zone, lang),
  m: (p: Params, key: string) => moneyText(p[key], p.currency, lang),
  noun: (p: Params) => actionNoun(p.action, lang),
  pm: many(paymentMethodText, lang),
  tt: many(transactionTypeText, lang),
  st: many(statusText, lang),
});
const en = helpers('en');
const zh = helpers('zh');

const REASONS: Texts<ReasonCode> = {
  en: {
    window_open: (p) => `${en.noun(p)} possible until ${en.t(p, 'deadline')}`,
    rule_applies: () => 'applies, with no time limit',
    window_closed: (p) => `${en.noun(p)} window closed at ${en.t(p, 'closedAt')}`,
    shadowed: (p) => `also matches, but rule ${p.by} comes first`,
    paid_at_missing: () => 'payment time missing: the window cannot be checked',
    paid_at_implausible: () => 'payment time is not a plausible date: the window cannot be checked',
    no_rule_matched: () => 'no rule of this set applies to the order',
    rule_set_invalid: () => 'the rule set cannot be used (unknown time zone or no rules)',
    clock_invalid: () => 'the current time is not usable',
    payment_method_mismatch: (p) => `payment method is ${en.pm(p.actual)}; the rule is for ${en.pm(p.expected)}`,
    payment_method_missing: (p) => `payment method unknown; the rule is for ${en.pm(p.expected)}`,
    transaction_type_mismatch: (p) => `transaction is a ${en.tt(p.actual)}; the rule is for ${en.tt(p.expected)}`,
    status_mismatch: (p) => `status is ${en.st(p.actual)}; the rule is for ${en.st(p.expected)}`,
    already_settled: () => 'already settled',
    not_settled: () => 'not settled yet (or unknown)',
    fully_refunded: () => 'already fully refunded',
    not_fully_refunded: () => 'not fully refunded',
    currency_mismatch: (p) => `currency is ${p.actual}; the rule is for ${p.expected}`,
    refund_count_limit: (p) => `${p.count} refunds so far: the limit of ${p.limit} is reached`,
    amount_missing: () => 'amount unknown',
    amount_below_range: (p) => `amount ${en.m(p, 'amount')} is below ${en.m(p, 'atLeast')}`,
    amount_above_range: (p) => `amount ${en.m(p, 'amount')} is not below ${en.m(p, 'below')}`,
  },
  zh: {
    window_open: (p) => `可${zh.noun(p)}，截止 ${zh.t(p, 'deadline')}`,
    rule_applies: () => '适用，无时间限制',
    window_closed: (p) => `${zh.noun(p)}期限已于 ${zh.t(p, 'closedAt')}截止`,
    shadowed: (p) => `同样符合，但规则 ${p.by} 优先`,
    paid_at_missing: () => '缺少交易时间，无法判断期限',
    paid_at_implausible: () => '交易时间不合理，无法判断期限',
    no_rule_matched: () => '本规则集没有适用于该订单的规则',
    rule_set_invalid: () => '规则集不可用（时区无效或没有规则）',
    clock_invalid: () => '当前时间不可用',
    payment_method_mismatch: (p) => `支付方式为${zh.pm(p.actual)}，本规则适用于${zh.pm(p.expected)}`,
    payment_method_missing: (p) => `支付方式未知，本规则适用于${zh.pm(p.expected)}`,
    transaction_type_mismatch: (p) => `交易类型为${zh.tt(p.actual)}，本规则适用于${zh.tt(p.expected)}`,
    status_mismatch: (p) => `交易状态为${zh.st(p.actual)}，本规则适用于${zh.st(p.expected)}`,
    already_settled: () => '已结算',
    not_settled: () => '未结算（或结算状态未知）',
    fully_refunded: () => '已全额退货',
    not_fully_refunded: () => '未全额退货',
    currency_mismatch: (p) => `币种为 ${p.actual}，本规则适用于 ${p.expected}`,
    refund_count_limit: (p) => `已退款 ${p.count} 次，达到 ${p.limit} 次上限`,
    amount_missing: () => '金额未知',
    amount_below_range: (p) => `金额 ${zh.m(p, 'amount')} 低于 ${zh.m(p, 'atLeast')}`,
    amount_above_range: (p) => `金额 ${zh.m(p, 'amount')} 不低于 ${zh.m(p, 'below')}`,
  },
};

/** An assumed value in words: "not settled" rather than "false". */
function assumedValue(p: Params, lang: Lang): string {
  if (p.field === 'settled') return lang === 'zh' ? '未结算' : 'not settled';
  if (p.field === 'transactionType') return transactionTypeText(p.value, lang);
  return String(p.value ?? '');
}

const WARNINGS: Texts<WarningCode> = {
  en: {
    deadline_soon: (p) => `deadline soon: ${en.t(p, 'deadline')}`,
    over_threshold: (p) =>
      `amount ${en.m(p, 'amountMinor')} is at or over ${en.m(p, 'thresholdMinor')}: supervisor approval needed`,
    edited_by_hand: (p) => `${fieldText(p.field, 'en')} was edited by hand`,
    field_missing: (p) => `${fieldText(p.field, 'en')} is missing`,
    field_assumed: (p) => `${fieldText(p.field, 'en')} unknown: taken as ${assumedValue(p, 'en')}`,
    partial_not_allowed: (p) =>
      `only the full amount ${en.m(p, 'amountMinor')} can be cancelled, not ${en.m(p, 'requestedMinor')}`,
    requested_over_max: (p) =>
      `requested ${en.m(p, 'requestedMinor')} is more than the ${en.m(p, 'maxAmountMinor')} allowed`,
    requested_invalid: () => 'the requested amount is not a positive amount',
  },
  zh: {
    deadline_soon: (p) => `即将截止：${zh.t(p, 'deadline')}`,
    over_threshold: (p) => `金额 ${zh.m(p, 'amountMinor')} 达到或超过 ${zh.m(p, 'thresholdMinor')}，需主管审批`,
    edited_by_hand: (p) => `${fieldText(p.field, 'zh')}为手工修改`,
    field_missing: (p) => `缺少${fieldText(p.field, 'zh')}`,
    field_assumed: (p) => `${fieldText(p.field, 'zh')}未知，按${assumedValue(p, 'zh')}处理`,
    partial_not_allowed: (p) => `只能按全额 ${zh.m(p, 'amountMinor')} 处理，不能只处理 ${zh.m(p, 'requestedMinor')}`,
    requested_over_max: (p) => `申请金额 ${zh.m(p, 'requestedMinor')} 超过可退金额 ${zh.m(p, 'maxAmountMinor')}`,
    requested_invalid: () => '申请金额无效（须为正数）',
  },
};

/** A trace or verdict reason in the UI language. */
export const reasonText = (reason: Reason, lang: Lang): string => REASONS[lang][reason.code](reason.params);

/** A verdict warning in the UI language. */
export const warningText = (warning: VerdictWarning, lang: Lang): string =>
  WARNINGS[lang][warning.code](warning.params);
