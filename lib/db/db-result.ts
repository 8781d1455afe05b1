import { describeError } from '../errors';
import type { ImportReason } from '../export/import-reason';
/** Why a case-store call failed; the panel words each code for the agent. */
export type DbErrorCode =
  'quota_exceeded' | 'not_found' | 'invalid' | 'conflict' | 'missing_order_no' | 'tampered' | 'unknown';

export interface DbError {
  code: DbErrorCode;
  message: string;
  /** Why an import or a restore refused a file, for the agent's language; the message says it in English. */
  reason?: ImportReason;
}

export type DbResult<T> = { ok: true; value: T } | { ok: false; error: DbError };

/** Thrown inside a transaction to roll it back with a known code; never escapes the store. */
export class DbFailure extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
    readonly reason?: ImportReason,
  ) {
    super(message);
    this.name = 'DbFailure';
  }
}

/** A successful result. */
export const ok = <T>(value: T): DbResult<T> => ({ ok: true, value });
/** A failed result with a code the panel can word. */
export const failed = (code: DbErrorCode, message: string, why?: ImportReason): { ok: false; error: DbError } => ({
  ok: false,
  error: why ? { code, message, reason: why } : { code, message },
});

function causes(err: unknown): unknown[] {
  const seen: unknown[] = [];
  let current: unknown = err;
  while (current && typeof current === 'object' && !seen.includes(current) && seen.length < 8) {
    seen.push(current);
    const { inner, cause, failures } = current as { inner?: unknown; cause?: unknown; failures?: unknown };
    if (Array.isArray(failures)) seen.push(...failures);
    current = inner ?? cause;
  }
  return seen;
}

const nameOf = (e: unknown) => (e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '');

/** Maps whatever IndexedDB or Dexie threw (often wrapped in an AbortError) to a DbError. */
export function toDbError(err: unknown): DbError {
  const chain = causes(err);
  const known = chain.find((e): e is DbFailure => e instanceof DbFailure);
  if (known)
    return known.reason
      ? { code: known.code, message: known.message, reason: known.reason }
      : { code: known.code, message: known.message };
  if (chain.some((e) => nameOf(e) === 'QuotaExceededError')) {
    return {
      code: 'quota_exceeded',
      message: 'The browser has no room left for CancelDesk data; nothing was saved.',
      // Written out rather than built with reason(): the list of reasons stays out of the panel's first load.
      reason: { code: 'diskFull', params: {} },
    };
  }
  const constraint = chain.find((e) => nameOf(e) === 'ConstraintError');
  if (constraint)
    return {
      code: 'invalid',
      message: `A record with the same key already exists: ${String((constraint as Error).message)}`,
    };
  const message = describeError(err);
  return { code: 'unknown', message: message || 'unknown database error' };
}

/** Runs a store operation and turns any failure into a DbResult. */
export async function attempt<T>(run: () => Promise<T>): Promise<DbResult<T>> {
  try {
    return ok(await run());
  } catch (err) {
    return { ok: false, error: toDbError(err) };
  }
}
