import type { CaptureDraft, FieldSource, Locator } from '../schema/capture';
import type { OrderKey } from '../schema/order';
import type { Candidate } from './choose-fields';
import { clip } from '../format/text';

/** The capture schema's limits on a locator. */
const usable = (l: Locator) =>
  l.path.length >= 1 && l.path.length <= 16 && l.path.every((s) => s.length >= 1 && s.length <= 2000);
const round = (n: number) => Math.max(0, Math.min(1, Math.round(n * 100) / 100));

/**
 * The capture draft for chosen candidates: values plus where each came from (the page masked every text before
 * sending it). The amount's currency becomes the currency field unless the page labelled one.
 */
export function buildDraft(picked: ReadonlyMap<OrderKey, Candidate>): CaptureDraft {
  const values: Record<string, unknown> = {};
  const sources: Partial<Record<OrderKey, FieldSource>> = {};
  for (const [key, c] of picked) {
    values[key] = c.value;
    sources[key] = source(c);
  }
  const amount = picked.get('amountMinor') ?? picked.get('refundedMinor');
  if (!picked.has('currency') && amount?.currency) {
    values.currency = amount.currency;
    sources.currency = source(amount);
  }
  return { values: values as CaptureDraft['values'], sources };
}

function source(c: Candidate): FieldSource {
  const text = clip(c.text, 2000);
  const confidence = round(c.conf);
  const method = c.method;
  const shown = c.locator && usable(c.locator) ? c.locator : undefined;
  // Plain literals rather than spreads (every field of every list row comes through here), in the same key order.
  if (!c.label) return shown ? { text, confidence, method, locator: shown } : { text, confidence, method };
  const label = clip(c.label, 200);
  return shown ? { text, label, confidence, method, locator: shown } : { text, label, confidence, method };
}
