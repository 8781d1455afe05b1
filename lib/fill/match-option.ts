import type { FillReason, FillValues, RequestType } from '../schema/fill';
import type { ChoiceWords } from './fill-types';
import {
  COMPLETION_VOID_WORDS,
  CURRENCY_WORDS,
  EMPTY_CHOICE_WORDS,
  REASON_WORDS,
  REQUEST_TYPE_WORDS,
} from './fill-vocabulary';

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0_]+/g, ' ')
    .replace(/^[\s\-–—:：*]+|[\s\-–—:：*.]+$/g, '')
    .trim();
const isAscii = (w: string) => /^[\x20-\x7e]+$/.test(w);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const within = (text: string, word: string) =>
  isAscii(word) ? new RegExp(`(?:^|[^a-z0-9])${escape(word)}(?:$|[^a-z0-9])`).test(text) : text.includes(word);
const emptyChoice = new Set(EMPTY_CHOICE_WORDS.map(fold));

function choiceWords(all: Readonly<Record<string, readonly string[]>>, wanted: string, zh: boolean): ChoiceWords {
  const words = all[wanted] ?? [];
  const typed = (zh ? words.find((w) => !isAscii(w)) : words.find(isAscii)) ?? words[0] ?? wanted;
  const others = Object.entries(all)
    .filter(([k]) => k !== wanted)
    .flatMap(([, w]) => w);
  return { wanted: [wanted, ...words], others, typed };
}

/** The words to look for when choosing a request type; a completion's void prefers "预授权完成撤销". */
export function requestTypeWords(
  value: RequestType,
  values: Pick<FillValues, 'transactionType'>,
  zh: boolean,
): ChoiceWords {
  const words = choiceWords(REQUEST_TYPE_WORDS, value, zh);
  if (value !== 'void' || values.transactionType !== 'preauth_completion') return words;
  return {
    ...words,
    wanted: [...COMPLETION_VOID_WORDS, ...words.wanted.filter((w) => !COMPLETION_VOID_WORDS.includes(w))],
  };
}

/** The words to look for when choosing a reason. */
export function reasonWords(value: FillReason, zh: boolean): ChoiceWords {
  return choiceWords(REASON_WORDS, value, zh);
}

/** The words to look for when choosing a currency: its code and the names forms use for it. */
export function currencyWords(code: string): ChoiceWords {
  return { ...choiceWords({ ...CURRENCY_WORDS, [code]: CURRENCY_WORDS[code] ?? [] }, code, false), typed: code };
}

/** A free value (a terminal ID among a list of terminals) as a choice. */
export function literalWords(value: string): ChoiceWords {
  return { wanted: [value], others: [], typed: value };
}

type Score = { exact: boolean; rank: number; length: number };

function bestMatch(text: string, words: readonly string[]): Score | null {
  let best: Score | null = null;
  for (const [rank, w] of words.entries()) {
    const f = fold(w);
    if (!f) continue;
    const score =
      text === f
        ? { exact: true, rank, length: f.length }
        : within(text, f)
          ? { exact: false, rank, length: f.length }
          : null;
    if (score && (!best || better(score, best))) best = score;
  }
  return best;
}

const better = (a: Score, b: Score) =>
  a.exact !== b.exact
    ? a.exact
    : a.exact
      ? a.rank < b.rank
      : a.length !== b.length
        ? a.length > b.length
        : a.rank < b.rank;

/**
 * Picks the option that means the wanted choice: an option whose text or value is one of the wanted words
 * (earlier words first), else one that contains a wanted word, unless it contains a longer word of another
 * choice ("预授权撤销" is not "撤销"). Two options fitting equally is a refusal, never a guess.
 */
export function pickOption(
  options: readonly { text: string; value: string }[],
  words: ChoiceWords,
): number | 'none' | 'ambiguous' {
  const scored: { index: number; score: Score }[] = [];
  for (const [index, o] of options.entries()) {
    const text = fold(o.text);
    if (!text || emptyChoice.has(text)) continue;
    const own = bestMatch(text, words.wanted) ?? bestMatch(fold(o.value), words.wanted);
    if (!own) continue;
    const other = bestMatch(text, words.others);
    if (other && (other.exact || (!own.exact && other.length > own.length))) continue;
    scored.push({ index, score: own });
  }
  if (scored.length === 0) return 'none';
  scored.sort((a, b) => (better(a.score, b.score) ? -1 : better(b.score, a.score) ? 1 : 0));
  const [first, second] = scored;
  if (!first) return 'none';
  if (second && !better(first.score, second.score)) return 'ambiguous';
  return first.index;
}

/** How many options belong to the given vocabulary (to recognise a request-type or reason field by its options). */
export function optionsIn(
  options: readonly { text: string }[],
  all: Readonly<Record<string, readonly string[]>>,
): number {
  const words = Object.values(all).flat();
  return options.filter((o) => {
    const t = fold(o.text);
    return t !== '' && bestMatch(t, words)?.exact === true;
  }).length;
}
