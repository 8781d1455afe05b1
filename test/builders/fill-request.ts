import type { FillFile, FillRequest, FillValues } from '../../lib/schema/fill';

/** A full request for a card sale paid 2026-11-25 14:03:27 Beijing time; override what a test is about. */
export function makeFillRequest(
  values: Partial<FillValues> = {},
  extra: Omit<Partial<FillRequest>, 'values'> = {},
): FillRequest {
  return {
    values: {
      zone: 'Asia/Shanghai',
      orderNo: 'T20261125-0001',
      amountMinor: 12_850,
      currency: 'CNY',
      paidAt: '2026-11-25T06:03:27Z',
      paidAtWall: '2026-11-25T14:03:27',
      merchantId: '898310048990001',
      terminalId: '12345678',
      batchNo: '000001',
      voucherNo: '000123',
      referenceNo: '123456789012',
      authCode: 'A1B2C3',
      requestType: 'void',
      reason: 'duplicate_charge',
      description: '客户重复刷卡，申请撤销。',
      contactName: '王丽',
      contactPhone: '13800138000',
      contactEmail: 'wang.li@example.com',
      ...values,
    },
    ...extra,
  };
}

/** A small evidence file as the panel sends it. */
export function makeFillFile(name = 'receipt.txt', text = 'slip 000123'): FillFile {
  return { name, type: name.endsWith('.pdf') ? 'application/pdf' : 'text/plain', base64: btoa(text) };
}
