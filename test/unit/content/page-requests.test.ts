import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { senderSchema } from '../../../lib/messaging';
import { checkRequest, type Check } from '../../../lib/content/check';
import { fillRequest } from '../../../lib/content/fill-request-check';
import { envelopeRefusal, senderRefusal } from '../../../lib/content/page-messaging';
import { captureRequest, highlightRequest, pageProfile, pickRequest } from '../../../lib/content/page-requests';
import { FillRequest } from '../../../lib/schema/fill';
import { CaptureRequest, HighlightRequest, PickRequest } from '../../../lib/schema/messages';
import { PageProfile } from '../../../lib/schema/profile-fields';
import { makeFillFile, makeFillRequest } from '../../builders/fill-request';
import { BASE, EXTENSION, ID, REFUSED, SENDERS } from '../../builders/senders';

const MASK = { keepStart: 3, keepEnd: 4 };
const CAPTURE = { idMask: MASK };
const PROFILE = {
  origin: 'https://portal.example',
  zone: 'Asia/Shanghai',
  fields: { orderNo: [{ kind: 'label', text: '订单号' }] },
};

/** Each page check, the zod schema that types it, and values both must accept or both refuse. */
const CASES: { name: string; check: Check<unknown>; schema: z.ZodType; values: [string, unknown][] }[] = [
  {
    name: 'capture',
    check: captureRequest,
    schema: CaptureRequest,
    values: [
      ['a request', CAPTURE],
      ['with a profile', { ...CAPTURE, profile: PROFILE }],
      ['extra keys, dropped', { ...CAPTURE, zone: 'Asia/Shanghai', dateOrder: 'dmy' }],
      ['no mask', { profile: PROFILE }],
      ['a mask keeping 9', { idMask: { keepStart: 9, keepEnd: 0 } }],
      ['a mask keeping half a digit', { idMask: { keepStart: 1.5, keepEnd: 0 } }],
      ['an ID pattern', { idMask: { ...MASK, patterns: ['[A-Z]\\d{8}'] } }],
      ['an ID pattern matching nothing at all', { idMask: { ...MASK, patterns: ['\\d*'] } }],
      ['an invalid ID pattern', { idMask: { ...MASK, patterns: ['(['] } }],
      ['21 ID patterns', { idMask: { ...MASK, patterns: Array(21).fill('X\\d') } }],
      ['not an object', 'capture'],
      ['nothing', undefined],
    ],
  },
  {
    name: 'profile',
    check: pageProfile,
    schema: PageProfile,
    values: [
      ['a profile', PROFILE],
      [
        'every kind of locator',
        {
          ...PROFILE,
          fields: {
            orderNo: [
              { kind: 'role', role: 'cell', name: '订单号' },
              { kind: 'attr', name: 'data-testid', value: 'order-no' },
              { kind: 'css', selector: '#o', framePath: ['iframe'] },
            ],
          },
        },
      ],
      ['a field that is no order field', { ...PROFILE, fields: { shoeSize: [{ kind: 'label', text: 'x' }] } }],
      ['a field without locators', { ...PROFILE, fields: { orderNo: [] } }],
      ['an unknown locator kind', { ...PROFILE, fields: { orderNo: [{ kind: 'xpath', path: '//td' }] } }],
      [
        'an attribute name with a space',
        { ...PROFILE, fields: { orderNo: [{ kind: 'attr', name: 'a b', value: 'x' }] } },
      ],
      ['an empty label', { ...PROFILE, fields: { orderNo: [{ kind: 'label', text: '' }] } }],
      ['no fields', { ...PROFILE, fields: undefined }],
    ],
  },
  {
    name: 'highlight',
    check: highlightRequest,
    schema: HighlightRequest,
    values: [
      ['a locator', { locator: { path: ['#order', 'td'] } }],
      ['an empty path', { locator: { path: [] } }],
      ['an empty selector', { locator: { path: [''] } }],
      ['17 roots', { locator: { path: Array(17).fill('div') } }],
    ],
  },
  {
    name: 'pick',
    check: pickRequest,
    schema: PickRequest,
    values: [
      ['a mask', { idMask: MASK }],
      ['no mask', {}],
    ],
  },
  {
    name: 'fill',
    check: fillRequest,
    schema: FillRequest,
    values: [
      ['a request', makeFillRequest()],
      [
        'with files and pins',
        makeFillRequest({}, { files: [makeFillFile()], pins: [{ key: 'orderNo', selector: '#o' }] }),
      ],
      ['an amount of half a fen', makeFillRequest({ amountMinor: 128.5 })],
      ['a negative amount', makeFillRequest({ amountMinor: -1 })],
      ['a time without an offset', makeFillRequest({ paidAt: '2026-11-25T14:03:27' })],
      ['a wall clock with an offset', makeFillRequest({ paidAtWall: '2026-11-25T14:03:27+08:00' })],
      ['an unknown request type', makeFillRequest({ requestType: 'chargeback' as never })],
      ['an unknown reason', makeFillRequest({ reason: 'fraud' as never })],
      ['an unknown transaction type', makeFillRequest({ transactionType: 'refund' as never })],
      ['a malformed email', makeFillRequest({ contactEmail: 'wang.li' })],
      ['an empty order number', makeFillRequest({ orderNo: '' })],
      ['a file that is not base64', makeFillRequest({}, { files: [{ name: 'a', type: '', base64: '<script>' }] })],
      ['a pin for no fill key', makeFillRequest({}, { pins: [{ key: 'shoeSize' as never, selector: '#o' }] })],
      ['21 files', makeFillRequest({}, { files: Array(21).fill(makeFillFile()) })],
      ['no values', {}],
    ],
  },
];

describe('the page checks what the panel sends as the zod schemas do', () => {
  for (const { name, check, schema, values } of CASES) {
    it.each(values)(`${name}: %s`, (_what, value) => {
      const page = checkRequest(check, value);
      const zod = schema.safeParse(value);
      expect(page.ok).toBe(zod.success);
      if (page.ok && zod.success) expect(page.data).toEqual(zod.data);
    });
  }

  it('says where a request went wrong', () => {
    expect(checkRequest(highlightRequest, { locator: { path: [''] } })).toEqual({
      ok: false,
      detail: 'locator.path.0: expected a string of 1 to 2000 characters',
    });
  });
});

describe('the page takes messages only from the extension, as the panel does', () => {
  const who = { id: ID, base: BASE };
  it.each([...EXTENSION.map((s) => [s, true] as const), ...REFUSED.map((s) => [s, false] as const)])(
    '%s: %s',
    (name, taken) => {
      const sender = SENDERS[name];
      expect(senderRefusal(sender, who) === null).toBe(taken);
      expect(senderSchema('extension', who).safeParse(sender).success).toBe(taken);
    },
  );

  it('refuses an envelope of another type or without its numbers', () => {
    const message = { type: 'capture', id: 1, timestamp: 1, sender: SENDERS.sidePanel, data: CAPTURE };
    expect(envelopeRefusal('capture', message, who)).toBeNull();
    expect(envelopeRefusal('highlight', message, who)).toBe('type: expected highlight');
    expect(envelopeRefusal('capture', { ...message, id: '1' }, who)).toBe('id, timestamp: expected numbers');
    expect(envelopeRefusal('capture', { ...message, sender: SENDERS.contentScript }, who)).toMatch(/^sender refused/);
  });
});
