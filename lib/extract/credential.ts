import { ascii } from '../format/text';
import { normaliseLabel } from '../vocabulary';

type Credential = 'csc' | 'pin' | 'track' | 'password';

const KINDS: [RegExp, Credential][] = [
  [/cvv|cvc|cvn|\bcid\b|security code|card verification|安全码|验证码|校验码/, 'csc'],
  [/track|磁道/, 'track'],
  [/\bpin\b|pin码|pin block/, 'pin'],
];

/** What a value of each credential looks like once spaces and dashes are gone. */
const SHAPES: Record<Credential, RegExp> = {
  csc: /^\d{3,4}$/,
  // A PIN, or a PIN block (16 hex digits).
  pin: /^(?:\d{4,12}|[0-9a-f]{16})$/i,
  // Track 1 ("%B4111…^NAME^…") or track 2 ("4111…=2512…"), sentinels optional.
  track: /^%?b?\d{12,19}\^|^;?\d{12,19}[=d]\d{4}/i,
  // A password printed in clear: one printable word with a digit or a symbol in it.
  password: /^(?=.*[\d\W_])[\x21-\x7e]{4,64}$/,
};

/**
 * Whether a value shown under a card-security or password label is that credential. A label alone is not
 * enough: "修改密码", "Forgot PIN?" or "安全设置 … 支付密码管理" are navigation, not a PIN or a CVV.
 */
export function looksLikeCredential(label: string, value: string): boolean {
  const v = ascii(value).replace(/[\s-]/g, '');
  if (v === '') return false;
  const name = normaliseLabel(label);
  const kind = KINDS.find(([re]) => re.test(name))?.[1] ?? 'password';
  return SHAPES[kind].test(v);
}
