import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { CaseRecord } from '../schema/case';
import type { CaseEvent } from '../schema/event';
import type { EvidenceRecord } from '../schema/evidence';
import type { LedgerRow } from '../schema/ledger';
import { searchFields } from './case-fields';
import { sameNotes } from './case-notes';
import { caseSearchRow, type CaseSearchRow } from './case-search';
import { ledgerRowOfCase } from './ledger-row';

/** Evidence bytes, apart from the metadata so that lists and exports never load them by accident. */
export interface EvidenceBlob {
  id: string;
  bytes: Uint8Array;
}

/** Version 1's stores; kept verbatim because a database written by it must still open. */
export const SCHEMA_V1 = {
  cases: '&id, &[origin+orderNo], updatedAt, status, action, deadline',
  events: '&id, &[caseId+seq]',
  notes: '&id, caseId',
  evidence: '&id, caseId',
  evidenceBlobs: '&id',
} as const;

/** Version 2 indexes the derived search text, so a search scans index keys instead of whole cases. */
export const SCHEMA_V2 = { ...SCHEMA_V1, cases: `${SCHEMA_V1.cases}, search` } as const;

/**
 * Version 3 searches a table of search keys (see case-search.ts), where a substring search is one index range;
 * the case index on the search text, which a search had to walk key by key, goes.
 */
export const SCHEMA_V3 = { ...SCHEMA_V1, caseSearch: '&id, *keys' } as const;

/**
 * Version 4 adds the ledger (schema/ledger.ts): each case's head, moved on in the transaction of every event
 * write, and a tombstone for each deletion, so a history cut short, rewritten or deleted is caught.
 */
export const SCHEMA_V4 = { ...SCHEMA_V3, ledger: '&caseId' } as const;

/**
 * Version 5 derives notes from their `note_added` events (case-notes.ts), so a note costs no row of its own and
 * the notes table goes. A case whose note rows disagreed with its events (edited behind the log: the store
 * wrote every row with its event) keeps them in noteMismatches, so that verifyCase still reports it.
 */
export const SCHEMA_V5 = { ...SCHEMA_V4, notes: null, noteMismatches: '&caseId' } as const;

export const CURRENT_SCHEMA_VERSION = 5;

/**
 * A case's note rows as version 4 stored them, kept by the version 5 upgrade because they disagreed with the
 * case's events; rows as found, since what was edited may not even parse.
 */
export interface NoteMismatch {
  caseId: string;
  rows: unknown[];
}

function addTo<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/**
 * The version 5 upgrade's check: each case's note rows against the notes its events hold. Every note the
 * store wrote went in with its event (writes, imports and restores alike), so they agree unless someone edited
 * the table; such a case's rows are returned to be kept, not dropped with the table.
 */
async function disagreeingNotes(tx: Transaction): Promise<NoteMismatch[]> {
  const rows = new Map<string, unknown[]>();
  await tx.table<{ caseId: unknown }>('notes').each((row) => addTo(rows, String(row.caseId), row));
  // Events have no index by type: one walk collects the note events, which are all the upgrade keeps in memory.
  const events = new Map<string, CaseEvent[]>();
  await tx.table<CaseEvent>('events').each((event) => {
    if (event.type === 'note_added') addTo(events, String(event.caseId), event);
  });
  return [...new Set([...rows.keys(), ...events.keys()])]
    .map((caseId) => ({ caseId, rows: rows.get(caseId) ?? [] }))
    .filter(({ caseId, rows }) => !sameNotes(rows, events.get(caseId) ?? []));
}

/** The CancelDesk case database. */
export class CaseDb extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  events!: EntityTable<CaseEvent, 'id'>;
  noteMismatches!: EntityTable<NoteMismatch, 'caseId'>;
  evidence!: EntityTable<EvidenceRecord, 'id'>;
  evidenceBlobs!: Table<EvidenceBlob, string>;
  caseSearch!: EntityTable<CaseSearchRow, 'id'>;
  ledger!: EntityTable<LedgerRow, 'caseId'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table<CaseRecord, string>('cases')
          .toCollection()
          .modify((c) => {
            Object.assign(c, searchFields(c));
          }),
      );
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        const cases = await tx.table<CaseRecord, string>('cases').toArray();
        // A case written by version 2 has its search text; deriving it again covers one that somehow lacks it.
        await tx
          .table<CaseSearchRow, string>('caseSearch')
          .bulkAdd(cases.map((c) => caseSearchRow({ id: c.id, search: c.search ?? searchFields(c).search })));
      });
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        // The ledger starts from the heads the cases have now; from here on a case cut short no longer matches it.
        const cases = await tx.table<CaseRecord, string>('cases').toArray();
        await tx.table<LedgerRow, string>('ledger').bulkAdd(cases.map(ledgerRowOfCase));
      });
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (tx) => {
        await tx.table<NoteMismatch, string>('noteMismatches').bulkAdd(await disagreeingNotes(tx));
      });
  }

  /** Every table, for transactions that touch a whole case; the ledger too, which every event write moves on. */
  get all() {
    return [
      this.cases,
      this.events,
      this.evidence,
      this.evidenceBlobs,
      this.caseSearch,
      this.ledger,
      this.noteMismatches,
    ];
  }
}

/** Opens (lazily, on first use) the case database of that name. */
export function openCaseDb(name = 'canceldesk'): CaseDb {
  return new CaseDb(name);
}
