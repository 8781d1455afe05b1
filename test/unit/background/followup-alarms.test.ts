import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  handleCaseLogAlarm,
  RETENTION_ALARM,
  runRetentionPurge,
  syncRetentionAlarm,
} from '../../../lib/background/followup-alarms';
import { addEvidence, db, getCase, recordCapture, setStatus } from '../../../lib/db';
import { saveRetention } from '../../../lib/settings/retention';
import { makeCaptureInput, makeDraft } from '../../builders/case';

const H = 3_600_000;

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db.all.map((t) => t.clear()));
});

describe('retention alarm', () => {
  it('is created once, daily', async () => {
    await syncRetentionAlarm();
    await syncRetentionAlarm();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.periodInMinutes])).toEqual([[RETENTION_ALARM, 1440]]);
  });

  async function closedCaseWithFile(): Promise<string> {
    const saved = await recordCapture(makeCaptureInput({ draft: makeDraft({ orderNo: 'R-1' }) }));
    if (!saved.ok) throw new Error(saved.error.message);
    await addEvidence(saved.value.id, {
      kind: 'receipt',
      name: 'slip.png',
      type: 'image/png',
      bytes: new Uint8Array([1, 2, 3]),
    });
    await setStatus(saved.value.id, { to: 'closed' });
    return saved.value.id;
  }

  it.each([
    [179, 0],
    [181, 1],
  ])('%i days after closing, with the default 180, purges %i files', async (days, files) => {
    const id = await closedCaseWithFile();
    const closedAt = Date.parse((await getCase(id))!.statusSince);
    const summary = await runRetentionPurge(RETENTION_ALARM, new Date(closedAt + days * 24 * H));
    expect(summary).toEqual({ cases: files, files });
    expect(await db.evidenceBlobs.count()).toBe(1 - files);
  });

  it('follows the retention setting', async () => {
    await saveRetention({ retentionDays: 7, followupHours: 4 });
    const id = await closedCaseWithFile();
    const closedAt = Date.parse((await getCase(id))!.statusSince);
    expect(await runRetentionPurge(RETENTION_ALARM, new Date(closedAt + 8 * 24 * H))).toEqual({ cases: 1, files: 1 });
    expect((await getCase(id))?.eventCount).toBe(4);
  });

  it('ignores other alarms', async () => {
    await closedCaseWithFile();
    expect(await runRetentionPurge('followup:x|y|4|1', new Date(Date.now() + 9999 * 24 * H))).toBeNull();
    await handleCaseLogAlarm('deadline:whatever');
    expect(await db.evidenceBlobs.count()).toBe(1);
  });
});
