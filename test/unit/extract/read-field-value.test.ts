import { describe, expect, it } from 'vitest';
import { readFieldValue } from '../../../lib/extract';

function make(html: string): Element {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('afterbegin', html);
  return document.body.firstElementChild!;
}

describe('readFieldValue', () => {
  it.each([
    ['<span> 202611251403220018 \n</span>', '202611251403220018'],
    ['<input readonly value="898310058120123">', '898310058120123'],
    ['<textarea readonly>处理中</textarea>', '处理中'],
    ['<select disabled><option value="1">现金</option><option value="2" selected>刷卡</option></select>', '刷卡'],
    ['<div class="col"><input readonly value="000125"></div>', '000125'],
    ['<input type="password" value="secret88">', ''],
    ['<input name="cvv" value="731">', ''],
    ['<span>6222021234567894</span>', '622202******7894'],
    ['<span>110105199003071239</span>', '110***********1239'],
  ])('%s → %s', (html, value) => {
    expect(readFieldValue(make(html))).toBe(value);
  });
});
