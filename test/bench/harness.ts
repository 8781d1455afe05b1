import type { BrowserContext, Page } from '@playwright/test';

export interface BenchContext {
  context: BrowserContext;
  extensionId: string;
  portalOrigin: string;
  /** A fresh page of the browser under test. */
  page(): Promise<Page>;
}

export interface Measured {
  /** Milliseconds of one run of the thing measured. */
  subject: number;
  /** Milliseconds of one run of the bare baseline, measured right beside it. */
  baseline: number;
}

export interface Benchmark {
  name: string;
  what: string;
  baseline: string;
  runs: number;
  setup?(ctx: BenchContext): Promise<void>;
  /** Measures subject and baseline once each; called `runs` times. */
  run(ctx: BenchContext): Promise<Measured>;
  /** Extra lines to print after the figures (sizes, counts). */
  notes?(ctx: BenchContext): Promise<string[]>;
  /** Closes what setup opened beyond the shared browser (a second browser, a server). */
  teardown?(): Promise<void>;
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Settles once a page has been laid out and painted (two animation frames): a person captures a page they have
 * looked at, so captures are timed from there.
 */
export function painted(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
