import { bundleForPage } from './bundle';
import type { Benchmark } from './harness';

declare const cdRules: {
  run(n: number): { subject: number; baseline: number; actions: number };
};

const N = 10_000;

// Mixed orders across methods, types, statuses and times, evaluated in the page against cn-pos-default.
const SOURCE = `
import 'temporal-polyfill/global';
import { evaluate, defaultRuleSets } from './lib/rules';
const methods = ['card', 'cash', 'wechat', 'alipay', 'unionpay_qr'];
const types = ['sale', 'sale', 'sale', 'preauth', 'preauth_completion'];
const statuses = ['paid', 'paid', 'paid', 'pending', 'failed', 'partially_refunded', 'refunded'];
function orders(n) {
  const out = [];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < n; i++) {
    out.push({
      orderNo: 'O' + i,
      paymentMethod: methods[i % methods.length],
      transactionType: types[i % types.length],
      status: statuses[i % statuses.length],
      amountMinor: 100 + ((i * 7919) % 900000),
      refundedMinor: i % 7 === 5 ? 50 : 0,
      refundCount: i % 11,
      settled: i % 3 === 0,
      currency: 'CNY',
      paidAt: new Date(start + ((i * 3607000) % (700 * 86400000))).toISOString(),
    });
  }
  return out;
}
export function run(n) {
  const list = orders(n);
  const ruleSet = defaultRuleSets.find((r) => r.id === 'cn-pos-default');
  const now = new Date('2026-11-26T02:00:00Z');
  const t0 = performance.now();
  for (const o of list) Temporal.Instant.from(o.paidAt).toZonedDateTimeISO(ruleSet.zone);
  const t1 = performance.now();
  const actions = new Set();
  for (const o of list) actions.add(evaluate(o, ruleSet, now).action);
  const t2 = performance.now();
  return { baseline: (t1 - t0) / n, subject: (t2 - t1) / n, actions: actions.size };
}
`;

/** 10,000 evaluations of mixed orders; per evaluation, vs parsing each payment time into the zone once. */
export const rulesBench: Benchmark = {
  name: 'rules',
  what: `evaluate() per order, ${N.toLocaleString('en')} mixed orders per run`,
  baseline: 'Temporal parse of the payment time into the rule set zone, per order',
  runs: 9,
  async run(ctx) {
    const page = await ctx.page();
    await page.setContent('<!doctype html><title>rules bench</title>');
    await page.addScriptTag({ content: await bundleForPage('cdRules', SOURCE) });
    const r = await page.evaluate((n) => cdRules.run(n), N);
    if (r.actions < 4) throw new Error(`rules bench produced only ${r.actions} kinds of action`);
    await page.close();
    return { subject: r.subject, baseline: r.baseline };
  },
};
