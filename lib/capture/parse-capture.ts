import type { CaptureDraft, CaptureProblem, CaptureResult, ListCandidate, RawCapture } from '../schema/capture';
import { FIELD_KINDS } from '../schema/field-kinds';
import type { ZoneRules } from '../schema/messages';
import type { OrderKey } from '../schema/order';
import type { PageProfile } from '../schema/profile-fields';
import { chooseFields, type Candidate } from './choose-fields';
import { buildDraft } from './draft';
import { listCandidates } from './list-candidates';
import { parseField, type FieldContext } from './parse-field';
import { BEIJING_RULES, dateOrderEvidence, ZoneClock, type DateOrder } from './parse-time';
import { clean, clip } from '../format/text';

/** How the panel reads what the page sent: the portal's zone (and its offsets), date order and currency. */
export type ParseOptions = {
  /** IANA zone offset-less times are read in (a site profile's zone wins); default Asia/Shanghai. */
  zone: string;
  /** Offsets of the zones times may be read in, by name (lib/capture/with-zones.ts). */
  zones?: Record<string, ZoneRules>;
  /** How numeric dates are written, when the page itself does not tell (a site profile's setting wins). */
  dateOrder?: DateOrder;
  /** What ¥, ￥ and 元 mean; default CNY (a site profile's setting wins). */
  currency?: string;
  profile?: PageProfile;
};

const MAX_PROBLEMS = 200;
/** Order rows offered on a list page (the schema's limit), and beside an order shown in detail. */
const LIST_ONLY = 500;
const BESIDE_DETAIL = 100;
const IDENTIFYING: OrderKey[] = ['orderNo', 'referenceNo', 'voucherNo'];

const isPaidAt = (hit: RawCapture['pairs'][number]['hit'] | null) =>
  hit?.meaning?.kind === 'field' && hit.meaning.keys.includes('paidAt');

