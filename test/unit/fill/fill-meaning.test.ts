import { describe, expect, it } from 'vitest';
import { fillMeaning } from '../../../lib/fill/fill-meaning';

describe('fillMeaning', () => {
  it.each([
    ['原订单号', 'orderNo'],
    ['*原订单编号：', 'orderNo'],
    ['Original Order No.', 'orderNo'],
    ['订单号', 'orderNo'],
    ['退款金额', 'amountMinor'],
    ['Refund Amount', 'amountMinor'],
    ['申请金额(元)', 'amountMinor'],
    ['原交易金额', 'amountMinor'],
    ['原交易日期', 'paidAt'],
    ['交易时间', 'paidAt'],
    ['Transaction Date', 'paidAt'],
    ['商户编号', 'merchantId'],
    ['Terminal ID', 'terminalId'],
    ['批次号', 'batchNo'],
    ['原凭证号', 'voucherNo'],
    ['Trace No.', 'voucherNo'],
    ['RRN', 'referenceNo'],
    ['原授权码', 'authCode'],
    ['申请类型', 'requestType'],
    ['Request Type', 'requestType'],
    ['撤销原因', 'reason'],
    ['Reason for Cancellation', 'reason'],
    ['情况说明', 'description'],
    ['Remarks', 'description'],
    ['联系人', 'contactName'],
    ['Contact Name', 'contactName'],
    ['联系电话', 'contactPhone'],
    ['申请人手机号', 'contactPhone'],
    ['Phone', 'contactPhone'],
    ['电子邮箱', 'contactEmail'],
    ['E-mail', 'contactEmail'],
    ['币种', 'currency'],
    ['附件', 'files'],
    ['Supporting Documents', 'files'],
  ])('%s → %s', (label, key) => {
    const m = fillMeaning(label);
    expect(m?.kind === 'keys' ? m.keys : m).toEqual([key]);
  });

  it.each([
    ['退款金额（分）', true],
    ['申请金额(fen)', true],
    ['Refund Amount (cents)', true],
    ['退款金额(元)', false],
    ['Amount (CNY)', false],
  ])('%s is in minor units: %s', (label, minor) => {
    const m = fillMeaning(label);
    expect(m?.kind === 'keys' && m.minorUnits).toBe(minor);
  });

  it('rates an exact word above one found inside a longer label', () => {
    const exact = fillMeaning('订单号');
    const within = fillMeaning('原交易金额');
    expect(exact?.kind === 'keys' && within?.kind === 'keys' && exact.quality > within.quality).toBe(true);
  });

  it.each(['CVV2', '主管密码', '支付密码', 'PIN', '身份证号', 'Security Code'])('refuses %s', (label) => {
    expect(fillMeaning(label)).toEqual({ kind: 'refused' });
  });

  it.each(['商户名称', 'Merchant Name', '交易类型', '订单状态', '已退款金额'])(
    'knows %s is an order field it does not fill',
    (label) => {
      expect(fillMeaning(label)).toEqual({ kind: 'other' });
    },
  );

  it.each(['客服热线', '今日交易合计', '客户联系电话', '', 'f1'])('names nothing in %j', (label) => {
    const m = fillMeaning(label);
    expect(m === null || m.kind === 'other').toBe(true);
  });

  it('gives a label shared by two fields both keys', () => {
    const m = fillMeaning('流水号');
    expect(m?.kind === 'keys' && [...m.keys].sort()).toEqual(['orderNo', 'voucherNo']);
  });
});
