import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  followupName,
  handleCaseLogAlarm,
  parseFollowupName,
  remindFollowup,
  RETENTION_ALARM,
  runRetentionPurge,
  syncFollowupAlarms,
  syncRetentionAlarm,
  wantedFollowups,
} from '../../../lib/background/followup-alarms';
import { addEvidence, db, getCase, recordCapture, setStatus } from '../../../lib/db';
import type { CaseRecord } from '../../../lib/schema/case';
import { saveRetention } from '../../../lib/settings/retention';
import { makeCaptureInput, makeDraft } from '../../builders/case';

const H = 3_600_000;
const SINCE = '2026-11-25T06:00:00.000Z';
const makeCase = (over: Partial<CaseRecord>): CaseRecord => ({ id: 'c1', status: 'under_review', statusSince: SINCE, ...over }) as CaseRecord;

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db.all.map((t) => t.clear()));
});

describe('wantedFollowups', () => {
  it.each([
    ['just went under review: first reminder after 4 h', 0, 4, 1, 4],
    ['1 h in', 1, 4, 1, 4],
    ['exactly 4 h in: the next one, 4 h later', 4, 4, 2, 8],
    ['5 h in: the second reminder at 8 h', 5, 4, 2, 8],
    ['25 h in with a 12 h setting', 25, 12, 3, 36],
    ['half-hour setting, 10 min in', 1 / 6, 0.5, 1, 0.5],
  ])('%s', (_, hoursIn, hours, round, atHours) => {
    const wanted = wantedFollowups([makeCase({})], Date.parse(SINCE) + hoursIn * H, hours);
    expect([...wanted]).toEqual([[followupName({ caseId: 'c1', since: SINCE, hours, round }), Date.parse(SINCE) + atHours * H]]);
  });

  it.each(['draft', 'submitted', 'approved', 'rejected', 'closed'] as const)('wants none for a %s case', (status) => {
    expect(wantedFollowups([makeCase({ status })], Date.parse(SINCE), 4).size).toBe(0);
  });

  it.each([0, -1, Number.NaN])('wants none for a setting of %s hours', (hours) => {
    expect(wantedFollowups([makeCase({})], Date.parse(SINCE), hours).size).toBe(0);
  });

  it('always wants a time after now', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 7) {
      const now = Date.parse(SINCE) + minutes * 60_000;
      for (const when of wantedFollowups([makeCase({})], now, 4).values()) expect(when).toBeGreaterThan(now);
    }
  });
});

describe('follow-up alarm names', () => {
  it.each([
    [{ caseId: '9f0c-uuid', since: SINCE, hours: 4, round: 1 }],
    [{ caseId: 'c', since: '2027-01-01T00:00:00.000Z', hours: 0.5, round: 12 }],
  ])('round-trip %j', (alarm) => {
    expect(parseFollowupName(followupName(alarm))).toEqual(alarm);
  });

  it.each(['deadline:c|x|15', 'followup:', 'followup:c|since|0|1', 'followup:c|since|4|0', 'followup:c|since|4|1.5', RETENTION_ALARM])('%j is not a follow-up', (name) => {
    expect(parseFollowupName(name)).toBeNull();
  });
});

async function caseUnderReview(orderNo = 'F-1'): Promise<CaseRecord> {
  const saved = await recordCapture(makeCaptureInput({ draft: makeDraft({ orderNo }) }));
  if (!saved.ok) throw new Error(saved.error.message);
  await setStatus(saved.value.id, { to: 'submitted', channel: 'phone', requestId: 'REQ-77' });
  const review = await setStatus(saved.value.id, { to: 'under_review' });
  if (!review.ok) throw new Error(review.error.message);
  return review.value;
}

describe('syncFollowupAlarms and remindFollowup', () => {
  it('plans a reminder from the stored setting and clears it when the case moves on', async () => {
    await saveRetention({ retentionDays: 180, followupHours: 2 });
    const c = await caseUnderReview();
    const since = Date.parse(c.statusSince);
    expect(await syncFollowupAlarms(since + H)).toBe(1);
    const [alarm] = await fakeBrowser.alarms.getAll();
    expect(alarm?.scheduledTime).toBe(since + 2 * H);
    expect(parseFollowupName(alarm!.name)).toMatchObject({ caseId: c.id, hours: 2, round: 1 });
    await setStatus(c.id, { to: 'approved' });
    expect(await syncFollowupAlarms(since + H)).toBe(0);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('leaves other alarms alone', async () => {
    await fakeBrowser.alarms.create('deadline:x|2026-11-25T00:00:00.000Z|15', { when: Date.now() + H });
    await syncFollowupAlarms();
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['deadline:x|2026-11-25T00:00:00.000Z|15']);
  });

  it('notifies while the case is still under review, then plans the next round', async () => {
    const c = await caseUnderReview('F-2');
    const since = Date.parse(c.statusSince);
    const name = followupName({ caseId: c.id, since: c.statusSince, hours: 4, round: 1 });
    expect(await remindFollowup(name, since + 4 * H)).toBe(true);
    const shown = fakeBrowser.notifications.getAllCreateOptions()[name];
    expect(shown?.title).toContain('F-2');
    expect(shown?.message).toContain('REQ-77');
    expect(shown?.message).toContain('4 h');
    const next = await fakeBrowser.alarms.getAll();
    expect(next.map((a) => parseFollowupName(a.name)?.round)).toEqual([2]);
    expect(next[0]?.scheduledTime).toBe(since + 8 * H);
  });

  it.each([
    ['the case was approved since', async (c: CaseRecord) => void (await setStatus(c.id, { to: 'approved' })), (c: CaseRecord) => c.statusSince],
    ['the alarm is from an earlier review', async () => undefined, () => '2026-01-01T00:00:00.000Z'],
    ['the case is gone', async (c: CaseRecord) => void (await db.cases.delete(c.id)), (c: CaseRecord) => c.statusSince],
  ])('stays quiet when %s', async (_, change, since) => {
    const c = await caseUnderReview('F-3');
    await change(c);
    const name = followupName({ caseId: c.id, since: since(c), hours: 4, round: 1 });
    expect(await remindFollowup(name)).toBe(false);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });
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
    await addEvidence(saved.value.id, { kind: 'receipt', name: 'slip.png', type: 'image/png', bytes: new Uint8Array([1, 2, 3]) });
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
