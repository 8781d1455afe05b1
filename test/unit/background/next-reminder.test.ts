import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NEXT_REMINDER_ALARM, syncReminders, type ReminderSync } from '../../../lib/background/next-reminder';
import { db, deleteCase, recordCapture, recordVerdict, setStatus } from '../../../lib/db';
import { publishReminderSchedule } from '../../../lib/reminders/publish-schedule';
import { alarmName, followupName } from '../../../lib/reminders/reminder-keys';
import type { CaseRecord } from '../../../lib/schema/case';
import { makeCaptureInput, makeDraft } from '../../builders/case';
import { installFakeGrants } from '../../support/fake-grants';

const T0 = Date.parse('2026-11-25T06:00:00.000Z');
const M = 60_000;
const H = 60 * M;
const iso = (ms: number) => new Date(ms).toISOString();

/** Notification ids in the order they were shown, repeats included (the fake keeps only the last per id). */
let shown: string[] = [];

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  fakeBrowser.reset();
  await Promise.all(db.all.map((t) => t.clear()));
  shown = [];
  const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as (
    id: string,
    o: object,
  ) => Promise<string>;
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: object) => {
    shown.push(id);
    return create(id, options);
  }) as typeof fakeBrowser.notifications.create);
  // The first run of this version starts from now: nothing before it is shown.
  await syncReminders();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** The panel publishes the schedule from the database, then the worker runs on it. */
async function sync(): Promise<ReminderSync> {
  const published = await publishReminderSchedule();
  if (!published.ok) throw new Error(published.error.detail);
  return syncReminders();
}

const alarms = async () => (await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]);

/** The rolling alarm fires: the browser's clock is at its time, and the listener's handler runs. */
async function fire(): Promise<void> {
  const alarm = await fakeBrowser.alarms.get(NEXT_REMINDER_ALARM);
  if (!alarm) throw new Error('no alarm armed');
  vi.setSystemTime(alarm.scheduledTime);
  await fakeBrowser.alarms.clear(alarm.name);
  await syncReminders();
}

async function caseWithDeadline(orderNo: string, deadline: number): Promise<CaseRecord> {
  const saved = await recordCapture(makeCaptureInput({ draft: makeDraft({ orderNo }) }));
  if (!saved.ok) throw new Error(saved.error.message);
  const verdict = await recordVerdict(saved.value.id, { action: 'void' }, iso(deadline), 'void');
  if (!verdict.ok) throw new Error(verdict.error.message);
  return verdict.value;
}

/** Open cases written directly: the store's event chain is not what is tested here, and 10,000 must be quick. */
function rawCase(i: number, deadline: number): CaseRecord {
  const status = (['draft', 'submitted', 'under_review'] as const)[i % 3];
  const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return {
    id,
    origin: 'http://127.0.0.1:5173',
    orderNo: `N-${i}`,
    status,
    updatedAt: iso(T0),
    statusSince: iso(T0 - 30 * M),
    deadline: iso(deadline),
    action: 'void',
    submission: status === 'draft' ? null : { channel: 'phone', requestId: `REQ-${i}`, at: iso(T0) },
  } as CaseRecord;
}

describe('one rolling alarm', () => {
  it(
    '10,000 open cases: one alarm at the earliest instant; firing it shows what is due and arms the next',
    { timeout: 60_000 },
    async () => {
      // Cases 0–2 share the earliest deadline (3 h away); each later case is one minute later.
      const deadlineOf = (i: number) => T0 + 3 * H + Math.max(0, i - 2) * M;
      await db.cases.bulkPut(Array.from({ length: 10_000 }, (_, i) => rawCase(i, deadlineOf(i))));
      const { deadlines, followups } = await sync();
      expect([deadlines, followups]).toEqual([20_000, 3_333]);
      expect(await alarms()).toEqual([[NEXT_REMINDER_ALARM, T0 + H]]);
      expect(shown).toEqual([]);

      await fire();
      const ids = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      expect(shown).toEqual([0, 1, 2].map((i) => alarmName(ids(i), iso(deadlineOf(i)), 120)));
      expect(fakeBrowser.notifications.getAllCreateOptions()[shown[0]!]?.title).toBe('Deadline soon: order N-0');
      expect(await alarms()).toEqual([[NEXT_REMINDER_ALARM, T0 + H + M]]);

      await fire();
      expect(shown.slice(3)).toEqual([alarmName(ids(3), iso(deadlineOf(3)), 120)]);
      expect(await alarms()).toEqual([[NEXT_REMINDER_ALARM, T0 + H + 2 * M]]);
    },
  );

  it('no open case: no alarm', async () => {
    await fakeBrowser.alarms.create(NEXT_REMINDER_ALARM, { when: T0 + H });
    expect((await sync()).deadlines).toBe(0);
    expect(await alarms()).toEqual([]);
  });

  it('follow-ups share the alarm and keep their rounds', async () => {
    const c = await caseWithDeadline('F-1', T0 + 48 * H);
    await setStatus(c.id, { to: 'submitted', channel: 'phone', requestId: 'REQ-77' });
    const review = await setStatus(c.id, { to: 'under_review' });
    if (!review.ok) throw new Error(review.error.message);
    const since = Date.parse(review.value.statusSince);
    expect((await sync()).followups).toBe(1);
    expect(await alarms()).toEqual([[NEXT_REMINDER_ALARM, since + 4 * H]]);
    await fire();
    expect(shown).toEqual([followupName({ caseId: c.id, since: review.value.statusSince, hours: 4, round: 1 })]);
    expect(fakeBrowser.notifications.getAllCreateOptions()[shown[0]!]?.message).toContain('REQ-77');
    expect(await alarms()).toEqual([[NEXT_REMINDER_ALARM, since + 8 * H]]);
  });
});

