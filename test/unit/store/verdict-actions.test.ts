import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getCase } from '../../../lib/db';
import { loadRuleSets } from '../../../lib/settings/rule-set-storage';
import { deriveVerdict } from '../../../lib/store/verdict-actions';
import { eventTypes, makeStore, resetCaseDb, seedCase } from './store-harness';

const synced = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/store/sync-reminders', () => ({
  syncReminders: async () => {
    synced.count += 1;
  },
}));

let stop: AbortController;
beforeEach(async () => {
  fakeBrowser.reset();
  await resetCaseDb();
  synced.count = 0;
  stop = new AbortController();
  // A card sale paid at 10:15 that day: a void until the 23:00 cut-off.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date('2026-11-24T12:00:00+08:00'));
});
afterEach(() => {
  stop.abort();
  vi.useRealTimers();
});

const withoutClock = <T extends { evaluatedAt?: unknown } | null>(v: T) => v && { ...v, evaluatedAt: null };

describe('the verdict is derived once, in the store', () => {
  it('derives the open case’s verdict, records it once, and the clock alone records nothing more', async () => {
    const id = await seedCase();
    const store = await makeStore(id);
    await store.actions.followVerdict(stop.signal);

    const { sets } = await loadRuleSets();
    const expected = deriveVerdict((await getCase(id))!, store.getState().settings, sets);
    expect(withoutClock(store.getState().verdict)).toEqual(withoutClock(expected));
    expect(store.getState().verdict?.action).toBe('void');
    await vi.waitFor(async () => expect(await eventTypes(id)).toEqual(['captured', 'verdict_computed']));

    await vi.advanceTimersByTimeAsync(3000);
    expect(await eventTypes(id)).toEqual(['captured', 'verdict_computed']);
    expect(store.getState().currentCase?.action).toBe('void');
    expect(synced.count).toBe(1);
  });

  it('past the cut-off, a tick of the clock turns the void into a refund and records the new decision', async () => {
    const id = await seedCase();
    const store = await makeStore(id);
    await store.actions.followVerdict(stop.signal);
    await vi.waitFor(async () => expect(await eventTypes(id)).toHaveLength(2));

    vi.setSystemTime(new Date('2026-11-24T23:30:00+08:00'));
    await vi.advanceTimersByTimeAsync(1000);

    expect(store.getState().verdict?.action).not.toBe('void');
    await vi.waitFor(async () =>
      expect(await eventTypes(id)).toEqual(['captured', 'verdict_computed', 'verdict_computed']),
    );
  });

  it('an edit re-derives the verdict from the stored case', async () => {
    const id = await seedCase();
    const store = await makeStore(id);
    await store.actions.followVerdict(stop.signal);
    await store.actions.editField('settled', true);
    expect(store.getState().verdict?.action).not.toBe('void');
  });

  it('opening no case clears the verdict; opening another derives its own', async () => {
    const a = await seedCase();
    const b = await seedCase('202611241015330099');
    const store = await makeStore(a);
    await store.actions.followVerdict(stop.signal);
    store.setState({ currentCase: null });
    expect(store.getState().verdict).toBeNull();
    const other = (await getCase(b))!;
    store.setState({ currentCase: other });
    const { sets } = await loadRuleSets();
    expect(withoutClock(store.getState().verdict)).toEqual(
      withoutClock(deriveVerdict(other, store.getState().settings, sets)),
    );
  });

  it('the fill uses the verdict the panel shows, derived at that instant', async () => {
    const id = await seedCase();
    const store = await makeStore(id);
    await store.actions.followVerdict(stop.signal);
    const forFill = await store.actions.verdictFor(store.getState().currentCase!);
    expect(withoutClock(forFill)).toEqual(withoutClock(store.getState().verdict));
  });

  it('without following, the fill still derives the verdict, reading the rule sets first', async () => {
    const id = await seedCase();
    const store = await makeStore(id);
    const forFill = await store.actions.verdictFor(store.getState().currentCase!);
    expect(forFill.action).toBe('void');
    expect(store.getState().ruleSets).not.toBeNull();
  });
});