/** The page's own date order: what its unambiguous numeric dates say, if they agree. */
function pageDateOrder(raw: RawCapture): DateOrder | undefined {
  const seen = new Set<DateOrder>();
  const texts = raw.pairs.filter((p) => isPaidAt(p.hit)).map((p) => p.value);
  for (const t of raw.lists) {
    t.columns.forEach((c, i) => {
      if (isPaidAt(c.hit)) for (const r of t.rows.slice(0, BESIDE_DETAIL)) texts.push(r.cells[i]?.text ?? '');
    });
  }
  for (const text of texts) {
    const e = dateOrderEvidence(text);
    if (e) seen.add(e);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** Reads taught fields; each one found or not, heuristics leave that field alone. */
function profileFields(raw: RawCapture, ctx: FieldContext) {
  const picked = new Map<OrderKey, Candidate>();
  const problems: CaptureProblem[] = [];
  for (const field of raw.profile) {
    const key = field.key;
    if (!field.found) {
      problems.push({ key, code: field.error === 'ambiguous' ? 'profile_ambiguous' : 'profile_not_found' });
      continue;
    }
    const text = field.text;
    const r = parseField(key, text, ctx);
    if (r.ok === true) {
      picked.set(key, {
        key,
        value: r.value,
        conf: r.shape,
        text,
        method: 'profile',
        rank: field.spot.rank,
        ...(field.spot.locator ? { locator: field.spot.locator } : {}),
        order: 0,
        ...(r.currency ? { currency: r.currency } : {}),
        ...(r.masked || (field.masked && key === 'cardMasked') ? { masked: true } : {}),
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
  raw: RawCapture,
  options: ParseOptions,
  problems: CaptureProblem[],
): { draft: CaptureDraft | null; candidates: ListCandidate[]; rows: number } {
  const profile = options.profile;
  let zone = profile?.zone ?? options.zone ?? 'Asia/Shanghai';
  // Offsets come only for zones Temporal knows (lib/capture/with-zones.ts).
  if (!options.zones?.[zone]) {
    problems.push({
      key: 'paidAt',
      code: 'unparsable',
      detail: `unknown time zone ${clip(zone, 80)}; read as Asia/Shanghai`,
    });
    zone = 'Asia/Shanghai';
  }
  const ctx: FieldContext = {
    localCurrency: profile?.currency ?? options.currency ?? 'CNY',
    clock: new ZoneClock(zone, options.zones?.[zone] ?? BEIJING_RULES),
  };
  const order = profile?.dateOrder ?? options.dateOrder ?? pageDateOrder(raw);
  if (order) ctx.dateOrder = order;

  const taught = profileFields(raw, ctx);
  const locked = new Set(raw.profile.map((f) => f.key));
  for (const key of Object.keys(profile?.fields ?? {}) as OrderKey[]) locked.add(key);
  const chosen = chooseFields(raw.pairs, ctx, locked);
  const picked = new Map([...chosen.picked, ...taught.picked]);
  problems.push(...taught.problems, ...chosen.problems);

  for (const label of new Set(raw.refused.map(clean))) problems.push({ code: 'refused_sensitive', label });
  for (const label of new Set(raw.idLabels.map(clean))) problems.push({ code: 'id_masked', label });
  const card = picked.get('cardMasked');
  if (card?.masked)
    problems.push({ key: 'cardMasked', code: 'card_masked', ...(card.label ? { label: card.label } : {}) });

  const identifying = IDENTIFYING.some((k) => picked.has(k)) || picked.size >= 3;
  const rows = identifying ? BESIDE_DETAIL : LIST_ONLY;
  const candidates = listCandidates(raw.lists, raw.sections, ctx, rows);
  const draft = picked.size > 0 && (identifying || candidates.length === 0) ? buildDraft(picked) : null;
  return { draft, candidates, rows };
}

/**
 * Reads the order from what the page sent (lib/extract/collect-capture.ts): the detail draft (null when none),
 * each row of order lists as a candidate, and problems (refused CVV/PIN/track fields by label only, masked
 * cards and IDs, ambiguous or unreadable values, taught fields no longer found). Never throws.
 */
export function parseCapture(raw: RawCapture, options: ParseOptions): CaptureResult {
  return parseCaptureRows(raw, options).result;
}

/**
 * parseCapture, and `askRows` when the page sent fewer list rows than the order needs: a list page offers up
 * to 500, and the page reads 100 unless asked (lib/capture/capture-page.ts asks it again).
 */
export function parseCaptureRows(raw: RawCapture, options: ParseOptions): { result: CaptureResult; askRows?: number } {
  const problems: CaptureProblem[] = [];
  let draft: CaptureDraft | null = null;
  let candidates: ListCandidate[] = [];
  let rows = 0;
  if (raw.error !== undefined) problems.push({ code: 'unparsable', detail: clip(`capture failed: ${raw.error}`, 500) });
  else {
    try {
      ({ draft, candidates, rows } = run(raw, options ?? { zone: 'Asia/Shanghai' }, problems));
    } catch (e) {
      problems.push({ code: 'unparsable', detail: `capture failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  const shown = problems.map((p) => ({
    ...p,
    ...(p.label === undefined ? {} : { label: clip(p.label, 200) }),
    ...(p.detail === undefined ? {} : { detail: clip(p.detail, 500) }),
    ...(p.choices === undefined
      ? {}
      : {
          choices: p.choices.map((c) => ({
            text: clip(c.text, 200),
            value: typeof c.value === 'string' ? clip(c.value, 256) : c.value,
          })),
        }),
  }));
  const result = { url: clip(raw.url, 4000), title: clip(raw.title, 500), draft, candidates };
  if (raw.cardMasked && !shown.some((p) => p.code === 'card_masked')) shown.push({ code: 'card_masked' });
  if (raw.idMasked && !shown.some((p) => p.code === 'id_masked')) shown.push({ code: 'id_masked' });
  const short = raw.lists.some((l) => l.more && l.rows.length < rows);
  return { result: { ...result, problems: shown.slice(0, MAX_PROBLEMS) }, ...(short ? { askRows: rows } : {}) };
}
