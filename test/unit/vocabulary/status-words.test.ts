import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_SETTLED_WORDS,
  AMBIGUOUS_STATUS_WORDS,
  enumValue,
  SETTLED_SYNONYMS,
  SETTLEMENT_WORD_GROUPS,
  STATUS_SYNONYMS,
  STATUS_WORD_GROUPS,
} from '../../../lib/vocabulary';
import type { OrderStatus } from '../../../lib/schema/order';

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const statusWords = STATUS_WORD_GROUPS.flatMap((g) => g.words.map((w) => [g.status, w] as const));
const settledWords = SETTLEMENT_WORD_GROUPS.flatMap((g) => g.words.map((w) => [g.settled, w] as const));

/** Folded word → every value it was recorded with. */
function valuesByWord<V>(pairs: readonly (readonly [V, string])[]): Map<string, Set<V>> {
  const map = new Map<string, Set<V>>();
  for (const [value, word] of pairs) map.set(fold(word), (map.get(fold(word)) ?? new Set()).add(value));
  return map;
}

describe('recorded status and settlement words', () => {
  it('every group names its source and has words', () => {
    for (const g of [
      ...STATUS_WORD_GROUPS,
      ...SETTLEMENT_WORD_GROUPS,
      ...AMBIGUOUS_STATUS_WORDS,
      ...AMBIGUOUS_SETTLED_WORDS,
    ]) {
      expect(g.source.trim(), JSON.stringify(g.words)).not.toBe('');
      expect(g.words.length).toBeGreaterThan(0);
    }
  });

  it('no word is recorded with two different values', () => {
    for (const [word, values] of valuesByWord(statusWords)) expect([...values], word).toHaveLength(1);
    for (const [word, values] of valuesByWord(settledWords)) expect([...values], word).toHaveLength(1);
  });

  it('no ambiguous word is also recorded as a value', () => {
    const status = new Set(statusWords.map(([, w]) => fold(w)));
    const settled = new Set(settledWords.map(([, w]) => fold(w)));
    for (const w of AMBIGUOUS_STATUS_WORDS.flatMap((g) => g.words)) expect(status.has(fold(w)), w).toBe(false);
    for (const w of AMBIGUOUS_SETTLED_WORDS.flatMap((g) => g.words)) expect(settled.has(fold(w)), w).toBe(false);
  });

  it('keeps settlement words out of the status table, except Stripe’s "Pending" that is both', () => {
    const settled = new Set([...SETTLED_SYNONYMS.true, ...SETTLED_SYNONYMS.false].map(fold));
    const shared = Object.values(STATUS_SYNONYMS)
      .flat()
      .filter((w) => settled.has(fold(w)));
    expect(shared).toEqual(['Pending']);
  });

  it('keeps every word of the first hand-made lists', () => {
    const first: Record<OrderStatus, string[]> = {
      paid: [
        '交易成功',
        '已支付',
        '支付成功',
        '成功',
        '已完成',
        '已付款',
        'Paid',
        'Success',
        'Successful',
        'Succeeded',
        'Completed',
        'Approved',
      ],
      pending: [
        '待支付',
        '处理中',
        '未知',
        '未支付',
        '支付中',
        '交易处理中',
        '待确认',
        'Pending',
        'Processing',
        'Unknown',
        'In progress',
      ],
      failed: ['失败', '交易失败', '支付失败', 'Failed', 'Declined'],
      voided: ['已撤销', '撤销成功', '已冲正', 'Voided', 'Void', 'Reversed'],
      refunded: ['已退款', '全额退款', '退款成功', 'Refunded', 'Fully refunded'],
      partially_refunded: ['部分退款', '部分已退款', '部分退款成功', 'Partially refunded', 'Partial refund'],
      disputed: ['拒付', 'Chargeback', 'Disputed'],
    };
    for (const [status, list] of Object.entries(first))
      expect(STATUS_SYNONYMS[status as OrderStatus]).toEqual(expect.arrayContaining(list));
    expect(SETTLED_SYNONYMS.true).toEqual(expect.arrayContaining(['已结算', '已清算', '结算成功', 'Settled']));
    expect(SETTLED_SYNONYMS.false).toEqual(
      expect.arrayContaining([
        '未结算',
        '待结算',
        '未清算',
        'Pending',
        'Unsettled',
        'Not settled',
        'Pending settlement',
      ]),
    );
  });

  it.each(statusWords)('status %s ← %s', (status, word) => {
    expect(enumValue('status', word)).toBe(status);
  });

  it.each(statusWords.filter(([, w]) => !STATUS_WORD_GROUPS.some((g) => g.wholeTextOnly && g.words.includes(w))))(
    'status %s ← %s inside a longer text',
    (status, word) => {
      expect(enumValue('status', `状态：${word}`)).toBe(status);
      expect(enumValue('status', `Status: ${word}`)).toBe(status);
    },
  );

  it.each(settledWords)('settled %s ← %s', (settled, word) => {
    expect(enumValue('settled', word)).toBe(settled);
    expect(enumValue('settled', `Settlement: ${word}`)).toBe(settled);
  });

  it.each(AMBIGUOUS_STATUS_WORDS.flatMap((g) => g.words))('status: ambiguous %s stays unread', (word) => {
    expect(enumValue('status', word)).toBeUndefined();
    expect(enumValue('status', `订单${word}`)).toBeUndefined();
  });

  it.each(AMBIGUOUS_SETTLED_WORDS.flatMap((g) => g.words))('settled: ambiguous %s stays unread', (word) => {
    expect(enumValue('settled', word)).toBeUndefined();
  });

  it.each(settledWords.filter(([, w]) => w !== 'Pending'))(
    'status: settlement word %s (%s) is not a status',
    (_settled, word) => {
      expect(enumValue('status', word)).toBeUndefined();
    },
  );
});

