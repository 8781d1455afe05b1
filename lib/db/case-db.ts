import { Dexie, type EntityTable, type Table } from 'dexie';
import type { CaseRecord } from '../schema/case';
import type { CaseEvent } from '../schema/event';
import type { EvidenceRecord } from '../schema/evidence';
import type { LedgerRow } from '../schema/ledger';
import type { NoteRecord } from '../schema/note';
import { searchFields } from './case-fields';
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

export const CURRENT_SCHEMA_VERSION = 4;

/** The CancelDesk case database. */
export class CaseDb extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  events!: EntityTable<CaseEvent, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
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
  }

  /** Every table, for transactions that touch a whole case; the ledger too, which every event write moves on. */
  get all() {
    return [this.cases, this.events, this.notes, this.evidence, this.evidenceBlobs, this.caseSearch, this.ledger];
  }
}

/** Opens (lazily, on first use) the case database of that name. */
export function openCaseDb(name = 'canceldesk'): CaseDb {
  return new CaseDb(name);
}
