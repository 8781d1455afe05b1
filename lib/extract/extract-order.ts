import type { CaptureDraft, CaptureProblem, CaptureResult, ListCandidate } from '../schema/capture';
import type { OrderKey } from '../schema/order';
import { FIELD_KINDS } from '../schema/field-kinds';
import type { PageProfile } from '../schema/profile-fields';
import { Collector } from './collect';
import type { Collected } from './collect-types';
import { chooseFields, type Candidate } from './choose-fields';
import { buildDraft } from './draft';
import { listCandidates } from './list-candidates';
import { type IdMask, Scrubber } from './mask';
import { parseField, type FieldContext } from './parse-field';
import type { ZoneRules } from '../schema/messages';
import { BEIJING_RULES, dateOrderEvidence, ZoneClock, type DateOrder } from './parse-time';
import { customLabels, resolveWith } from './profile-locators';
import { readFieldValue } from './read-field-value';
import { clean, clip } from '../format/text';

export type ExtractOptions = {
  /** IANA zone offset-less times are read in (a site profile's zone wins); default Asia/Shanghai. */
  zone: string;
  /** Offsets of the zones times may be read in, by name, from the panel (lib/capture/zone-rules.ts). */
  zones?: Record<string, ZoneRules>;
  /** How numeric dates are written, when the page itself does not tell (a site profile's setting wins). */
  dateOrder?: DateOrder;
  /** What ¥, ￥ and 元 mean; default CNY (a site profile's setting wins). */
  currency?: string;
  idMask: IdMask;
  profile?: PageProfile;
};

const MAX_PROBLEMS = 200;
/** Order rows offered on a list page (the schema's limit), and beside an order shown in detail. */
const LIST_ONLY = 500;
const BESIDE_DETAIL = 100;
const IDENTIFYING: OrderKey[] = ['orderNo', 'referenceNo', 'voucherNo'];

const safe = <T>(read: () => T, fallback: T): T => {
  try {
    return read() ?? fallback;
  } catch {
    // The page's URL or title may throw on odd documents; the capture goes on without them.
    return fallback;
  }
};