describe('status texts from real portals, including the traps', () => {
  it.each<[string, OrderStatus | undefined]>([
    ['部分退款成功', 'partially_refunded'],
    ['退款成功', 'refunded'],
    ['已成功全额退款', 'refunded'],
    ['已成功部分退款', 'partially_refunded'],
    ['Partial refund', 'partially_refunded'],
    ['Partially refunded', 'partially_refunded'],
    ['部分退货', 'partially_refunded'],
    ['已退货', 'refunded'],
    ['Fully refunded', 'refunded'],
    ['已撤销（付款码支付）', 'voided'],
    ['撤单操作成功', 'voided'],
    ['冲正成功', 'voided'],
    ['已经冲正', 'voided'],
    ['Reversed', 'voided'],
    ['Cancelled', 'voided'],
    ['Canceled', 'voided'],
    ['拒付', 'disputed'],
    ['争议中', 'disputed'],
    ['Chargeback', 'disputed'],
    ['Dispute lost', 'disputed'],
    ['Chargeback reversed', 'disputed'],
    ['交易处理中，请稍后查询', 'pending'],
    ['Processing', 'pending'],
    ['用户支付中', 'pending'],
    ['NOTPAY', 'pending'],
    ['未支付', 'pending'],
    ['Requires action', 'pending'],
    ['AuthorisedPending', 'pending'],
    ['交易超时无应答', 'pending'],
    ['未知', 'pending'],
    ['退款处理中', 'pending'],
    ['PAY_ERROR', 'pending'],
    ['支付失败', 'failed'],
    ['支付失败并且已经成功充正', 'failed'],
    ['Refused', 'failed'],
    ['Authorization expired', 'failed'],
    ['交易支付成功', 'paid'],
    ['TRADE_SUCCESS', 'paid'],
    ['Authorised', 'paid'],
    ['交易成功（已结算）', 'paid'],
    ['Paid, pending settlement', 'paid'],
    // settlement words are not statuses
    ['Pending settlement', undefined],
    ['已结算', undefined],
    ['SentForSettle', undefined],
    // closed: no funds at WeChat, a full refund at Alipay
    ['已关闭', undefined],
    ['TRADE_CLOSED', undefined],
    ['转入退款', undefined],
    // the outcome of another operation, not of the payment
    ['退款失败', undefined],
    ['撤销失败', undefined],
    ['Refund failed', undefined],
    ['Refund successful', undefined],
    ['Void approved', undefined],
    ['关闭成功', undefined],
    ['支付失败，不确定是否已经成功充正', undefined],
    // negations and mixed signals
    ['支付未成功', undefined],
    ['Not successful', undefined],
    ['支付成功 已退款', undefined],
    ['Lost', undefined],
  ])('%s → %s', (text, status) => {
    expect(enumValue('status', text)).toBe(status);
  });

  it.each<[string, boolean | undefined]>([
    ['Not settled', false],
    ['Transaction not settled', false],
    ['Unsettled', false],
    ['Pending settlement', false],
    ['Awaiting settlement', false],
    ['SentForSettle', false],
    ['Settling', false],
    ['待结算', false],
    ['未清算', false],
    ['结算中', false],
    ['Settled', true],
    ['Settled successfully', true],
    ['Cleared', true],
    ['Not cleared', false],
    ['Available', true],
    ['已清算', true],
    ['清算完成', true],
    ['已入账', true],
    ['尚未结算', false],
    ['Not available', undefined],
    ['已对账', undefined],
    ['清算失败', undefined],
    ['已结算 / 未结算', undefined],
    ['Hasn’t settled', undefined],
  ])('settled: %s → %s', (text, settled) => {
    expect(enumValue('settled', text)).toBe(settled);
  });
});
