import { caseOrder, type NewEvidence } from '../db';
import { findCardNumber } from '../db/card-number-guard';
import type { CaseBundle } from '../schema/case-export';

/** A file-name-safe form of page text (order numbers come from the portal). */
export function safeFilePart(text: string): string {
  return (
    text
      .replace(/[^\p{L}\p{N}_-]+/gu, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60) || 'case'
  );
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

/**
 * A page snapshot as evidence: the URL, when it was captured and saved, the captured fields with the agent's
 * edits beside them, and the masked page text each field was read from. Built from the stored case, which
 * was masked at capture; checked again so a full card number can never ride along.
 */
export function pageSnapshotEvidence(
  bundle: CaseBundle,
  now: Date,
): { ok: true; value: NewEvidence } | { ok: false; path: string } {
  const c = bundle.case;
  const lastCapture = [...bundle.events].reverse().find((e) => e.type === 'captured');
  const snapshot = {
    kind: 'canceldesk-page-snapshot',
    url: c.url,
    origin: c.origin,
    orderNo: c.orderNo,
    capturedAt: lastCapture?.at ?? null,
    savedAt: now.toISOString(),
    fields: c.page.values,
    edits: c.edits,
    order: caseOrder(c),
    text: Object.entries(c.page.sources).map(([field, source]) => ({
      field,
      label: source?.label ?? null,
      text: source?.text ?? '',
    })),
  };
  const leak = findCardNumber(snapshot);
  if (leak) return { ok: false, path: leak };
  return {
    ok: true,
    value: {
      kind: 'screenshot',
      name: `page-snapshot-${safeFilePart(c.orderNo)}-${stamp(now)}.json`,
      type: 'application/json',
      bytes: new TextEncoder().encode(`${JSON.stringify(snapshot, null, 2)}\n`),
    },
  };
}

/** The name a screenshot of a case is saved under. */
export function screenshotName(orderNo: string, now: Date): string {
  return `screenshot-${safeFilePart(orderNo)}-${stamp(now)}.png`;
}
