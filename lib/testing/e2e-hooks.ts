import { recordCapture } from '../db';
import type { CaptureDraft } from '../schema/capture';

/** Seeds n realistic cases, for benchmarks and tests that need a full database. */
async function seedCases(n: number): Promise<void> {
  const start = Date.UTC(2026, 10, 1);
  for (let i = 0; i < n; i++) {
    const orderNo = `2026110${String(100000000000 + i)}`;
    const draft: CaptureDraft = {
      values: {
        orderNo,
        merchantName: `Seed merchant ${i % 37}`,
        merchantId: `8983100581${String(10000 + (i % 500))}`,
        amountMinor: 1000 + ((i * 7919) % 900000),
        currency: 'CNY',
        paymentMethod: (['card', 'wechat', 'alipay', 'cash', 'unionpay_qr'] as const)[i % 5],
        paidAt: new Date(start + i * 3_600_000).toISOString(),
        status: 'paid',
      },
      sources: {},
    };
    const saved = await recordCapture({ origin: 'http://seed.invalid', url: `http://seed.invalid/order/${i}`, draft });
    if (!saved.ok) throw new Error(saved.error.message);
  }
}

/** Exposes test-only helpers on the window of e2e builds; production builds never import this module. */
export function installE2eHooks(): void {
  Object.assign(window, { canceldeskTest: { seedCases } });
}
