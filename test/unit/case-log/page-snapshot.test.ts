import { describe, expect, it } from 'vitest';
import { pageSnapshotEvidence, safeFilePart } from '../../../lib/case-log/page-snapshot';
import { makeRichBundle } from '../../builders/case';

describe('pageSnapshotEvidence', () => {
  it('refuses a case whose data would carry a full card number', async () => {
    const bundle = await makeRichBundle();
    const source = bundle.case.page.sources.orderNo!;
    bundle.case.page.sources.orderNo = { ...source, text: '卡号 6225880212345673' };
    expect(pageSnapshotEvidence(bundle, new Date('2026-11-25T00:00:00Z'))).toEqual({
      ok: false,
      path: expect.stringContaining('text'),
    });
  });

  it('records the last capture time and when it was saved', async () => {
    const bundle = await makeRichBundle();
    const built = pageSnapshotEvidence(bundle, new Date('2026-11-25T00:00:00Z'));
    if (!built.ok) throw new Error(built.path);
    const json = JSON.parse(new TextDecoder().decode(built.value.bytes as Uint8Array));
    expect(json.capturedAt).toBe(bundle.events[0]?.at);
    expect(json.savedAt).toBe('2026-11-25T00:00:00.000Z');
    expect(built.value.name).toBe('page-snapshot-202611241015330044-2026-11-25T00-00-00-000Z.json');
  });
});

describe('safeFilePart', () => {
  it.each([
    ['202611251403220018', '202611251403220018'],
    ['WX/2026:11?x', 'WX_2026_11_x'],
    ['../../etc', 'etc'],
    ['订单-7', '订单-7'],
    ['***', 'case'],
  ])('%j → %j', (text, part) => {
    expect(safeFilePart(text)).toBe(part);
  });
});
