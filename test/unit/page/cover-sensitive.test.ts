import { describe, expect, it } from 'vitest';
import { coverSensitive, findSensitive } from '../../../lib/page/cover-sensitive';

const page = (body: string) => {
  document.body.replaceChildren();
  const t = document.createElement('template');
  t.innerHTML = body;
  document.body.append(t.content);
  return document;
};

describe('findSensitive', () => {
  it.each([
    ['a full card number in a cell', '<table><tr><th>卡号</th><td id="s">6225880212345673</td></tr></table>'],
    ['a grouped full card number', '<p id="s">Card: 6225 8802 1234 5673</p>'],
    ['a masked card number', '<table><tr><th>卡号</th><td id="s">6228 48** **** 1234</td></tr></table>'],
    ['a CVV value next to its label', '<dl><dt>CVV</dt><dd id="s">123</dd></dl>'],
    ['a resident ID number', '<p id="s">身份证号：11010519491231002X</p>'],
    ['a password input', '<input id="s" type="password" value="x">'],
  ])('covers %s', (_, html) => {
    const doc = page(html);
    expect(findSensitive(doc)).toContain(doc.getElementById('s'));
  });

  it.each([
    ['an order number', '<p>订单编号：202611251403220018</p>'],
    ['a reference number', '<table><tr><th>参考号</th><td>433514029871</td></tr></table>'],
    ['a phone number', '<footer>客服热线：95516-8899</footer>'],
  ])('leaves %s alone', (_, html) => {
    expect(findSensitive(page(html))).toHaveLength(0);
  });
});

describe('coverSensitive', () => {
  it('adds one cover per element and removes them all', () => {
    const doc = page('<table><tr><th>卡号</th><td>6225880212345673</td></tr><tr><th>CVV</th><td>123</td></tr></table>');
    const cover = coverSensitive(doc);
    expect(cover.count).toBe(2);
    expect(doc.querySelectorAll('[data-canceldesk-cover]')).toHaveLength(2);
    expect(cover.uncover()).toBe(2);
    expect(doc.querySelectorAll('[data-canceldesk-cover]')).toHaveLength(0);
  });
});
