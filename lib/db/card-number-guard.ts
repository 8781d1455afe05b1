import { percentDecoded } from '../sensitive/percent-decoded';
import { scanSensitive } from '../sensitive/scan-sensitive';

/** UUIDs and long hex digests (ids, hashes) hold digit runs by chance; they are never card numbers. */
// Only a whole UUID or a digest of a standard length (MD5, SHA-1, SHA-256, SHA-512): a card glued to hex is still seen.
const IDS_AND_DIGESTS =
  /(?<![0-9a-f])(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{128}|[0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32})(?![0-9a-f])/gi;

/** True when the text holds what looks like a full card number. */
export function containsCardNumber(text: string): boolean {
  const plain = text.replace(IDS_AND_DIGESTS, ' ');
  return [plain, percentDecoded(plain)].some((t) => scanSensitive(t).some((f) => f.kind === 'card'));
}

/**
 * The path ("values.merchantName", "sources.cardMasked.text") of the first string anywhere in the value that
 * holds a full card number, or null. The last line of defence: capture masks, this refuses what slipped by.
 */
export function findCardNumber(value: unknown, path = ''): string | null {
  if (typeof value === 'string' || typeof value === 'number')
    return containsCardNumber(String(value)) ? path || '(value)' : null;
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
