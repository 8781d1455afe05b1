import type { CaseDb } from './case-db';

/** What every store operation runs against: the database and a clock (tests set both). */
export interface StoreContext {
  db: CaseDb;
  now: () => Date;
}

/** Who performs an action; missing parts are taken from the case's latest event. */
export interface Actor {
  agent?: string;
  ruleSetId?: string;
  ruleSetVersion?: number;
}