/** The page's own date order: what its unambiguous numeric dates say, if they agree. */
function pageDateOrder(found: Collected): DateOrder | undefined {
  const seen = new Set<DateOrder>();
  const texts = found.pairs
    .filter((p) => p.hit.meaning?.kind === 'field' && p.hit.meaning.keys.includes('paidAt'))
    .map((p) => p.value);
  for (const t of found.lists) {
    t.columns.forEach((c, i) => {
      if (c.hit?.meaning?.kind === 'field' && c.hit.meaning.keys.includes('paidAt'))
        for (const r of t.rows.rows(BESIDE_DETAIL)) texts.push(r.cells[i]?.text ?? '');
    });
  }
  for (const text of texts) {
    const e = dateOrderEvidence(text);
    if (e) seen.add(e);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** Reads taught fields; each one found or not, heuristics leave that field alone. */
function profileFields(doc: Document, profile: PageProfile, found: Collected, ctx: FieldContext) {
  const picked = new Map<OrderKey, Candidate>();
  const problems: CaptureProblem[] = [];
  for (const [key, locators] of Object.entries(profile.fields) as [OrderKey, PageProfile['fields'][OrderKey]][]) {
    if (!locators?.length) continue;
    const { result, pair } = resolveWith(doc, locators, found.pairs);
    if (!result.ok) {
      problems.push({ key, code: result.error === 'ambiguous' ? 'profile_ambiguous' : 'profile_not_found' });
      continue;
    }
    const text = pair && pair.el === result.element ? clean(pair.value) : readFieldValue(result.element);
    const r = parseField(key, text, ctx);
    if (r.ok === true) {
      picked.set(key, {
        key,
        value: r.value,
        conf: r.shape,
        text,
        method: 'profile',
        el: result.element,
        order: 0,
        ...(r.currency ? { currency: r.currency } : {}),
        ...(r.masked ? { masked: true } : {}),
      });
    } else {
      // The agent pointed at this value: say which rule refused it, and let them keep it anyway.
      const keep =
        FIELD_KINDS[key] === 'text' && key !== 'cardMasked' && text !== ''
          ? { choices: [{ text: clip(text, 200), value: clip(text, 128) }] }
          : {};
      const reason = r.ok === false ? r.reason : 'a date without a time, or a time without a date';
      problems.push({
        key,
        code: r.ok === false ? r.code : 'unparsable',
        detail: `taught field: ${text} (${reason})`,
        ...keep,
      });
    }
  }
  return { picked, problems };
}

function run(
  doc: Document,
  options: ExtractOptions,
  problems: CaptureProblem[],
): { draft: CaptureDraft | null; candidates: ListCandidate[]; scrubber: Scrubber } {
  const profile = options.profile;
  let zone = profile?.zone ?? options.zone ?? 'Asia/Shanghai';
  // The panel sends offsets only for zones Temporal knows.
  if (!options.zones?.[zone]) {
    problems.push({
      key: 'paidAt',
      code: 'unparsable',
      detail: `unknown time zone ${clip(zone, 80)}; read as Asia/Shanghai`,
    });
    zone = 'Asia/Shanghai';
  }
  const collector = new Collector(customLabels(Object.values(profile?.fields ?? {}).flat()));
  collector.walkRoot(doc);
  const found = collector.out;
  const scrubber = new Scrubber(options.idMask);
  for (const c of found.cards) scrubber.addCard(c);
  for (const id of found.ids) scrubber.addId(id.value);

  const ctx: FieldContext = {
    localCurrency: profile?.currency ?? options.currency ?? 'CNY',
    clock: new ZoneClock(zone, options.zones?.[zone] ?? BEIJING_RULES),
  };
  const order = profile?.dateOrder ?? options.dateOrder ?? pageDateOrder(found);
  if (order) ctx.dateOrder = order;

  const taught = profile
    ? profileFields(doc, profile, found, ctx)
    : { picked: new Map<OrderKey, Candidate>(), problems: [] };
  const chosen = chooseFields(found.pairs, ctx, new Set(Object.keys(profile?.fields ?? {}) as OrderKey[]));
  const picked = new Map([...chosen.picked, ...taught.picked]);
  problems.push(...taught.problems, ...chosen.problems);

  for (const label of new Set(found.refused.map(clean))) problems.push({ code: 'refused_sensitive', label });
  for (const label of new Set(found.ids.map((i) => clean(i.label)))) problems.push({ code: 'id_masked', label });
  const card = picked.get('cardMasked');
  if (card?.masked)
    problems.push({ key: 'cardMasked', code: 'card_masked', ...(card.label ? { label: card.label } : {}) });

  const identifying = IDENTIFYING.some((k) => picked.has(k)) || picked.size >= 3;
  const candidates = listCandidates(found.lists, ctx, scrubber, identifying ? BESIDE_DETAIL : LIST_ONLY);
  const draft = picked.size > 0 && (identifying || candidates.length === 0) ? buildDraft(picked, scrubber) : null;
  return { draft, candidates, scrubber };
}

/**
 * Reads the order a portal page shows: the detail draft (null when none), each row of order lists as a
 * candidate, and problems (refused CVV/PIN/track fields by label only, masked cards and IDs, ambiguous or
 * unreadable values, taught fields no longer found). Never throws; no full card or ID number ever leaves.
 */
export function extractOrder(doc: Document, options: ExtractOptions): CaptureResult {
  const problems: CaptureProblem[] = [];
  const url = safe(() => doc.location?.href ?? doc.URL, '');
  const title = safe(() => doc.title, '');
  let scrubber = new Scrubber(options?.idMask ?? { keepStart: 0, keepEnd: 0 });
  let draft: CaptureDraft | null = null;
  let candidates: ListCandidate[] = [];
  try {
    ({ draft, candidates, scrubber } = run(doc, options, problems));
  } catch (e) {
    problems.push({ code: 'unparsable', detail: `capture failed: ${e instanceof Error ? e.message : String(e)}` });
  }
  const shown = problems.map((p) => ({
    ...p,
    ...(p.label === undefined ? {} : { label: clip(scrubber.scrub(p.label), 200) }),
    ...(p.detail === undefined ? {} : { detail: clip(scrubber.scrub(p.detail), 500) }),
    ...(p.choices === undefined
      ? {}
      : {
          choices: p.choices.map((c) => ({
            text: clip(scrubber.scrub(c.text), 200),
            value: typeof c.value === 'string' ? clip(scrubber.scrub(c.value), 256) : c.value,
          })),
        }),
  }));
  const result = { url: clip(scrubber.scrub(url), 4000), title: clip(scrubber.scrub(title), 500), draft, candidates };
  if (scrubber.cardMasked && !shown.some((p) => p.code === 'card_masked')) shown.push({ code: 'card_masked' });
  if (scrubber.idMasked && !shown.some((p) => p.code === 'id_masked')) shown.push({ code: 'id_masked' });
  return { ...result, problems: shown.slice(0, MAX_PROBLEMS) };
}
