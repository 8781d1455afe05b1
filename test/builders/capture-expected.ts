import type { ExtractOptions } from '../../lib/capture/extract-order';
import type { CaptureProblem } from '../../lib/schema/capture';
import type { Order } from '../../lib/schema/order';

/** A capture fixture's expected.json: what extractOrder must read from its page, in happy-dom and in Chromium. */
export type CaptureExpected = {
  options?: Partial<ExtractOptions>;
  draft: Partial<Order> | null;
  candidates: { summary: string; values: Partial<Order> }[];
  problems: Pick<CaptureProblem, 'code' | 'key' | 'label'>[];
  absent: string[];
  /** The page hides copies by layout alone (size, clip, off-screen), which only a browser can tell. */
  layout?: boolean;
};

/** The capture options every fixture runs with, before its own `options`. */
export const CAPTURE_OPTIONS: ExtractOptions = { zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } };

/** A list as sorted JSON strings, to compare without regard to order. */
export const byJson = <T>(list: T[]) => [...list].map((x) => JSON.stringify(x)).sort();

/** The problems as an expected.json lists them: code, and key and label only where present. */
export const problemKeys = (problems: CaptureProblem[]) =>
  problems.map(({ code, key, label }) => ({ code, ...(key ? { key } : {}), ...(label ? { label } : {}) }));
