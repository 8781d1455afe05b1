import { describe, expect, it } from 'vitest';
import { extractOrder } from '../../../lib/capture/extract-order';
import { pickElement, profileLocatorsFor, resolveProfileField } from '../../../lib/extract';
import { SiteProfile, type FieldLocator } from '../../../lib/schema/site-profile';
import { loadPortal } from './load-portal';
import { withZones } from '../../../lib/capture/with-zones';

const OPTIONS = { zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } };
const profileFor = (fields: SiteProfile['fields']) =>
  SiteProfile.parse({ origin: 'http://localhost:3000', zone: 'Asia/Shanghai', fields });

/** The agent's hover and click: pickElement takes only trusted events, which happy-dom cannot make itself. */
function click(el: Element) {
  const trusted = <E extends Event>(event: E) => Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(trusted(new MouseEvent('mouseover', { bubbles: true, composed: true })));
  el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })));
}

describe('teaching a portal the heuristics cannot read', () => {
  it('reads nothing on its own, then reads each taught field through the site profile', async () => {
    const doc = await loadPortal('unlabeled/index.html');
    expect(extractOrder(doc, withZones(OPTIONS)).draft).toBeNull();

    const taught: SiteProfile['fields'] = {};
    const cells = [...doc.querySelectorAll('.q9')];
    for (const [key, cell] of [
      ['orderNo', cells[0]],
      ['amountMinor', cells[1]],
      ['paidAt', cells[2]],
      ['status', cells[3]],
    ] as const) {
      const picking = pickElement(doc, new AbortController().signal);
      click(cell!);
      const picked = await picking;
      expect(picked).toBe(cell);
      taught[key] = profileLocatorsFor(picked!);
    }
    const profile = profileFor(taught);
    expect(profile.fields.amountMinor).toContainEqual({ kind: 'attr', name: 'data-testid', value: 'order-amount' });

    const result = extractOrder(doc, withZones({ ...OPTIONS, profile }));
    expect(result.draft?.values).toEqual({
      orderNo: '202611301200000077',
      amountMinor: 7700,
      currency: 'CNY',
      paidAt: '2026-11-30T12:00:00+08:00',
      status: 'paid',
    });
    expect(result.draft?.sources.orderNo).toMatchObject({ method: 'profile', confidence: 1 });
    expect(result.problems).toEqual([]);
  });

  it('says the portal has changed when a taught field is gone or matches several elements', async () => {
    const doc = await loadPortal('unlabeled/index.html');
    const profile = profileFor({
      orderNo: [{ kind: 'css', selector: '.gone' }],
      amountMinor: [{ kind: 'css', selector: '.q9' }],
    });
    const result = extractOrder(doc, withZones({ ...OPTIONS, profile }));
    expect(result.draft).toBeNull();
    expect(result.problems).toEqual([
      { key: 'orderNo', code: 'profile_not_found' },
      { key: 'amountMinor', code: 'profile_ambiguous' },
    ]);
  });

  it('lets a taught field win over the heuristics, and never falls back to them when it is lost', async () => {
    const doc = await loadPortal('demo/zh/order-1001.html');
    const profile = profileFor({
      amountMinor: [{ kind: 'label', text: '已退款金额' }],
      referenceNo: [{ kind: 'attr', name: 'id', value: 'no-such-id' }],
    });
    const result = extractOrder(doc, withZones({ ...OPTIONS, profile }));
    expect(result.draft?.values.amountMinor).toBe(0);
    expect(result.draft?.sources.amountMinor?.method).toBe('profile');
    expect(result.draft?.values.referenceNo).toBeUndefined();
    expect(result.problems).toContainEqual({ key: 'referenceNo', code: 'profile_not_found' });
  });
});

