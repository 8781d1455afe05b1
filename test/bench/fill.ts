import type { FillRequest } from '../../lib/schema/fill';
import { makeFillRequest } from '../builders/fill-request';
import { bundleForPage } from './bundle';
import { median, type Benchmark } from './harness';

declare const cdFill: {
  run(
    request: FillRequest,
  ): Promise<{ subject: number; baseline: number; plan: number; fields: number; filled: number; outcomes: string[] }>;
};

const FIELDS = 40;

/** The fields the case fills: label and control, as a zh acquirer's cancellation form lays them out. */
const CASE_FIELDS: readonly [string, string][] = [
  ['原订单号', '<input name="c1">'],
  ['申请金额(元)', '<input name="c2" placeholder="0.00">'],
  [
    '币种',
    '<select name="c3"><option value="">请选择</option><option value="CNY">人民币</option><option value="USD">美元</option></select>',
  ],
  ['交易日期', '<input name="c4" placeholder="YYYY-MM-DD">'],
  ['交易时间', '<input name="c5" placeholder="HH:mm:ss">'],
  ['商户编号', '<input name="c6">'],
  ['终端编号', '<input name="c7">'],
  ['批次号', '<input name="c8">'],
  ['凭证号', '<input name="c9">'],
  ['参考号', '<input name="c10">'],
  ['授权码', '<input name="c11">'],
  [
    '申请类型',
    '<select name="c12"><option value="">请选择</option><option value="01">消费撤销</option><option value="02">退货</option><option value="03">预授权撤销</option></select>',
  ],
  [
    '申请原因',
    '<select name="c13"><option value="">请选择</option><option>重复扣款</option><option>金额错误</option><option>客户取消</option><option>系统故障</option><option>操作失误</option><option>其他</option></select>',
  ],
  ['情况说明', '<textarea name="c14"></textarea>'],
  ['联系人', '<input name="c15">'],
  ['联系电话', '<input name="c16">'],
  ['电子邮箱', '<input name="c17" type="email">'],
];

/** Fields of the same form the case has nothing for: the filler reads and names them, then leaves them. */
const OTHER_LABELS = [
  '门店名称',
  '收银台',
  '商品名称',
  '商品数量',
  '会员等级',
  '发货状态',
  '收货城市',
  '开票类型',
  '销售渠道',
  '活动名称',
  '积分抵扣',
  '门店区域',
  '导购姓名',
  '配送方式',
  '包装要求',
  '赠品',
  '质检结果',
  '仓库',
  '货架位置',
  '品牌',
  '颜色',
  '尺码',
  '款式',
];

/** A plain HTML cancellation form of 40 labelled fields in table rows, 17 of which the case fills. */
export function fortyFieldForm(): string {
  const others = OTHER_LABELS.map((label, i): [string, string] => [label, `<input name="o${i + 1}">`]);
  const rows = [...CASE_FIELDS, ...others];
  if (rows.length !== FIELDS) throw new Error(`the bench form has ${rows.length} fields, not ${FIELDS}`);
  const body = rows.map(([label, control]) => `<tr><td class="label">${label}</td><td>${control}</td></tr>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>撤销申请</title></head><body>
<form id="apply" action="#"><table class="form">${body}</table><button type="submit">提交申请</button></form></body></html>`;
}

const REQUEST: FillRequest = makeFillRequest({
  transactionType: 'sale',
  description:
    '订单 T20261125-0001（交易时间 2026-11-25 14:03:27，金额 ¥128.50）申请撤销，原因：重复扣款。经办人：王丽。',
});

// Timed inside the page: a bare loop that sets a value in each of the 40 controls (native setter, one input
// event; averaged over 21 passes), the form reset, then the real fill of the same form (plan + execute, no settle wait).
const SOURCE = `
import { planFill, executeFill } from './lib/fill';
const PASSES = 21;
const setters = new Map([
  [HTMLInputElement.prototype, Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set],
  [HTMLTextAreaElement.prototype, Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set],
  [HTMLSelectElement.prototype, Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set],
]);
function bareValue(el, request) {
  if (el.localName === 'select') return el.options[1].value;
  const v = request.values;
  const byName = { c1: v.orderNo, c2: '128.50', c4: '2026-11-25', c5: '14:03:27', c6: v.merchantId, c7: v.terminalId, c8: v.batchNo,
    c9: v.voucherNo, c10: v.referenceNo, c11: v.authCode, c14: v.description, c15: v.contactName, c16: v.contactPhone, c17: v.contactEmail };
  return byName[el.name] ?? 'x';
}
export async function run(request) {
  const form = document.getElementById('apply');
  const controls = [...form.querySelectorAll('input, textarea, select')];
  const values = controls.map((el) => bareValue(el, request));
  const t0 = performance.now();
  // One pass is below the page clock's resolution: passes alternate between the values and empty, ending on the values.
  for (let pass = 0; pass < PASSES; pass++) {
    controls.forEach((el, i) => {
      setters.get(Object.getPrototypeOf(el)).call(el, pass % 2 === 0 ? values[i] : '');
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  const t1 = performance.now();
  const written = controls.filter((el, i) => el.value === values[i]).length;
  form.reset();
  const t2 = performance.now();
  const plan = planFill(document, request);
  const tPlan = performance.now();
  const report = await executeFill(plan, new AbortController().signal, { settleMs: 0 });
  const t3 = performance.now();
  if (written !== controls.length) throw new Error('baseline wrote ' + written + ' of ' + controls.length);
  return {
    baseline: (t1 - t0) / PASSES,
    subject: t3 - t2,
    plan: tPlan - t2,
    fields: controls.length,
    filled: report.outcomes.filter((o) => o.outcome === 'filled').length,
    outcomes: report.outcomes.filter((o) => o.outcome !== 'filled').map((o) => o.key + ':' + o.outcome),
  };
}
`;

const CASE_KEYS = CASE_FIELDS.length;
let last: { fields: number; filled: number } = { fields: 0, filled: 0 };
const planTimes: number[] = [];

/** Filling a 40-field form (17 fields the case fills), vs a bare native-setter loop over its 40 controls. */
export const fillBench: Benchmark = {
  name: 'fill',
  what: `planFill + executeFill (settleMs 0) on a generated ${FIELDS}-field plain form, ${CASE_KEYS} of them filled from the case`,
  baseline: `a bare loop setting a value in each of the same ${FIELDS} controls with the native value setter and one input event`,
  runs: 15,
  async run(ctx) {
    const page = await ctx.page();
    await page.setContent(fortyFieldForm());
    await page.addScriptTag({ content: await bundleForPage('cdFill', SOURCE) });
    const result = await page.evaluate((request) => cdFill.run(request), REQUEST);
    await page.close();
    if (result.fields !== FIELDS || result.filled !== CASE_KEYS)
      throw new Error(
        `fill bench filled ${result.filled} of ${result.fields} fields; not filled: ${result.outcomes.join(', ')}`,
      );
    last = { fields: result.fields, filled: result.filled };
    planTimes.push(result.plan);
    return { subject: result.subject, baseline: result.baseline };
  },
  async notes() {
    return [
      `form has ${last.fields} fields; the fill wrote ${last.filled} (the rest mean nothing to a cancellation)`,
      `of the median, planning (finding, naming and matching the fields) took ${median(planTimes).toFixed(1)} ms; the rest is writing and reading back`,
    ];
  },
};
