import { afterEach, describe, expect, it } from 'vitest';
import { executeFill, planFill } from '../../../lib/fill';
import { leftForYou } from '../../../lib/fill/left-for-you';
import type { FillRequest } from '../../../lib/schema/fill';
import { mount, NO_SETTLE, signal } from './dom';

/** What is left in the form around a filled order-number box. */
const left = (html: string) => {
  const doc = mount(`<form id="main"><label>原订单号 <input id="filled"></label>${html}</form>`);
  return leftForYou([doc.getElementById('filled') as Element]);
};

/** A web component like Shoelace's button: a shadow <button> whose slot shows the host's text. */
class TestButton extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const button = document.createElement('button');
    button.setAttribute('type', this.getAttribute('type') ?? 'button');
    button.setAttribute('part', 'base');
    if (this.hasAttribute('own-text')) button.textContent = this.getAttribute('own-text');
    else button.append(document.createElement('slot'));
    this.attachShadow({ mode: 'open' }).append(button);
  }
}

/** A web component like Shoelace's checkbox: a shadow label around a native checkbox and a slot for its text. */
class TestCheckbox extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    const text = document.createElement('span');
    text.append(document.createElement('slot'));
    label.append(box, text);
    this.attachShadow({ mode: 'open' }).append(label);
  }
}
if (!customElements.get('test-button')) customElements.define('test-button', TestButton);
if (!customElements.get('test-checkbox')) customElements.define('test-checkbox', TestCheckbox);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('leftForYou names the attestation a person must tick', () => {
  it.each([
    {
      name: 'a zh box in its label',
      html: '<label><input type="checkbox"> 我已核实以上信息无误</label>',
      label: '我已核实以上信息无误',
    },
    {
      name: 'an en box by label[for]',
      html: '<input type="checkbox" id="c"><label for="c">I confirm the information above is correct</label>',
      label: 'I confirm the information above is correct',
    },
    {
      name: 'words after a required star',
      html: '<label><input type="checkbox"><span>*</span>本人承诺所填信息真实</label>',
      label: expect.stringMatching(/^\*?本人承诺所填信息真实$/),
    },
    {
      name: 'an ARIA checkbox',
      html: '<div role="checkbox" aria-checked="false" aria-label="I agree to the merchant terms" tabindex="0"></div>',
      label: 'I agree to the merchant terms',
    },
    {
      name: 'a styled box hidden behind its label',
      html: '<label><input type="checkbox" style="opacity:0">我已阅读并同意《撤销规则》</label>',
      label: '我已阅读并同意《撤销规则》',
    },
    {
      name: 'a shadow checkbox with slotted words (Shoelace)',
      html: '<test-checkbox>I confirm the information above is correct</test-checkbox>',
      label: 'I confirm the information above is correct',
    },
  ])('$name', ({ html, label }) => {
    expect(left(html)).toEqual([{ kind: 'attestation', label }]);
  });

  it('an attestation whose words run past 200 characters is named, clipped', () => {
    const long = `我已核实以上信息无误，${'并承诺所提交的撤销申请真实有效'.repeat(14)}`;
    const found = left(`<label><input type="checkbox"> ${long}</label>`);
    expect(found.map((l) => [l.kind, l.label.startsWith('我已核实以上信息无误'), l.label.length <= 200])).toEqual([
      ['attestation', true, true],
    ]);
  });

  it.each([
    { name: 'an ordinary zh checkbox', html: '<label><input type="checkbox"> 通知持卡人</label>' },
    { name: 'an ordinary en checkbox', html: '<label><input type="checkbox"> Notify cardholder</label>' },
    { name: 'an ordinary shadow checkbox', html: '<test-checkbox>Urgent</test-checkbox>' },
    {
      name: 'an attestation in a hidden section',
      html: '<div style="display:none"><label><input type="checkbox"> 我已核实以上信息无误</label></div>',
    },
    { name: 'an attestation without a box (plain text)', html: '<p>我已核实以上信息无误</p>' },
  ])('$name is not listed', ({ html }) => {
    expect(left(html)).toEqual([]);
  });
});

