function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Issuer prefixes of the card networks (Visa, Mastercard, Amex, Diners, Discover, JCB, UnionPay, Maestro,
 * Mir). Checked besides Luhn because portals number orders with long digit strings built from timestamps
 * ("202611241015330044"), a tenth of which pass Luhn alone; none of those start with a card prefix.
 */
function hasCardPrefix(digits: string): boolean {
  if (/^[456]/.test(digits) || /^3[4-9]/.test(digits) || /^30[0-5]/.test(digits)) return true;
  const four = Number(digits.slice(0, 4));
  return (four >= 2200 && four <= 2204) || (four >= 2221 && four <= 2720);
}

function isCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && hasCardPrefix(digits) && luhnValid(digits);
}

/** Digit strings a card number could hide in: each digit run, and runs joined by single spaces or dashes. */
function candidates(text: string): string[] {
  const found: string[] = [];
  for (const group of text.match(/\d+(?:[ -]\d+)*/g) ?? []) {
    const parts = group.split(/[ -]/);
    for (let start = 0; start < parts.length; start++) {
      let joined = '';
      for (let end = start; end < parts.length && joined.length < 19; end++) {
        joined += parts[end];
        found.push(joined);
      }
    }
  }
  return found;
}

/** UUIDs and long hex digests (ids, hashes) hold digit runs by chance; they are never card numbers. */
const IDS_AND_DIGESTS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,}/gi;

/** True when the text holds what looks like a full card number. */
export function containsCardNumber(text: string): boolean {
  return candidates(text.replace(IDS_AND_DIGESTS, ' ')).some(isCardNumber);
}

/**
 * The path ("values.merchantName", "sources.cardMasked.text") of the first string anywhere in the value that
 * holds a full card number, or null. The last line of defence: capture masks, this refuses what slipped by.
 */
export function findCardNumber(value: unknown, path = ''): string | null {
  if (typeof value === 'string' || typeof value === 'number') return containsCardNumber(String(value)) ? path || '(value)' : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const hit = findCardNumber(item, `${path}[${i}]`);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const hit = findCardNumber(item, path ? `${path}.${key}` : key);
      if (hit) return hit;
    }
  }
  return null;
}
