import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db, getCase, listCases } from '../../../lib/db';
import { loadNoteDraft, saveNoteDraft } from '../../../lib/settings/note-drafts';
import type { PanelStore } from '../../../lib/store/panel-store';
import { eventTypes, makeStore, resetCaseDb, seedCase } from './store-harness';

const synced = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/store/sync-reminders', () => ({
  syncReminders: async () => {
    synced.count += 1;
  },
}));

beforeEach(async () => {
  fakeBrowser.reset();
  await resetCaseDb();
  synced.count = 0;
});
afterEach(() => vi.restoreAllMocks());

const PNG = { kind: 'receipt', name: 'slip.png', type: 'image/png', bytes: new Uint8Array([1, 2, 3]) } as const;

describe('every case write goes through a store action that shows it and re-derives reminders', () => {
  it.each([
    {
      action: 'editField',
      run: (s: PanelStore) => s.actions.editField('amountMinor', 12_000),
      event: 'field_edited',
    },
    {
      action: 'setStatus',
      run: (s: PanelStore) => s.actions.setStatus({ to: 'submitted', channel: 'phone', requestId: 'ACQ-1' }),
      event: 'status_changed',
    },
    { action: 'addNote', run: (s: PanelStore) => s.actions.addNote('Customer called.'), event: 'note_added' },
    { action: 'addEvidence', run: (s: PanelStore) => s.actions.addEvidence([PNG]), event: 'evidence_added' },
  ])('$action writes $event, shows the stored case and syncs once', async ({ run, event }) => {
    const id = await seedCase();
    const store = await makeStore(id);

    await run(store);

    expect((await eventTypes(id)).at(-1)).toBe(event);
    const stored = await getCase(id);
    expect(store.getState().currentCase).toEqual(stored);
    expect(synced.count).toBe(1);
  });

  it('writes events as the agent named in settings, trimmed', async () => {
    const id = await seedCase();
    const store = await makeStore(id);
    await store.actions.setStatus({ to: 'under_review' });
    const last = (await db.events.where('caseId').equals(id).sortBy('seq')).at(-1);
    expect(last?.agent).toBe('Li Wei');
  });

  it('adds several files in order and removes one; the history keeps both steps', async () => {
    const id = await seedCase();
    const store = await makeStore(id);
    expect(await store.actions.addEvidence([PNG, { ...PNG, name: 'id.jpg', kind: 'customer_id' }])).toEqual({
      ok: true,
    });
    const [first] = await db.evidence.where('caseId').equals(id).sortBy('addedAt');
    expect(await store.actions.removeEvidence(first!.id)).toEqual({ ok: true });
    expect(await eventTypes(id)).toEqual(['captured', 'evidence_added', 'evidence_added', 'evidence_removed']);
    expect(await db.evidence.where('caseId').equals(id).count()).toBe(1);
    expect(synced.count).toBe(2);
  });

  it('an evidence file the database refuses is said, and the files before it stay shown', async () => {
    const id = await seedCase();
    const store = await makeStore(id);
    const result = await store.actions.addEvidence([PNG, { ...PNG, name: '' }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(store.getState().currentCase?.eventCount).toBe(2);
    expect(synced.count).toBe(1);
  });

  it('deletes the open case: it closes, the other stays and its half-typed note is forgotten', async () => {
    const id = await seedCase();
    const other = await seedCase('202611241015330099');
    const store = await makeStore(id);
    await saveNoteDraft(id, 'half typed', store.getState().settings.idMask);

    expect(await store.actions.deleteCase()).toEqual({ ok: true });

    expect(await getCase(id)).toBeUndefined();
    expect(store.getState().currentCase).toBeNull();
    expect((await listCases({})).map((c) => c.id)).toEqual([other]);
    expect(await loadNoteDraft(id)).toBe('');
    expect(synced.count).toBe(1);
  });

  it.each([
    { action: 'setStatus', run: (s: PanelStore) => s.actions.setStatus({ to: 'under_review' }) },
    { action: 'deleteCase', run: (s: PanelStore) => s.actions.deleteCase() },
    { action: 'addEvidence', run: (s: PanelStore) => s.actions.addEvidence([PNG]) },
    { action: 'removeEvidence', run: (s: PanelStore) => s.actions.removeEvidence('x') },
  ])('$action without an open case writes nothing and says so', async ({ run }) => {
    const store = await makeStore();
    expect(await run(store)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await db.events.count()).toBe(0);
    expect(synced.count).toBe(0);
  });

  it('a field edit with a card number in it is masked before it is kept, and the panel says so', async () => {
    const id = await seedCase();
    const store = await makeStore(id);
    await store.actions.editField('merchantName', 'Shop 6222021234567894');
    expect(store.getState().currentCase?.edits.merchantName).not.toContain('6222021234567894');
    expect(store.getState().notice?.key).toBe('editMasked');
  });
});

describe('exports are recorded on the case before the file leaves', () => {
  it('exporting the open case as JSON logs an export event, shows it and syncs', async () => {
    const id = await seedCase();
    const store = await makeStore(id);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    const outcome = await store.actions.exportCase('json');

    expect(outcome).toMatchObject({ ok: true, done: 'downloaded', fileName: 'case-202611241015330044.json' });
    expect(click).toHaveBeenCalledTimes(1);
    expect(await eventTypes(id)).toEqual(['captured', 'exported']);
    expect(store.getState().currentCase?.eventCount).toBe(2);
    expect(synced.count).toBe(1);
  });

  it('a list export as CSV writes nothing; as ZIP it records an export on every matching case', async () => {
    const a = await seedCase();
    const b = await seedCase('202611241015330099');
    const store = await makeStore(a);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    expect(await store.actions.exportCases({}, 'csv')).toMatchObject({ ok: true, fileName: /^cases-.*\.csv$/ });
    expect((await db.events.toArray()).filter((e) => e.type === 'exported')).toEqual([]);

    expect(await store.actions.exportCases({}, 'zip')).toMatchObject({ ok: true, fileName: /^cases-.*\.zip$/ });
    expect(await eventTypes(a)).toEqual(['captured', 'exported']);
    expect(await eventTypes(b)).toEqual(['captured', 'exported']);
    expect(store.getState().currentCase?.eventCount).toBe(2);
    expect(synced.count).toBe(1);
  });
});