describe('resolveProfileField', () => {
  it.each<[string, FieldLocator[], string | null, string?]>([
    ['a label it sits next to', [{ kind: 'label', text: '参考号' }], '433514029871'],
    ['a label with different decoration', [{ kind: 'label', text: '参考号：' }], '433514029871'],
    [
      'the first locator that matches exactly one element',
      [
        { kind: 'css', selector: 'td' },
        { kind: 'css', selector: '#order-detail tr:nth-child(4) td:nth-child(4)' },
      ],
      '433514029871',
    ],
    [
      'nothing',
      [
        { kind: 'label', text: '不存在的标签' },
        { kind: 'attr', name: 'data-testid', value: 'x' },
      ],
      null,
      'not_found',
    ],
    ['several elements', [{ kind: 'css', selector: 'td' }], null, 'ambiguous'],
  ])('finds by %s', async (_, locators, text, error) => {
    const doc = await loadPortal('demo/zh/order-1001.html');
    const found = resolveProfileField(doc, locators);
    if (text === null) expect(found).toEqual({ ok: false, error });
    else expect(found.ok && found.element.textContent).toBe(text);
  });

  it('finds a css locator inside an iframe through its frame path', async () => {
    const doc = await loadPortal('iframe-detail/index.html');
    const found = resolveProfileField(doc, [
      { kind: 'css', selector: 'dd:nth-of-type(2)', framePath: ['#detail-frame'] },
    ]);
    expect(found.ok && found.element.textContent).toBe('898310058129999');
  });

  it('finds by role and accessible name, and by a label inside a shadow root', async () => {
    document.body.replaceChildren();
    const input = document.createElement('input');
    input.setAttribute('aria-label', '原交易参考号');
    input.value = '433514029871';
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const label = document.createElement('span');
    label.textContent = 'Ref';
    const value = document.createElement('span');
    value.textContent = 'R-77';
    shadow.append(label, value);
    document.body.append(input, host);
    expect(resolveProfileField(document, [{ kind: 'role', role: 'textbox', name: '原交易参考号' }])).toEqual({
      ok: true,
      element: input,
    });
    expect(resolveProfileField(document, [{ kind: 'label', text: 'Ref' }])).toEqual({ ok: true, element: value });
  });
});

describe('profileLocatorsFor', () => {
  it('offers the label, stable attributes and a css path, each leading back to the element', async () => {
    const doc = await loadPortal('demo/zh/order-1001.html');
    const cell = [...doc.querySelectorAll('td')].find((td) => td.textContent === '433514029871')!;
    cell.id = 'rrn';
    const locators = profileLocatorsFor(cell);
    expect(locators.map((l) => l.kind)).toEqual(['label', 'attr', 'css']);
    expect(locators[0]).toEqual({ kind: 'label', text: '参考号' });
    for (const l of locators) expect(resolveProfileField(doc, [l])).toEqual({ ok: true, element: cell });
  });

  it.each([
    {
      name: 'a page header before the tile',
      html: '<h1>Lumen POS Cloud</h1><div class="grid"><div class="tile"><b id="v">LMN-77120-AX</b><i>#</i></div></div>',
      label: null,
    },
    {
      name: 'a label cell in the same row',
      html: '<div class="row"><div>Ticket</div><div><b id="v">LMN-77120-AX</b></div></div>',
      label: 'Ticket',
    },
  ])('takes as label only what sits next to the value, not $name', ({ html, label }) => {
    document.body.innerHTML = html;
    const labels = profileLocatorsFor(document.getElementById('v')!).filter((l) => l.kind === 'label');
    expect(labels).toEqual(label ? [{ kind: 'label', text: label }] : []);
  });

  it('offers role and accessible name for a labelled input, never its value', () => {
    document.body.replaceChildren();
    const input = document.createElement('input');
    input.setAttribute('aria-label', '订单号');
    input.value = '202611251403220018';
    document.body.append(input);
    expect(profileLocatorsFor(input)).toContainEqual({ kind: 'role', role: 'textbox', name: '订单号' });
  });
});
