import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addEvidence, db, getCase, recordCapture, setStatus } from '../../../lib/db';
import { purgeEvidenceOnceADay } from '../../../lib/reminders/daily-purge';
import { saveRetention } from '../../../lib/settings/retention';
import { makeCaptureInput, makeDraft } from '../../builders/case';

const H = 3_600_000;
const D = 24 * H;

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db.all.map((t) => t.clear()));
});

/** A closed case with one evidence file; returns when it was closed. */
async function closedCaseWithFile(): Promise<{ id: string; closedAt: number }> {
  const saved = await recordCapture(makeCaptureInput({ draft: makeDraft({ orderNo: 'R-1' }) }));
  if (!saved.ok) throw new Error(saved.error.message);
  await addEvidence(saved.value.id, {
    kind: 'receipt',
    name: 'slip.png',
    type: 'image/png',
    bytes: new Uint8Array([1, 2, 3]),
  });
  await setStatus(saved.value.id, { to: 'closed' });
  return { id: saved.value.id, closedAt: Date.parse((await getCase(saved.value.id))!.statusSince) };
}

describe('the daily evidence purge', () => {
  it.each([
    [179, 0],
    [181, 1],
  ])('%i days after closing, with the default 180, purges %i files', async (days, files) => {
    const { closedAt } = await closedCaseWithFile();
    expect(await purgeEvidenceOnceADay(new Date(closedAt + days * D))).toEqual({ cases: files, files });
    expect(await db.evidenceBlobs.count()).toBe(1 - files);
  });

  it('follows the retention setting', async () => {
    await saveRetention({ retentionDays: 7, followupHours: 4 });
    const { id, closedAt } = await closedCaseWithFile();
    expect(await purgeEvidenceOnceADay(new Date(closedAt + 8 * D))).toEqual({ cases: 1, files: 1 });
    expect((await getCase(id))?.eventCount).toBe(4);
  });

  it.each([
    // label, hours after the first run, whether the second runs (null when it does not)
    ['an hour later: not again', 1, false],
    ['just under a day later: not again', 23.9, false],
    ['a day later: again', 24, true],
    ['the clock went back past the last run: again', -2, true],
  ])('runs at most once a day: %s', async (_, hoursLater, runs) => {
    const { closedAt } = await closedCaseWithFile();
    const first = closedAt + D;
    expect(await purgeEvidenceOnceADay(new Date(first))).toEqual({ cases: 0, files: 0 });
    const second = await purgeEvidenceOnceADay(new Date(first + hoursLater * H));
    expect(second).toEqual(runs ? { cases: 0, files: 0 } : null);
  });
});
