/**
 * The one sensitive-data scanner: card numbers, resident ID numbers and card security codes in any written
 * form a text can hold them: full-width or any other Unicode decimal digits, grouped by short runs of spaces
 * (no-break, ideographic), dots, dashes, slashes or middle dots, glued to Chinese text. Capture, the store's
 * guard, screenshot masking and exports all ask it, so one rule decides what is sensitive everywhere.
 */

/** What a finding is: a full card number, a resident ID number, or a card security code after its label. */
export type SensitiveKind = 'card' | 'id' | 'csc';

/** One sensitive number in a text: its kind, where it sits (UTF-16 offsets in the original) and its digits. */
export interface Finding {
  kind: SensitiveKind;
  start: number;
  end: number;
  /** The number as ASCII digits (an ID's check character as X), separators left out. */
  digits: string;
  /** Offsets, in the original text, of each of the number's digits. */
  at: number[];
}

/** A text with every digit as ASCII and every character's offset in the original kept. */
interface Folded {
  chars: string[];
  at: number[];
}

const DIGIT = /\p{Nd}/u;
const zeroOf = new Map<number, number>();

/** The value of any Unicode decimal digit: digit blocks are runs of ten that start at zero. */
function digitValue(cp: number): number {
  let zero = zeroOf.get(cp);
  if (zero === undefined) {
    zero = cp;
    while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    zeroOf.set(cp, zero);
  }
  return (cp - zero) % 10;
}

function fold(text: string): Folded {
  const chars: string[] = [];
  const at: number[] = [];
  let i = 0;
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    let f = c;
    if (cp > 0x7f) f = DIGIT.test(c) ? String(digitValue(cp)) : c.normalize('NFKC');
    // One UTF-16 unit per character, so offsets in the folded text are offsets in `chars`.
    chars.push(f.length === 1 ? f : '\ufffd');
    at.push(i);
    i += c.length;
  }
  return { chars, at };
}

/** Characters that may stand between the groups of a number; at most two in a row. */
// Invisible characters (zero-width space, joiners, soft hyphen, BOM) and a URL query's "+" hide a number as
// well as a space does.
const SEPARATOR = /[\s\u00a0\u3000.\-_/·・‧+\u2010-\u2015\u2212\u200b-\u200d\u2060\ufeff\u00ad]/u;
const MAX_GAP = 2;

type Group = { digits: string; at: number[] };

/** Runs of digits joined by short separator runs: each run a list of digit groups. */
function numberRuns(f: Folded): Group[][] {
  const runs: Group[][] = [];
  let run: Group[] = [];
  let group: Group | null = null;
  let gap = 0;
  const close = () => {
    if (group) run.push(group);
    group = null;
  };
  const end = () => {
    close();
    if (run.length) runs.push(run);
    run = [];
    gap = 0;
  };
  f.chars.forEach((c, i) => {
    if (c >= '0' && c <= '9') {
      if (!group) group = { digits: '', at: [] };
      group.digits += c;
      group.at.push(f.at[i] ?? 0);
      gap = 0;
    } else if (SEPARATOR.test(c) && (group || run.length) && gap < MAX_GAP) {
      close();
      gap++;
    } else end();
  });
  end();
  return runs;
}

/** Luhn checksum, which every payment card number satisfies. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Whether digits are a card number: 13–19 digits, Luhn, and an issuer prefix of the card networks (Visa,
 * Mastercard, Amex, Diners, Discover, JCB, UnionPay (62 and 81), Maestro, Mir). Portals number orders with long digit
 * strings built from timestamps ("202611241015330044"), a tenth of which pass Luhn alone; none has a card prefix.
 */
export function isCardNumber(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19 || !luhn(digits)) return false;
  if (/^[456]/.test(digits) || /^3[4-9]/.test(digits) || /^30[0-5]/.test(digits) || /^81/.test(digits)) return true;
  const four = Number(digits.slice(0, 4));
  return (four >= 2200 && four <= 2204) || (four >= 2221 && four <= 2720);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Province codes a resident ID starts with (GB/T 2260), so a timestamp cannot pass for one. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83, 91,
]);

/** A mainland resident ID number: 18 characters, a real birth date, the ISO 7064 check character. */
export function isResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id) || !PROVINCES.has(Number(id.slice(0, 2)))) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * (ID_WEIGHTS[i] ?? 0);
  return '10X98765432'[sum % 11] === id[17]?.toUpperCase();
}