describe('leftForYou names the button that sends the form', () => {
  it.each([
    { name: 'a type=submit button', html: '<button type="submit">确定</button>', label: '确定' },
    { name: 'a button of no type (a submitter)', html: '<button>Go</button>', label: 'Go' },
    { name: 'an input type=submit', html: '<input type="submit" value="确认">', label: '确认' },
    { name: 'a type=button starting with 提交', html: '<button type="button">提交申请</button>', label: '提交申请' },
    {
      name: 'a type=button starting with Submit',
      html: '<button type="button">Submit request</button>',
      label: 'Submit request',
    },
    {
      name: 'a role=button starting with 提交',
      html: '<div role="button" tabindex="0">提交审核</div>',
      label: '提交审核',
    },
    {
      name: 'a shadow submit button showing slotted text',
      html: '<test-button type="submit">提交申请</test-button>',
      label: '提交申请',
    },
    {
      name: 'a shadow button whose slotted text starts with Submit',
      html: '<test-button>Submit request</test-button>',
      label: 'Submit request',
    },
    {
      name: 'a shadow submit button with its own text',
      html: '<test-button type="submit" own-text="Send"></test-button>',
      label: 'Send',
    },
  ])('$name', ({ html, label }) => {
    expect(left(html)).toEqual([{ kind: 'submit', label }]);
  });

  it.each([
    { name: 'a cancel button', html: '<button type="button">取消</button>' },
    { name: 'a reset button', html: '<button type="reset">重置</button>' },
    { name: 'a button that mentions submit later in its text', html: '<button type="button">Resubmit later</button>' },
    { name: 'a hidden submit button', html: '<button type="submit" hidden>提交</button>' },
    { name: 'a shadow button that does not submit', html: '<test-button>Preview</test-button>' },
  ])('$name is not listed', ({ html }) => {
    expect(left(html)).toEqual([]);
  });
});

describe('leftForYou looks only in the forms it filled', () => {
  it('names each thing once, attestation and submit of the filled form, not those of another form', () => {
    const doc = mount(`
      <form role="search"><input id="q"><button type="submit">Search</button></form>
      <form id="main"><label>原订单号 <input id="a"></label><label>联系人 <input id="b"></label>
        <label><input type="checkbox"> 我已核实以上信息无误</label><button type="submit">提交申请</button><button type="submit">提交申请</button></form>`);
    expect(leftForYou([doc.getElementById('a') as Element, doc.getElementById('b') as Element])).toEqual([
      { kind: 'attestation', label: '我已核实以上信息无误' },
      { kind: 'submit', label: '提交申请' },
    ]);
  });

  it('looks in the whole document when the fields sit in no form', () => {
    const doc = mount(
      '<div><label>原订单号 <input id="a"></label><label><input type="checkbox"> I confirm the information above is correct</label><button type="button">Submit</button></div>',
    );
    expect(leftForYou([doc.getElementById('a') as Element])).toEqual([
      { kind: 'attestation', label: 'I confirm the information above is correct' },
      { kind: 'submit', label: 'Submit' },
    ]);
  });

  it('finds the form of a field inside a shadow root through its host', () => {
    const doc = mount(
      '<form><div id="host"></div><label><input type="checkbox">本人确认以上信息真实</label><button type="submit">提交</button></form>',
    );
    const root = (doc.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    const input = document.createElement('input');
    root.append(input);
    expect(leftForYou([input]).map((l) => l.kind)).toEqual(['attestation', 'submit']);
  });

  it('lists at most ten', () => {
    const boxes = Array.from(
      { length: 12 },
      (_, i) => `<label><input type="checkbox"> 我已确认第${i + 1}项</label>`,
    ).join('');
    expect(left(boxes)).toHaveLength(10);
  });

  it('reaches the fill report, and the fill never ticks or presses them', async () => {
    const doc = mount(`<form id="f"><label>原订单号 <input id="a"></label>
      <test-checkbox id="c">I confirm the information above is correct</test-checkbox><test-button type="submit">Submit request</test-button></form>`);
    let submitted = false;
    doc.getElementById('f')?.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    const request: FillRequest = { values: { zone: 'Asia/Shanghai', orderNo: 'T1' } };
    const report = await executeFill(planFill(doc, request), signal(), NO_SETTLE);
    const box = doc.getElementById('c')?.shadowRoot?.querySelector('input') as HTMLInputElement;
    expect([report.left, box.checked, submitted]).toEqual([
      [
        { kind: 'attestation', label: 'I confirm the information above is correct' },
        { kind: 'submit', label: 'Submit request' },
      ],
      false,
      false,
    ]);
  });
});
