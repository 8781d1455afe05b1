import { describe, expect, it } from 'vitest';
import { tombstoned } from '../../../lib/db/ledger-row';
import { ExportHead } from '../../../lib/schema/case-export';
import { LedgerRow } from '../../../lib/schema/ledger';

const ROW: LedgerRow = {
  caseId: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
  eventCount: 3,
  lastHash: 'a'.repeat(64),
  lastEventAt: '2026-11-24T02:00:03.000Z',
  deletedAt: null,
  tombstones: [],
};

describe('LedgerRow', () => {
  it('takes a live row and the row its deletion leaves', () => {
    expect(LedgerRow.parse(ROW)).toEqual(ROW);
    const deleted = tombstoned(ROW, '2026-11-25T00:00:00.000Z', 'delete');
    expect(LedgerRow.parse(deleted)).toEqual(deleted);
    expect(deleted.tombstones).toEqual([
      {
        deletedAt: '2026-11-25T00:00:00.000Z',
        by: 'delete',
        eventCount: 3,
        lastHash: ROW.lastHash,
        lastEventAt: ROW.lastEventAt,
      },
    ]);
  });

  it.each<[string, Partial<Record<keyof LedgerRow, unknown>> & Record<string, unknown>, string]>([
    ['no events: a row exists only once a case has its first', { eventCount: 0 }, 'eventCount'],
    ['a count that is not whole', { eventCount: 2.5 }, 'eventCount'],
    ['an upper-case hash', { lastHash: 'A'.repeat(64) }, 'lastHash'],
    ['a time with an offset', { lastEventAt: '2026-11-24T10:00:03.000+08:00' }, 'lastEventAt'],
    ['a case id that is not a UUID', { caseId: '4111111111111111' }, 'caseId'],
    [
      'a tombstone of no known kind',
      {
        tombstones: [
          {
            deletedAt: ROW.lastEventAt,
            by: 'purge',
            eventCount: 3,
            lastHash: ROW.lastHash,
            lastEventAt: ROW.lastEventAt,
          },
        ],
      },
      'tombstones.0.by',
    ],
    ['a field CancelDesk never writes', { trusted: true }, ''],
  ])('refuses %s', (_name, change, path) => {
    const parsed = LedgerRow.safeParse({ ...ROW, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.')).toBe(path);
  });
});

describe('ExportHead', () => {
  it.each([
    [{ eventCount: 1, lastHash: 'b'.repeat(64) }, true],
    [{ eventCount: 0, lastHash: 'b'.repeat(64) }, false],
    [{ eventCount: 1, lastHash: 'b'.repeat(63) }, false],
    [{ eventCount: 1, lastHash: 'b'.repeat(64), lastEventAt: '2026-11-24T02:00:03.000Z' }, false],
  ])('%j → %s', (head, ok) => {
    expect(ExportHead.safeParse(head).success).toBe(ok);
  });
});
