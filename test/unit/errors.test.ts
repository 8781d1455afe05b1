import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { describeError, formatZodError, logOnce } from '../../lib/errors';

const zodError = z.object({ days: z.number() }).safeParse({ days: 'soon' }).error!;

describe('describeError', () => {
  it.each([
    ['an Error', new TypeError('boom'), 'boom'],
    ['a string', 'plain', 'plain'],
    ['a number', 42, '42'],
    ['undefined', undefined, 'undefined'],
    ['a zod error', zodError, formatZodError(zodError)],
  ])('describes %s', (_, e, text) => {
    expect(describeError(e)).toBe(text);
  });
});

describe('formatZodError', () => {
  it('names each issue and where it is', () => {
    expect(formatZodError(zodError)).toContain('days');
    expect(formatZodError(zodError)).toContain('expected number');
  });
});

describe('logOnce', () => {
  afterEach(() => vi.restoreAllMocks());

  it('logs a message once however often it happens, and each new one', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    logOnce('test-once', new Error('disk full'));
    logOnce('test-once', new Error('disk full'));
    logOnce('test-once', new Error('tab closed'));
    expect(log.mock.calls.map((c) => c[0])).toEqual([
      '[CancelDesk] test-once: disk full',
      '[CancelDesk] test-once: tab closed',
    ]);
  });
});
