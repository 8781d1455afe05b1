import { describe, expect, it } from 'vitest';
import { enumValue, type EnumField } from '../../../lib/vocabulary';

describe('enumValue', () => {
  it.each<[EnumField, string, unknown]>([
    ['paymentMethod', '银行卡', 'card'],
    ['paymentMethod', '刷卡', 'card'],
    ['paymentMethod', '借记卡', 'card'],
    ['paymentMethod', '信用卡', 'card'],
    ['paymentMethod', '银行卡（借记卡）', 'card'],
    ['paymentMethod', '现金', 'cash'],
    ['paymentMethod', '微信', 'wechat'],
    ['paymentMethod', 'WeChat Pay', 'wechat'],
    ['paymentMethod', '支付宝', 'alipay'],
    ['paymentMethod', 'Alipay', 'alipay'],
    ['paymentMethod', '云闪付', 'unionpay_qr'],
    ['paymentMethod', '银联二维码', 'unionpay_qr'],
    ['paymentMethod', 'UnionPay QR', 'unionpay_qr'],
    ['transactionType', '消费', 'sale'],
    ['transactionType', 'Sale', 'sale'],
    ['transactionType', '预授权', 'preauth'],
    ['transactionType', '预授权完成', 'preauth_completion'],
    ['status', '交易成功', 'paid'],
    ['status', '已支付', 'paid'],
    ['status', 'Paid', 'paid'],
    ['status', 'Success', 'paid'],
    ['status', '待支付', 'pending'],
    ['status', '处理中', 'pending'],
    ['status', '未知', 'pending'],
    ['status', 'Pending', 'pending'],
    ['status', '失败', 'failed'],
    ['status', 'Failed', 'failed'],
    ['status', '已撤销', 'voided'],
    ['status', 'Voided', 'voided'],
    ['status', '已退款', 'refunded'],
    ['status', 'Refunded', 'refunded'],
    ['status', '部分退款', 'partially_refunded'],
    ['settled', '已结算', true],
    ['settled', 'Settled', true],
    ['settled', '未结算', false],
    ['settled', 'Pending', false],
  ])('%s: %s → %s', (field, text, value) => {
    expect(enumValue(field, text)).toBe(value);
  });

  it.each<[EnumField, string]>([
    ['transactionType', '消费撤销'],
    ['transactionType', 'Refund'],
    ['paymentMethod', '易付宝钱包'],
    ['status', ''],
  ])('%s: %s matches nothing', (field, text) => {
    expect(enumValue(field, text)).toBeUndefined();
  });
});
