import { regexes } from 'zod/v4/core';
import type { FillFile, FillPin, FillRequest } from '../schema/fill';
import { TRANSACTION_TYPES } from '../schema/field-kinds';
import { FILL_KEYS, FILL_REASONS, REQUEST_TYPES } from '../schema/fill-keys';
import { arr, int, obj, oneOf, opt, str, type Check } from './check';

/*
 * The page's check of a fill request, shaped as FillRequest in lib/schema/fill.ts (which types it);
 * test/unit/content/page-requests.test.ts holds both to the same answers. zod's own regular expressions
 * (a few hundred bytes, without zod) check the instant and the email as the schema does.
 */

const INSTANT = regexes.datetime({ offset: true });

const text = (max: number) => opt(str(1, max));

const fillFile: Check<FillFile> = obj({
  name: str(1, 255),
  type: str(0, 255),
  base64: str(0, 11_000_000, /^[A-Za-z0-9+/]*={0,2}$/),
});

const fillPin: Check<FillPin> = obj({ key: oneOf(FILL_KEYS), selector: str(1, 2000) });

/** "Fill form": the values to write, files to attach and fields the agent pinned. */
export const fillRequest: Check<FillRequest> = obj({
  values: obj({
    orderNo: text(128),
    amountMinor: opt(int(0)),
    currency: opt(str(0, 3, /^[A-Z]{3}$/)),
    paidAt: opt(str(0, Number.MAX_SAFE_INTEGER, INSTANT)),
    paidAtWall: opt(str(0, 19, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/)),
    zone: str(1, 64),
    merchantId: text(64),
    terminalId: text(64),
    batchNo: text(32),
    voucherNo: text(32),
    referenceNo: text(64),
    authCode: text(32),
    transactionType: opt(oneOf(TRANSACTION_TYPES)),
    requestType: opt(oneOf(REQUEST_TYPES)),
    reason: opt(oneOf(FILL_REASONS)),
    description: text(4000),
    contactName: text(100),
    contactPhone: text(40),
    contactEmail: opt(str(0, 254, regexes.email)),
  }),
  files: opt(arr(fillFile, 0, 20)),
  pins: opt(arr(fillPin, 0, 40)),
});
