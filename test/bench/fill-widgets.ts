import type { FillRequest } from '../../lib/schema/fill';
import { makeFillRequest } from '../builders/fill-request';
import { serveStatic, type StaticServer } from '../support/static-server';
import { buildFormFixtures } from '../support/build-fixtures';
import { bundleForPage } from './bundle';
import type { Benchmark } from './harness';

declare const cdWidgets: {
  run(request: FillRequest): Promise<{ subject: number; baseline: number; filled: number; failed: string[] }>;
};

/** The real-library forms of test/fixtures/widgets, with the language their labels speak. */
const LIBRARIES = [
  ['antd', 'zh'],
  ['element-plus', 'zh'],
  ['ant-design-vue', 'en'],
  ['shoelace', 'en'],
  ['bootstrap-tom-select', 'en'],
  ['jquery-select2', 'zh'],
] as const;

// Timed inside the page: a bare native-setter loop over the form's text boxes (each given its own value, so the
// form is unchanged), then the real fill of the same form (plan and execute with its popup waits, no settle wait).
const SOURCE = `
import { planFill, executeFill } from './lib/fill';
const BOX = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), textarea';
function deep(root, out = []) {
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(BOX)) out.push(el);
    if (el.shadowRoot) deep(el.shadowRoot, out);
  }
  return out;
}
export async function run(request) {
  const boxes = deep(document);
  const t0 = performance.now();
  for (const el of boxes) {
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set.call(el, el.value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const t1 = performance.now();
  const report = await executeFill(planFill(document, request), new AbortController().signal, { settleMs: 0 });
  const t2 = performance.now();
  const wanted = ['orderNo', 'amountMinor', 'requestType', 'reason', 'paidAt', 'terminalId', 'merchantId', 'description'];
  return {
    baseline: t1 - t0,
    subject: t2 - t1,
    filled: report.outcomes.filter((o) => o.outcome === 'filled').length,
    failed: report.outcomes.filter((o) => wanted.includes(o.key) && o.outcome !== 'filled').map((o) => o.key + ':' + o.outcome),
  };
}`;

let server: StaticServer | null = null;

/** Click-to-report fill of each real-library form (popup waits included), against a bare setter loop over its boxes. */
export const widgetBenches: Benchmark[] = LIBRARIES.map(([lib, lang]) => ({
  name: `fill-${lib}`,
  what: `planFill + executeFill (settleMs 0) on the ${lib} form built with the real library: 8 fields, popups and pickers included`,
  baseline:
    'a bare loop writing each text box of the same form its own value with the native setter and one input event',
  runs: 7,
  async setup() {
    if (server) return;
    await buildFormFixtures();
    server = await serveStatic('test/fixtures');
  },
  async run(ctx) {
    const page = await ctx.page();
    await page.goto(`${server!.origin}/widgets/${lib}/index.html`);
    await page.waitForFunction(() => typeof (window as { __formState?: unknown }).__formState === 'function');
    await page.addScriptTag({ content: await bundleForPage('cdWidgets', SOURCE) });
    const request = makeFillRequest({
      requestType: lang === 'zh' ? 'void' : 'refund',
      contactName: undefined,
      contactPhone: undefined,
      contactEmail: undefined,
    });
    const result = await page.evaluate((r) => cdWidgets.run(r), request);
    await page.close();
    if (result.failed.length) throw new Error(`${lib}: the fill left ${result.failed.join(', ')}`);
    return { subject: result.subject, baseline: result.baseline };
  },
}));

/** Stops the widget forms' server once the benchmarks are done. */
export async function closeWidgetServer(): Promise<void> {
  await server?.close();
  server = null;
}
