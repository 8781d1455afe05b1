// `npm run bench [names…]`: runs named benchmarks in real Chromium with the test build loaded, and prints
// each one's median and its ratio to a bare baseline measured in the same run.
import { launchWithExtension, extensionId } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { median, type Benchmark, type BenchContext } from '../bench/harness';
import { captureE2e } from '../bench/capture-e2e';
import { extractBench } from '../bench/extract';
import { fillBench } from '../bench/fill';
import { closeWidgetServer, widgetBenches } from '../bench/fill-widgets';
import { logBenches } from '../bench/log';
import { panelOpen } from '../bench/panel-open';
import { rulesBench } from '../bench/rules';

const all: Benchmark[] = [panelOpen, extractBench, captureE2e, rulesBench, fillBench, ...widgetBenches, ...logBenches];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
// A group name picks all of its benchmarks: `log` runs log-list, log-search, …
const chosen = wanted.length ? all.filter((b) => wanted.some((w) => b.name === w || b.name.startsWith(`${w}-`))) : all;

const portal = await serveStatic('test/fixtures/portals');
const context = await launchWithExtension();
const ctx: BenchContext = {
  context,
  extensionId: await extensionId(context),
  portalOrigin: portal.origin,
  page: () => context.newPage(),
};
const ms = (n: number) => `${n.toFixed(n < 10 ? 3 : 1)} ms`;

try {
  for (const bench of chosen) {
    await bench.setup?.(ctx);
    const subject: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < bench.runs; i++) {
      const m = await bench.run(ctx);
      subject.push(m.subject);
      baseline.push(m.baseline);
    }
    const s = median(subject);
    const b = median(baseline);
    console.log(`${bench.name}: median ${ms(s)} — ${bench.what}`);
    console.log(
      `${bench.name}: baseline ${ms(b)} — ${bench.baseline}; ratio ${(s / b).toFixed(2)}× (${bench.runs} runs)`,
    );
    for (const line of (await bench.notes?.(ctx)) ?? []) console.log(`${bench.name}: ${line}`);
    await bench.teardown?.();
  }
} finally {
  await context.close();
  await portal.close();
  await closeWidgetServer();
}
