import { describe, expect, it } from 'vitest';
import type { CaseStore, DbResult } from '../../../lib/db';
import { caseToJsonText } from '../../../lib/export/case-to-json';
import { casesToZip } from '../../../lib/export/cases-to-zip';
import { forgeCaseJson, forgeCaseZip, reseal } from '../export/forge-fixtures';
import { dumpCaseDb, makeCaptureInput, makeCaseStore, makeRichCase } from '../../builders/case';
import { eventsOf, rewriteStored } from './tamper-fixtures';
import type { CaseEvent } from '../../../lib/schema/event';

/** A clock that moves a second per reading and can be set back, as an agent's computer clock can. */
function settableClock(start = '2026-11-24T02:00:00.000Z') {
  let ms = Date.parse(start);
  return { now: () => new Date((ms += 1000)), shift: (by: number) => void (ms += by) };
}

const HOUR = 3_600_000;

const dumpAll = async (store: CaseStore) => ({ ...(await dumpCaseDb(store)), ledger: await store.db.ledger.toArray() });

/** Event 2 (the verdict) dated an hour before event 1: nothing else depends on its time. */
const backdate = (events: CaseEvent[]) => {
  const event = events[2];
  if (event) event.at = '2026-11-24T01:00:00.000Z';
};

describe('event times may not go backwards', () => {
  it.each<[string, (store: CaseStore, id: string) => Promise<DbResult<unknown>>]>([
    ['a note', (s, id) => s.addNote(id, 'Written after the clock went back.')],
    ['a field edit', (s, id) => s.editCaseField(id, 'amountMinor', 100)],
    ['a status change', (s, id) => s.setStatus(id, { to: 'under_review' })],
    [
      'evidence',
      (s, id) =>
        s.addEvidence(id, { kind: 'receipt', name: 'late.png', type: 'image/png', bytes: new Uint8Array([1]) }),
    ],
    ['a new capture of the order', (s) => s.recordCapture(makeCaptureInput())],
    ['the record of an export', (s, id) => s.prepareExport([id], 'json')],
  ])(
    "refuses %s dated before the case's last event, changes nothing, and takes it once the clock is right",
    async (_name, write) => {
      const clock = settableClock();
      const store = makeCaseStore(clock.now);
      const id = await makeRichCase(store);
      const before = await dumpAll(store);
      clock.shift(-HOUR);
      const refused = await write(store, id);
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(refused.ok || refused.error.message).toMatch(
        /^The computer's clock reads 2026-11-24T01:00:\d\d\.000Z, earlier than this case's last event \(2026-11-24T02:00:\d\d\.000Z\)/,
      );
      expect(await dumpAll(store)).toEqual(before);
      clock.shift(HOUR);
      expect((await write(store, id)).ok).toBe(true);
      expect(await store.verifyCase(id)).toEqual({ ok: true });
    },
  );

  it('takes events at the very same instant: times may stand still, only not go back', async () => {
    const store = makeCaseStore(() => new Date('2026-11-24T02:00:00.000Z'));
    const id = await makeRichCase(store);
    expect(new Set((await eventsOf(store, id)).map((e) => e.at)).size).toBe(1);
    expect(await store.verifyCase(id)).toEqual({ ok: true });
  });

  it('flags a stored chain whose times go back, though its hashes, case record and ledger all fit', async () => {
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    const events = reseal(await eventsOf(store, id));
    backdate(events);
    const sealed = reseal(events);
    await rewriteStored(store, id, sealed);
    await store.db.ledger.update(id, { lastHash: sealed.at(-1)?.hash });
    expect(await store.verifyCase(id)).toEqual({ ok: false, brokenAt: 2, reason: 'time' });
  });

  it.each<[string, (store: CaseStore, id: string) => Promise<Uint8Array | string>]>([
    [
      'JSON',
      async (s, id) => {
        const prepared = await s.prepareExport([id], 'json');
        if (!prepared.ok || !prepared.value[0]) throw new Error('export failed');
        return forgeCaseJson(caseToJsonText(prepared.value[0]), backdate);
      },
    ],
    [
      'ZIP',
      async (s, id) => {
        const prepared = await s.prepareExport([id], 'zip');
        if (!prepared.ok) throw new Error('export failed');
        return forgeCaseZip(casesToZip(prepared.value), backdate);
      },
    ],
  ])(
    'refuses an imported %s whose times go back, though it was sealed again throughout',
    async (_format, exportForged) => {
      // Imported into a fresh database: its ledger knows nothing of the case, so only the times can tell.
      const source = makeCaseStore();
      const forged = await exportForged(source, await makeRichCase(source));
      const target = makeCaseStore();
      const result = await target.importCases(forged, 'forged');
      expect(result).toMatchObject({ ok: false, error: { code: 'tampered' } });
      expect(result.ok || result.error.message).toMatch(/events\[2\]: this event is dated before the one it follows/);
      expect(await target.db.cases.count()).toBe(0);
      expect(await target.db.ledger.count()).toBe(0);
    },
  );
});
