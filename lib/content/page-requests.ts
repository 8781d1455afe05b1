import type { IdMask } from '../schema/id-mask';
import type { CaptureRequest, HighlightRequest, PickRequest } from '../schema/messages';
import type { FieldLocator, PageProfile } from '../schema/profile-fields';
import type { Locator } from '../schema/capture';
import type { OrderKey } from '../schema/order';
import { FIELD_KINDS } from '../schema/field-kinds';
import { anything, arr, byKind, int, literal, obj, oneOf, opt, record, str, type Check } from './check';

/*
 * The page's checks of what the panel sends it, shaped as the zod schemas in lib/schema (messages.ts,
 * profile-fields.ts, capture.ts) that type them; test/unit/content/page-requests.test.ts holds both to the
 * same answers.
 */

const DATE_ORDERS = ['ymd', 'dmy', 'mdy'] as const;
const CURRENCY = /^[A-Z]{3}$/;

/** A regular expression for an ID number of another kind, as settings keep it: valid, never matching ''. */
const idPattern: Check<string> = (v, path) => {
  const source = str(1, 200)(v, path);
  try {
    if (!new RegExp(source, 'u').test('')) return source;
  } catch {
    // An invalid expression is refused like one that matches the empty text, just below.
  }
  return str(0, 0)(null, path);
};

/** How ID numbers are masked before any text leaves the page. */
export const idMask: Check<IdMask> = obj({
  keepStart: int(0, 8),
  keepEnd: int(0, 8),
  patterns: opt(arr(idPattern, 0, 20)),
});

const selector = str(1, 2000);

/** Where a value sits on the page: CSS selectors, one per root. */
export const locator: Check<Locator> = obj({ path: arr(selector, 1, 16) });

/** One way to find a taught field again. */
export const fieldLocator: Check<FieldLocator> = byKind<FieldLocator>({
  label: obj({ kind: literal('label'), text: str(1, 200) }),
  role: obj({ kind: literal('role'), role: str(1, 64), name: str(1, 200) }),
  attr: obj({ kind: literal('attr'), name: str(0, 64, /^[A-Za-z_][-A-Za-z0-9_.:]*$/), value: str(1, 500) }),
  css: obj({ kind: literal('css'), selector, framePath: opt(arr(selector, 0, 15)) }),
});

const orderKey = oneOf(Object.keys(FIELD_KINDS) as OrderKey[]);

/** What the page reads a site profile for. */
export const pageProfile: Check<PageProfile> = obj({
  zone: str(0, 64),
  dateOrder: opt(oneOf(DATE_ORDERS)),
  currency: opt(str(0, 3, CURRENCY)),
  fields: record(orderKey, arr(fieldLocator, 1, 8)),
});

/** "Capture order": how to mask IDs, and the taught fields to look for. */
export const captureRequest: Check<CaptureRequest> = obj({
  idMask,
  rows: opt(int(1, 500)),
  profile: anything,
}) as Check<CaptureRequest>;

export const highlightRequest: Check<HighlightRequest> = obj({ locator });

export const pickRequest: Check<PickRequest> = obj({ idMask });