function finding(kind: SensitiveKind, groups: Group[], extra?: { digit: string; at: number }): Finding {
  const at = groups.flatMap((g) => g.at);
  let digits = groups.map((g) => g.digits).join('');
  if (extra) {
    at.push(extra.at);
    digits += extra.digit;
  }
  return { kind, start: at[0] ?? 0, end: (at.at(-1) ?? 0) + 1, digits, at };
}

/**
 * Cards and IDs in one run of digit groups: every span of whole groups that is one (an ID before a card, as an
 * ID can pass Luhn too). A date run into a card ("2026-11-25 6222 …") makes spans that overlap the card's own:
 * all are kept, for masking hides every one; the reported findings are the longest that do not overlap.
 */
function inRun(run: Group[], text: string): Finding[] {
  const out: Finding[] = [];
  for (let start = 0; start < run.length; start++) {
    let digits = '';
    for (let end = start; end < run.length && digits.length < 19; end++) {
      digits += run[end]!.digits;
      const groups = run.slice(start, end + 1);
      // An 18-digit card that is also a valid ID is both: masking hides what either rule hides.
      if (digits.length === 18 && isResidentId(digits)) {
        out.push(finding('id', groups));
        if (isCardNumber(digits)) out.push(finding('card', groups));
      } else if (digits.length === 17) {
        const last = groups.at(-1)!.at.at(-1)!;
        const next = text[last + 1];
        if ((next === 'X' || next === 'x') && isResidentId(`${digits}X`))
          out.push(finding('id', groups, { digit: 'X', at: last + 1 }));
        else if (isCardNumber(digits)) out.push(finding('card', groups));
      } else if (isCardNumber(digits)) out.push(finding('card', groups));
    }
  }
  return out;
}

/** The longest findings that do not overlap, in text order. */
function apart(found: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of [...found].sort((a, b) => b.at.length - a.at.length || (a.kind === 'id' ? -1 : 1))) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const compiled = new Map<string, RegExp | null>();

/** The settings' other ID patterns, matched on the folded text: each match an ID, its letters and digits masked. */
function patternIds(f: Folded, sources: readonly string[]): Finding[] {
  if (sources.length === 0) return [];
  const folded = f.chars.join('');
  const out: Finding[] = [];
  for (const source of sources) {
    let re = compiled.get(source);
    if (re === undefined) {
      try {
        re = new RegExp(source, 'gu');
      } catch {
        // Settings validate these expressions; one that still does not compile here is skipped, not fatal.
        re = null;
      }
      compiled.set(source, re);
    }
    if (!re) continue;
    for (const m of folded.matchAll(re)) {
      const from = m.index ?? 0;
      const at: number[] = [];
      let digits = '';
      [...m[0]].forEach((c, k) => {
        if (!/[\p{L}\p{N}]/u.test(c)) return;
        at.push(f.at[from + k] ?? 0);
        digits += c;
      });
      if (at.length >= 4) out.push({ kind: 'id', start: at[0]!, end: at.at(-1)! + 1, digits, at });
    }
  }
  return out;
}

const CSC =
  /(cvv2?|cvc2?|cvn2?|cid|security\s*code|card\s*verification(?:\s*(?:code|value))?|安全码|校验码|卡验证码|验证码)\s*(?:[:：=]|is|为|是)?\s*(\d{3,4})(?!\d)/giu;

/**
 * Every sensitive number in a text, in order, without overlaps; with `every`, also the spans that overlap them
 * (what masking hides, so no reading of the digits survives). An address's percent escapes are decoded by the
 * caller first (percentDecoded).
 */
export function scanSensitive(text: string, { every = false, ids = [] as readonly string[] } = {}): Finding[] {
  if (!/\p{Nd}/u.test(text)) return [];
  const f = fold(text);
  const runs = [...numberRuns(f).flatMap((run) => inRun(run, text)), ...patternIds(f, ids)];
  const found = every ? runs : apart(runs);
  const folded = f.chars.join('');
  for (const m of folded.matchAll(CSC)) {
    const offset = (m.index ?? 0) + m[0].length - (m[2]?.length ?? 0);
    const at = [...(m[2] ?? '')].map((_, k) => f.at[offset + k] ?? 0);
    const start = at[0] ?? 0;
    if (found.some((x) => start < x.end && x.start < (at.at(-1) ?? 0) + 1)) continue;
    found.push({ kind: 'csc', start, end: (at.at(-1) ?? 0) + 1, digits: m[2] ?? '', at });
  }
  return found.sort((a, b) => a.start - b.start);
}