describe('the schedule follows the database', () => {
  it.each([
    ['closed', (c: CaseRecord) => setStatus(c.id, { to: 'closed' })],
    ['deleted', (c: CaseRecord) => deleteCase(c.id)],
    ['given a later deadline', (c: CaseRecord) => recordVerdict(c.id, { action: 'void' }, iso(T0 + 10 * H), 'void')],
  ])('a case %s drops its reminders at the next publication', async (_, change) => {
    const a = await caseWithDeadline('A-1', T0 + 3 * H);
    const b = await caseWithDeadline('B-1', T0 + 5 * H);
    expect((await sync()).deadlines).toBe(4);
    expect(await alarms()).toEqual([[NEXT_REMINDER_ALARM, T0 + H]]);
    await change(a);
    await sync();
    expect(await alarms()).toEqual([[NEXT_REMINDER_ALARM, T0 + 3 * H]]);
    await fire();
    expect(shown).toEqual([alarmName(b.id, b.deadline!, 120)]);
  });

  it('a case captured an hour before its deadline gets no "120 minutes" reminder, only the 15-minute one', async () => {
    vi.setSystemTime(T0 + 5 * H);
    const c = await caseWithDeadline('L-1', T0 + 6 * H);
    expect((await sync()).deadlines).toBe(1);
    expect(shown).toEqual([]);
    await fire();
    expect(shown).toEqual([alarmName(c.id, c.deadline!, 15)]);
    expect(await alarms()).toEqual([]);
  });

  it('clears the alarms of earlier versions once, at start, and leaves other alarms alone', async () => {
    const legacy = ['deadline:x|2026-11-25T09:00:00.000Z|15', 'followup:y|2026-11-25T06:00:00.000Z|4|1'];
    for (const name of [...legacy, 'retention:purge', 'other']) await fakeBrowser.alarms.create(name, { when: T0 + H });
    await startWorker();
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['other']);
  });
});

/**
 * A fresh worker: modules loaded anew (nothing kept in memory) and the real start logic run; awaiting a sync
 * queued after it waits for the start's own.
 */
async function startWorker(): Promise<void> {
  fakeBrowser.alarms.onAlarm.removeAllListeners();
  fakeBrowser.storage.onChanged.removeAllListeners();
  fakeBrowser.storage.local.onChanged.removeAllListeners();
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  installFakeGrants();
  vi.resetModules();
  const { registerBackgroundHandlers } = await import('../../../lib/background/background-handlers');
  const fresh = await import('../../../lib/background/next-reminder');
  registerBackgroundHandlers();
  await fresh.syncReminders();
}

/** The alarm fires in a running worker, through the listener the start registered. */
async function fireThroughListener(): Promise<void> {
  const alarm = await fakeBrowser.alarms.get(NEXT_REMINDER_ALARM);
  if (!alarm) throw new Error('no alarm armed');
  vi.setSystemTime(alarm.scheduledTime);
  await fakeBrowser.alarms.clear(alarm.name);
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
  await (await import('../../../lib/background/next-reminder')).syncReminders();
}

describe('a worker that stops and starts again', () => {
  it('does not repeat what was shown, and shows what came due while it was stopped', async () => {
    const c = await caseWithDeadline('R-1', T0 + 3 * H);
    await sync();
    await startWorker();
    await fireThroughListener();
    expect(shown).toEqual([alarmName(c.id, c.deadline!, 120)]);

    await startWorker();
    await startWorker();
    expect(shown).toHaveLength(1);
    expect(await alarms()).toEqual([[NEXT_REMINDER_ALARM, T0 + 3 * H - 15 * M]]);

    // The browser was closed across the 15-minute reminder and lost the alarm; the start brings it back.
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(T0 + 3 * H - 10 * M);
    await startWorker();
    await startWorker();
    expect(shown).toEqual([alarmName(c.id, c.deadline!, 120), alarmName(c.id, c.deadline!, 15)]);
    expect(await alarms()).toEqual([]);
  });

  it('a clock set back after a reminder was shown does not bring it back', async () => {
    const c = await caseWithDeadline('K-1', T0 + 3 * H);
    await sync();
    await fire();
    vi.setSystemTime(T0 + 30 * M);
    await startWorker();
    expect(await alarms()).toEqual([[NEXT_REMINDER_ALARM, T0 + 3 * H - 15 * M]]);
    await fire();
    expect(shown).toEqual([alarmName(c.id, c.deadline!, 120), alarmName(c.id, c.deadline!, 15)]);
  });

  it.each([
    ['the deadline passed while it was stopped', 3 * H + M, []],
    ['both lead times passed while it was stopped', 3 * H - 5 * M, [15]],
    ['only the first passed', 2 * H, [120]],
  ] as const)('shows only what is still true: %s', async (_, stoppedUntil, leads) => {
    const c = await caseWithDeadline('S-1', T0 + 3 * H);
    await sync();
    await startWorker();
    vi.setSystemTime(T0 + stoppedUntil);
    await startWorker();
    expect(shown).toEqual(leads.map((m) => alarmName(c.id, c.deadline!, m)));
  });
});

describe('a schedule the panel publishes', () => {
  it('re-arms a running worker through storage.onChanged, with no message', async () => {
    await startWorker();
    expect(await alarms()).toEqual([]);
    await caseWithDeadline('W-1', T0 + 3 * H);
    expect(await publishReminderSchedule()).toEqual({ ok: true, value: { count: 2 } });
    await vi.waitFor(async () => expect(await alarms()).toEqual([[NEXT_REMINDER_ALARM, T0 + H]]));
  });
});
