import type { Page } from '@playwright/test';
import { bundleForPage } from './bundle';
import type { BenchContext, Benchmark, Measured } from './harness';
import type { Seeding } from './log-page';

declare const cdLog: typeof import('./log-page');

const CASES = 10_000;
const EVENTS_PER_CASE = 10;

interface Seeded extends Seeding {
  page: Page;
  /** Whether a benchmark's notes have said how the database was seeded (once per run is enough). */
  told: boolean;
}

const seeded = new WeakMap<BenchContext, Promise<Seeded>>();

/**
 * One extension page (the origin whose IndexedDB the panel uses) running lib/db with a fresh database of
 * 10,000 cases and 100,000 events, shared by all log benchmarks of a run.
 */
function seededPage(ctx: BenchContext): Promise<Seeded> {
  let found = seeded.get(ctx);
  if (!found) {
    found = (async () => {
      const page = await ctx.page();
      await page.goto(`chrome-extension://${ctx.extensionId}/blank.html`);
      // Extension pages refuse inline scripts (CSP script-src 'self'); an evaluated script is not inline.
      await page.evaluate(await bundleForPage('cdLog', "export * from './test/bench/log-page';"));
      const result = await page.evaluate(([n, per]) => cdLog.seed(`bench-log-${Date.now()}`, n, per), [
        CASES,
        EVENTS_PER_CASE,
      ] as const);
      if (result.cases !== CASES || result.events !== CASES * EVENTS_PER_CASE)
        throw new Error(`seeded ${result.cases} cases, ${result.events} events`);
      return { page, ...result, told: false };
    })();
    seeded.set(ctx, found);
  }
  return found;
}

type Operation = keyof typeof import('./log-page').measures;

/** What an operation times beside its subject and baseline, when it does (append), with what each is. */
const EXTRA = {
  raw: 'the same requests in raw IndexedDB, no Dexie and no checks (read a case and its ledger row, add an event, put both back)',
  dexie: 'the same requests through Dexie, in a transaction over the tables a note takes, no checks',
} as const;
type Extra = keyof typeof EXTRA;
const extras = new Map<Operation, { values: Partial<Record<Extra, number[]>>; baseline: number[] }>();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

function logBench(name: string, operation: Operation, what: string, baseline: string, runs: number): Benchmark {
  return {
    name,
    what: `${what} (${CASES.toLocaleString('en')} cases, ${(CASES * EVENTS_PER_CASE).toLocaleString('en')} events stored)`,
    baseline,
    runs,
    async setup(ctx) {
      await seededPage(ctx);
    },
    async run(ctx): Promise<Measured> {
      const { page } = await seededPage(ctx);
      const measured: Measured & Partial<Record<Extra, number>> = await page.evaluate(
        (op) => cdLog.measures[op](),
        operation,
      );
      const kinds = (Object.keys(EXTRA) as Extra[]).filter((k) => measured[k] !== undefined);
      if (kinds.length) {
        const kept = extras.get(operation) ?? { values: {}, baseline: [] };
        for (const k of kinds) (kept.values[k] ??= []).push(measured[k]!);
        kept.baseline.push(measured.baseline);
        extras.set(operation, kept);
      }
      return measured;
    },
    async notes(ctx) {
      const s = await seededPage(ctx);
      const lines: string[] = [];
      const kept = extras.get(operation);
      extras.delete(operation);
      for (const [k, values] of Object.entries(kept?.values ?? {}) as [Extra, number[]][]) {
        const [took, bare] = [median(values), median(kept!.baseline)];
        lines.push(`${EXTRA[k]}: median ${took.toFixed(3)} ms, ${(took / bare).toFixed(2)}× the bare add`);
      }
      if (!s.told) {
        s.told = true;
        lines.push(
          `database seeded in ${s.seconds.toFixed(1)} s, ${s.buildSeconds.toFixed(1)} s of it building and hashing (${s.cases} cases, ${s.events} events at seeding)`,
        );
      }
      return lines;
    },
  };
}

/** The log benchmarks: list, search, append, and exports of 1,000 cases, each against bare Dexie. */
export const logBenches: Benchmark[] = [
  logBench(
    'log-list',
    'list',
    'opening the case list: listCases, 50 most recent',
    'bare Dexie orderBy(updatedAt).reverse().limit(50).toArray()',
    15,
  ),
  logBench(
    'log-search',
    'search',
    'searching by a full order number: listCases({ query, limit: 50 })',
    'bare Dexie cases.toArray() filtered in JS by order number',
    15,
  ),
  logBench(
    'log-append',
    'append',
    'appending one event: addNote (hash-chained, case and ledger rows, one transaction; the note lives in its event)',
    'bare Dexie events.bulkAdd([one pre-sealed event])',
    // Each run is a few milliseconds of IndexedDB round trips, which other work on the machine stretches run by
    // run; more runs steady the medians at no cost beside the seeding.
    45,
  ),
  logBench(
    'log-csv',
    'csv',
    'exporting 1,000 cases to CSV: listCases(limit 1000) + casesToCsv',
    'bare Dexie orderBy(updatedAt).reverse().limit(1000).toArray()',
    9,
  ),
  logBench(
    'log-json',
    'json',
    'exporting 1,000 cases to JSON: prepareExport (records 1,000 "exported" events) + caseToJsonText',
    'bare Dexie toArray of the same 1,000 cases and their events',
    7,
  ),
];
