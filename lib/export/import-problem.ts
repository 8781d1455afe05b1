import type { z } from 'zod';
import type { ChainBreakReason } from '../db/event-chain';
import { reason, type ImportReason, type ImportReasonCode, type ImportReasonParams } from './import-reason';

/** What is wrong with an import file, precisely enough to find it: which file, where in it, what. */
export interface ImportProblem {
  code: 'invalid' | 'tampered';
  file: string;
  path: string;
  message: string;
  /** The same in a code and its parameters (the file and the path among them), for the agent's language. */
  reason: ImportReason;
}

/** Thrown inside a parse and caught at its top: the problem travels in it. */
export class ImportFailure extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`${problem.file}: ${problem.path}: ${problem.message}`);
  }
}

const failure = (
  code: ImportProblem['code'],
  file: string,
  path: string,
  message: string,
  why: ImportReasonCode,
  params: ImportReasonParams = {},
) => new ImportFailure({ code, file, path, message, reason: reason(why, { file, path, ...params }) });
/** A file that cannot be read as a case or a case ZIP. */
export const invalid = (
  file: string,
  path: string,
  message: string,
  why: ImportReasonCode,
  params?: ImportReasonParams,
) => failure('invalid', file, path, message, why, params);
/** A file whose content was changed after export. */
export const tampered = (
  file: string,
  path: string,
  message: string,
  why: ImportReasonCode,
  params?: ImportReasonParams,
) => failure('tampered', file, path, message, why, params);

/** A broken chain in the English of logs and messages. */
export const CHAIN_WORDS: Record<ChainBreakReason, string> = {
  sequence: 'events are missing or out of order',
  prev_hash: 'this event does not follow the one before it (an event was removed, added or moved)',
  hash: 'this event was changed after it was recorded (its hash does not match)',
  case_id: 'this event belongs to another case',
  time: 'this event is dated before the one it follows (event times may not go back)',
  truncated: 'events are missing from the end',
  ledger: 'the history does not end at the recorded head',
  head: 'the event log does not end at the head the file records (events were removed or added at the end)',
  state: 'the case does not match its events',
  evidence: 'evidence bytes do not match their checksum',
  missing_case: 'no case',
};

/** A zod issue's path as the messages show it: "events[2].data.text". */
export function zodPath(issue: z.core.$ZodIssue): string {
  return (
    issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || '(root)'
  );
}
