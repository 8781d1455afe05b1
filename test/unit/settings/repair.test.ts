import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { _default } from 'zod/mini';
import { DEFAULT_SETTINGS, Settings } from '../../../lib/schema/settings';
import { repair } from '../../../lib/settings/repair';

const Item = z.object({ id: z.string().min(1), n: z.number().int() });
const Shape = z
  .object({
    name: z.string().max(5).default('anon'),
    inner: z.object({ a: z.number().default(1), b: z.string().default('b') }).default({ a: 1, b: 'b' }),
    list: z.array(Item).max(2).default([]),
    byKey: z.record(z.string().startsWith('k'), z.number()).default({}),
    note: z.string().optional(),
  })
  .default({ name: 'anon', inner: { a: 1, b: 'b' }, list: [], byKey: {} });

describe('repair', () => {
  it.each([
    ['a valid value as it is', { name: 'ok', list: [{ id: 'x', n: 1 }] }, { name: 'ok', list: [{ id: 'x', n: 1 }] }],
    ['nothing stored: the defaults', undefined, {}],
    ['null: the defaults', null, {}],
    ['not an object: the defaults', 'junk', {}],
    ['a bad field: its default alone', { name: 'far too long', note: 'kept' }, { note: 'kept' }],
    ['a bad nested field: that field alone', { inner: { a: 'x', b: 'kept' } }, { inner: { a: 1, b: 'kept' } }],
    [
      'a list: the valid items, whole, up to its maximum',
      {
        list: [
          { id: '', n: 1 },
          { id: 'a', n: 1 },
          { id: 'b', n: 1.5 },
          { id: 'c', n: 2 },
          { id: 'd', n: 3 },
        ],
      },
      {
        list: [
          { id: 'a', n: 1 },
          { id: 'c', n: 2 },
        ],
      },
    ],
    ['a list that is not one: its default', { list: { id: 'a', n: 1 } }, {}],
    ['a record: its valid entries', { byKey: { k1: 1, x: 2, k2: 'two', k3: 3 } }, { byKey: { k1: 1, k3: 3 } }],
    ['a bad optional field: left out', { name: 'ok', note: 42 }, { name: 'ok' }],
  ])('keeps %s', (_, stored, expected) => {
    expect(repair(Shape, stored)).toEqual(Shape.parse(expected));
  });

  it('repairs the stored settings field by field, down to the ID patterns', () => {
    const stored = {
      uiLanguage: 'fr',
      agent: { name: 'Li Wei', email: 42 },
      idMask: { keepStart: 2, keepEnd: 99, patterns: ['[EG]\\d{8}', '('] },
      portalZone: 'Europe/Berlin',
    };
    expect(repair(_default(Settings, DEFAULT_SETTINGS), stored)).toEqual({
      ...DEFAULT_SETTINGS,
      agent: { ...DEFAULT_SETTINGS.agent, name: 'Li Wei' },
      idMask: { ...DEFAULT_SETTINGS.idMask, keepStart: 2, patterns: ['[EG]\\d{8}'] },
      portalZone: 'Europe/Berlin',
    });
  });
});
