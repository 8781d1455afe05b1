import { describe, expect, it } from 'vitest';
import { keyForLabel, labelMeaning, LABEL_SYNONYMS } from '../../../lib/vocabulary';
import type { OrderKey } from '../../../lib/schema/order';

describe('labelMeaning', () => {
  it.each<[string, OrderKey]>([
    ['订单编号', 'orderNo'],
    ['订单号', 'orderNo'],
    ['Order No.', 'orderNo'],
    ['Order ID', 'orderNo'],
    ['商户编号', 'merchantId'],
    ['商户号', 'merchantId'],
    ['MID', 'merchantId'],
    ['终端编号', 'terminalId'],
    ['终端号', 'terminalId'],
    ['TID', 'terminalId'],
    ['批次号', 'batchNo'],
    ['批次', 'batchNo'],
    ['Batch No.', 'batchNo'],
    ['凭证号', 'voucherNo'],
    ['Trace No.', 'voucherNo'],
    ['参考号', 'referenceNo'],
    ['检索参考号', 'referenceNo'],
    ['交易参考号', 'referenceNo'],
    ['RRN', 'referenceNo'],
    ['Retrieval Ref. No.', 'referenceNo'],
    ['授权码', 'authCode'],
    ['Auth Code', 'authCode'],
    ['交易金额', 'amountMinor'],
    ['金额(元)', 'amountMinor'],
    ['Amount', 'amountMinor'],
    ['交易时间', 'paidAt'],
    ['交易日期', 'paidAt'],
    ['Paid at', 'paidAt'],
    ['Transaction Time', 'paidAt'],
    ['订单状态', 'status'],
    ['状态', 'status'],
    ['Status', 'status'],
    ['结算状态', 'settled'],
    ['Settlement', 'settled'],
    ['支付方式', 'paymentMethod'],
    ['付款方式', 'paymentMethod'],
    ['Method', 'paymentMethod'],
    ['交易类型', 'transactionType'],
    ['交易类别', 'transactionType'],
    ['Transaction Type', 'transactionType'],
    ['卡号', 'cardMasked'],
    ['Card No.', 'cardMasked'],
  ])('the issue’s label %s means %s, with full confidence', (label, key) => {
    expect(labelMeaning(label)).toEqual({ kind: 'field', keys: [key], quality: 1 });
    expect(keyForLabel(label)).toBe(key);
  });

  it.each([
    ['*订单编号：', 'orderNo'],
    ['  Order  No. : ', 'orderNo'],
    ['ＭＩＤ', 'merchantId'],
    ['order id', 'orderNo'],
  ])('folds decoration, width and case: %s', (label, key) => {
    expect(keyForLabel(label)).toBe(key);
  });

  it('keeps a unit in parentheses for the amount', () => {
    expect(labelMeaning('交易金额（元）')).toEqual({ kind: 'field', keys: ['amountMinor'], quality: 1, unit: '元' });
  });

  it('reads a synonym inside a longer label with less confidence', () => {
    expect(labelMeaning('原订单编号')).toEqual({ kind: 'field', keys: ['orderNo'], quality: 0.6 });
    expect(labelMeaning('申请金额(元)')).toEqual({ kind: 'field', keys: ['amountMinor'], quality: 0.6, unit: '元' });
  });

  it.each(['今日交易金额', "Today's total", '关联订单号', 'Related Order ID', '客服热线', '手续费金额'])(
    'does not read %s as the order’s field',
    (label) => {
      expect(labelMeaning(label)).toBeNull();
    },
  );

  it('says 流水号 may be either the order or the voucher number', () => {
    expect(labelMeaning('流水号')).toEqual({ kind: 'field', keys: ['orderNo', 'voucherNo'], quality: 1 });
    expect(keyForLabel('流水号')).toBeNull();
  });

  it.each(['CVV', 'CVV2', 'CVC', '安全码', 'PIN', '密码', '主管密码', '磁道信息', 'Track 2', '卡片验证码(CVN2)'])(
    'refuses %s',
    (label) => {
      expect(labelMeaning(label)).toEqual({ kind: 'sensitive' });
      expect(keyForLabel(label)).toBeNull();
    },
  );

  it.each(['身份证号', '证件号码', 'ID No.', '持卡人身份证号'])('knows %s is a personal ID number', (label) => {
    expect(labelMeaning(label)).toEqual({ kind: 'id' });
  });

  it.each(['订单详情', '2026-11-25', '202611251403220018', '备注', ''])('knows %s is no label', (text) => {
    expect(labelMeaning(text)).toBeNull();
  });

  it('has every listed synonym resolve to its own field', () => {
    for (const [key, labels] of Object.entries(LABEL_SYNONYMS))
      for (const l of labels) expect(keyForLabel(l), l).toBe(key);
  });
});
