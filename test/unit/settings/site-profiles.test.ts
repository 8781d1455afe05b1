import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  exportSiteProfiles,
  importSiteProfiles,
  pinFormField,
  siteProfileFor,
  teachField,
} from '../../../lib/settings/site-profiles';

const ORIGIN = 'https://portal.example';

beforeEach(() => fakeBrowser.reset());

describe('form pins in site profiles', () => {
  it.each([
    {
      name: 'start a profile in the given zone',
      before: [],
      pins: [['orderNo', '#q7']],
      expected: [{ key: 'orderNo', selector: '#q7' }],
    },
    {
      name: 'keep one pin per key, the newest',
      before: [['orderNo', '#old']],
      pins: [['orderNo', '#q7']],
      expected: [{ key: 'orderNo', selector: '#q7' }],
    },
    {
      name: 'keep the pins of other keys',
      before: [['amountMinor', '[name="amt"]']],
      pins: [['orderNo', '#q7']],
      expected: [
        { key: 'amountMinor', selector: '[name="amt"]' },
        { key: 'orderNo', selector: '#q7' },
      ],
    },
  ] as const)('$name', async ({ before, pins, expected }) => {
    for (const [key, selector] of [...before, ...pins]) await pinFormField(ORIGIN, key, selector, 'Asia/Shanghai');
    const profile = await siteProfileFor(ORIGIN);
    expect(profile?.zone).toBe('Asia/Shanghai');
    expect(profile?.formPins).toEqual(expected);
  });

  it('leaves taught capture fields alone and travels in the profiles file', async () => {
    await teachField(ORIGIN, 'orderNo', [{ kind: 'label', text: '流水' }], 'Asia/Shanghai');
    await pinFormField(ORIGIN, 'orderNo', '#q7', 'Europe/Berlin');
    const file = await exportSiteProfiles();
    fakeBrowser.reset();
    expect(await importSiteProfiles(file)).toEqual({ ok: true, count: 1 });
    expect(await siteProfileFor(ORIGIN)).toEqual({
      origin: ORIGIN,
      zone: 'Asia/Shanghai',
      fields: { orderNo: [{ kind: 'label', text: '流水' }] },
      formPins: [{ key: 'orderNo', selector: '#q7' }],
    });
  });
});
