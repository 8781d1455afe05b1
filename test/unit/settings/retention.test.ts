import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_RETENTION, loadRetention, saveRetention, watchRetention } from '../../../lib/settings/retention';

beforeEach(() => fakeBrowser.reset());

describe('retention settings', () => {
  it('default to 180 days of retention and a 4 h follow-up', async () => {
    expect(DEFAULT_RETENTION).toEqual({ retentionDays: 180, followupHours: 4 });
    expect(await loadRetention()).toEqual(DEFAULT_RETENTION);
  });

  it.each([
    [{ retentionDays: 30, followupHours: 2 }],
    [{ retentionDays: 1, followupHours: 0.5 }],
    [{ retentionDays: 3650, followupHours: 720 }],
  ])('stores %j', async (value) => {
    expect(await saveRetention(value)).toEqual({ ok: true, value });
    expect(await loadRetention()).toEqual(value);
  });

  it.each([
    [{ retentionDays: 0, followupHours: 4 }, 'retentionDays'],
    [{ retentionDays: 12.5, followupHours: 4 }, 'retentionDays'],
    [{ retentionDays: Number.NaN, followupHours: 4 }, 'retentionDays'],
    [{ retentionDays: 180, followupHours: 0 }, 'followupHours'],
    [{ retentionDays: 180, followupHours: 1000 }, 'followupHours'],
  ])('refuses %j, naming %s, and keeps what was stored', async (value, field) => {
    await saveRetention({ retentionDays: 90, followupHours: 3 });
    const saved = await saveRetention(value);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error).toContain(field);
    expect(await loadRetention()).toEqual({ retentionDays: 90, followupHours: 3 });
  });

  it.each([
    ['a broken days value', { retentionDays: 'soon', followupHours: 6 }, { retentionDays: 180, followupHours: 6 }],
    ['a broken hours value', { retentionDays: 30, followupHours: -1 }, { retentionDays: 30, followupHours: 4 }],
    ['not an object', 'junk', DEFAULT_RETENTION],
  ])('repairs %s field by field', async (_, stored, expected) => {
    await fakeBrowser.storage.local.set({ retention: stored });
    expect(await loadRetention()).toEqual(expected);
  });

  it('tells watchers about changes', async () => {
    const seen: number[] = [];
    const stop = watchRetention((s) => seen.push(s.retentionDays));
    await saveRetention({ retentionDays: 45, followupHours: 4 });
    stop();
    await saveRetention({ retentionDays: 46, followupHours: 4 });
    expect(seen).toEqual([45]);
  });
});
