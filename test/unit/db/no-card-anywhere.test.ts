/**
 * Issue: "no card number, in any written form, ever reaches a table or an export in full".
 *
 * Each property writes a generated card number (Luhn-valid, network prefix, 13–19 digits) in one of its written
 * forms (any Unicode decimal digits, grouped by 1–2 spaces, no-break or ideographic spaces, dots, dashes,
 * slashes or middle dots, glued to Chinese text) into one place a case can hold text, applies the masking the
 * product applies on that path, calls the real store, and then, whatever the store answered, reads every
 * table and every export form. Each is normalised (every decimal digit folded to ASCII, every non-digit
 * dropped) and must not hold the card's digits; where the card was kept masked, at most its first 6 and last
 * 4 digits show.
 *
 * Which layer masks what (read from the code):
 * - capture: the content script's Scrubber (lib/extract/mask.ts) masks draft values, source texts and labels
 *   and the page URL (extract-order.ts, draft.ts); the panel masks the URL again (lib/store/masked-url.ts).
 * - field edits and notes: maskSensitive (lib/sensitive/mask-sensitive.ts) in panel-store.ts editField and
 *   note-actions.ts addNote.
 * - evidence names and notes, submission request ids, rejection reasons: nothing; the panel passes what the
 *   agent typed or the file was called.
 * - case imports (JSON, ZIP) and backup restores: nothing; the file's text is stored as it is.
 * Every path ends in the store's guard (lib/db/card-number-guard.ts), which refuses what slipped by.
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseStore, RecordCaptureInput } from '../../../lib/db';
import { GENESIS_HASH, sealEvent } from '../../../lib/db/event-chain';
import { replayCase } from '../../../lib/db/case-reducer';
import { caseSearchRow } from '../../../lib/db/case-search';
import { clip } from '../../../lib/format/text';
import {
  caseToJsonText,
  caseToMarkdown,
  caseToPrintHtml,
  caseToText,
  casesToCsv,
  casesToZip,
} from '../../../lib/export';
import { Scrubber } from '../../../lib/extract/mask';
import type { CaseBundle } from '../../../lib/schema/case-export';
import type { CaseEvent, EventBody } from '../../../lib/schema/event';
import type { OrderKey } from '../../../lib/schema/order';
import { maskSensitive, type IdMask } from '../../../lib/sensitive/mask-sensitive';
import { maskedUrl } from '../../../lib/store/masked-url';
import { makeCaptureInput, makeCaseStore, makeDraft, makeSource } from '../../builders/case';
import {
  cardInText,
  cardNumber,
  cardThatIsAlsoAnId,
  holdsMasked,
  onlyDigits,
  orderNumber,
  overExposed,
  writeCard,
  writeDigit,
  type CardInText,
} from '../../builders/sensitive';

/** These properties open databases by the dozen; the default 5 s is for one example. */
const TIMEOUT = 60_000;
/** The settings' default ID mask: what the panel passes to every masking call. */
const ID_MASK: IdMask = { keepStart: 3, keepEnd: 4 };
const ORIGIN = 'http://127.0.0.1:5173';
const PAGE = `${ORIGIN}/zh/order-1001.html`;
const BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

// ---------------------------------------------------------------------------------------------------------------
// What the product does before it calls the store, path by path.

/** The capture path: the content script scrubs what it read (one Scrubber per capture), the panel masks the URL. */
function captureAsProduct(
  input: RecordCaptureInput,
  underCardLabel: string[] = [],
  idMask = ID_MASK,
): RecordCaptureInput {
  const scrubber = new Scrubber(idMask);
  for (const text of underCardLabel) scrubber.addCard(text);
  const values = Object.fromEntries(
    Object.entries(input.draft.values).map(([key, v]) => [
      key,
      typeof v === 'string' && key !== 'paidAt' ? scrubber.scrub(v) : v,
    ]),
  );
  const sources = Object.fromEntries(
    Object.entries(input.draft.sources).map(([key, s]) => [
      key,
      s && {
        ...s,
        text: clip(scrubber.scrub(s.text), 2000),
        ...(s.label === undefined ? {} : { label: clip(scrubber.scrub(s.label), 200) }),
      },
    ]),
  );
  const pageUrl = clip(scrubber.scrub(input.url), 4000);
  return { ...input, url: maskedUrl(pageUrl, idMask), draft: { values, sources } as RecordCaptureInput['draft'] };
}

/** What the panel stores for what the agent typed (editField, addNote). */
const typed = (text: string, idMask = ID_MASK) => maskSensitive(text, idMask).text;

// ---------------------------------------------------------------------------------------------------------------
// Reading everything back.

type Doc = [where: string, text: string];
type Outcome = { ok: boolean; error?: { code: string; message: string } };

const json = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v));

/** Every table of the database (whatever tables it has now), one document per table. */
async function tableDocs(store: CaseStore): Promise<Doc[]> {
  const docs: Doc[] = [];
  for (const table of store.db.tables) docs.push([`table ${table.name}`, json(await table.toArray())]);
  return docs;
}

/** Every export of every case, in both languages, the ZIP's files (names included) and the backup. */
async function exportDocs(store: CaseStore): Promise<Doc[]> {
  const docs: Doc[] = [];
  const ids = (await store.db.cases.toCollection().primaryKeys()) as string[];
  if (ids.length) {
    const prepared = await store.prepareExport(ids, 'zip');
    if (!prepared.ok) throw new Error(`prepareExport failed: ${prepared.error.message}`);
    for (const bundle of prepared.value) {
      const id = bundle.case.id;
      docs.push([`caseToJsonText ${id}`, caseToJsonText(bundle)]);
      for (const lang of ['en', 'zh'] as const) {
        docs.push([`caseToMarkdown ${lang} ${id}`, caseToMarkdown(bundle, lang, { zone: 'Asia/Shanghai' })]);
        docs.push([`caseToText ${lang} ${id}`, caseToText(bundle, lang)]);
        docs.push([`caseToPrintHtml ${lang} ${id}`, caseToPrintHtml(bundle, lang)]);
      }
    }
    for (const lang of ['en', 'zh'] as const)
      docs.push([
        `casesToCsv ${lang}`,
        casesToCsv(
          prepared.value.map((b) => b.case),
          lang,
        ),
      ]);
    const zip = unzipSync(casesToZip(prepared.value, { now: new Date('2026-11-25T00:00:00.000Z') }));
    docs.push(['casesToZip entry names', Object.keys(zip).join('\n')]);
    for (const [path, bytes] of Object.entries(zip))
      docs.push([`casesToZip ${path}`, strFromU8(bytes, !path.endsWith('.json'))]);
  }
  const backup = await store.exportDatabase();
  if (!backup.ok) throw new Error(`exportDatabase failed: ${backup.error.message}`);
  docs.push(['exportDatabase', await backup.value.text()]);
  return docs;
}

/** Exports first (they write "exported" events), then the tables as those left them. */
const everything = async (store: CaseStore) => {
  const exports = await exportDocs(store);
  const tables = await tableDocs(store);
  return { tables, all: [...exports, ...tables] };
};

/**
 * The texts a document holds, each on its own: a JSON document's string values (a search row's keys are cut-off
 * copies of one text, and a digit of one string beside the stars of another is no reading of a card), or the
 * document itself.
 */
function textsOf(doc: string): string[] {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  try {
    walk(JSON.parse(doc));
  } catch {
    // Not JSON (Markdown, CSV, HTML, plain text): the document is one text.
    return [doc];
  }
  return texts;
}

/**
 * Fails, naming the document, when a document holds the card in full (its digits read straight through, whatever
 * stands between them: a card split across fields is still the card) or when one of its texts shows more than
 * the card's first 6 and last 4.
 */
function expectNoCard(docs: Doc[], card: string, normalise: (text: string) => string = (t) => t) {
  for (const [where, raw] of docs) {
    const text = normalise(raw);
    const at = onlyDigits(text).indexOf(card);
    if (at >= 0) throw new Error(`${where} holds the full card ${card}`);
    for (const one of textsOf(text)) {
      const over = overExposed(one, card);
      if (over) throw new Error(`${where} shows more than the first 6 and last 4 of ${card}: ${over}`);
    }
  }
}

/** Outcomes per property, reported once at the end (how many attempts the store saved and refused). */
const tally = new Map<string, Map<string, number>>();
function count(property: string, outcome: Outcome) {
  const why = /full card number/.test(outcome.error?.message ?? '') ? ' (card)' : ' (other)';
  const key = outcome.ok ? 'saved' : `refused:${outcome.error?.code ?? '?'}${why}`;
  const counts = tally.get(property) ?? new Map<string, number>();
  counts.set(key, (counts.get(key) ?? 0) + 1);
  tally.set(property, counts);
}
afterAll(() => {
  const lines = [...tally].map(([p, c]) => `  ${p}: ${[...c].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (lines.length) console.info(`no-card-anywhere outcomes:\n${lines.join('\n')}`);
});

/**
 * One attempt on a fresh store holding one clean case: run it, then check every table and export. A saved
 * attempt must have kept the card masked somewhere (so the check saw it and it was not silently dropped).
 */
async function attemptOnFreshStore(
  property: string,
  w: CardInText,
  attempt: (store: CaseStore, caseId: string) => Promise<Outcome>,
) {
  const store = makeCaseStore();
  const base = await store.recordCapture(makeCaptureInput());
  if (!base.ok) throw new Error(base.error.message);
  const outcome = await attempt(store, base.value.id);
  count(property, outcome);
  if (!outcome.ok) expect(outcome.error?.code).toBe('invalid');
  const { tables, all } = await everything(store);
  expectNoCard(all, w.card.digits);
  if (outcome.ok)
    expect(
      tables.some(([, t]) => holdsMasked(t, w.card.digits)),
      `saved, but no table holds ${w.card.digits} masked`,
    ).toBe(true);
  store.db.close();
}

const RUNS = { numRuns: 30 };

// ---------------------------------------------------------------------------------------------------------------
// Paths and places.

type Attempt = (store: CaseStore, caseId: string, w: CardInText) => Promise<Outcome>;

/** Capture: where on the page the card is shown. */
const capturePlaces: [string, Attempt][] = [
  [
    'the page URL query',
    (s, _id, w) => s.recordCapture(captureAsProduct(makeCaptureInput({ url: `${PAGE}?card=${w.inText}&lang=zh` }))),
  ],
  [
    'the merchant name',
    (s, _id, w) =>
      s.recordCapture(
        captureAsProduct(
          makeCaptureInput({
            draft: makeDraft(
              { merchantName: w.inText },
              { merchantName: makeSource({ text: `商户名称：${w.inText}`, label: '商户名称' }) },
            ),
          }),
        ),
      ),
  ],
  [
    'the reference number',
    (s, _id, w) => s.recordCapture(captureAsProduct(makeCaptureInput({ draft: makeDraft({ referenceNo: w.inText }) }))),
  ],
  [
    'the order number',
    (s, _id, w) =>
      s.recordCapture(
        captureAsProduct(
          makeCaptureInput({
            draft: makeDraft({ orderNo: w.inText }, { orderNo: makeSource({ text: `订单号：${w.inText}` }) }),
          }),
        ),
      ),
  ],
  [
    'the card field, under a card label',
    (s, _id, w) =>
      s.recordCapture(
        captureAsProduct(
          makeCaptureInput({
            draft: makeDraft(
              { cardMasked: w.inText },
              { cardMasked: makeSource({ text: `卡号：${w.inText}`, label: '卡号' }) },
            ),
          }),
          [w.inText],
        ),
      ),
  ],
  [
    'the text an amount was read from',
    (s, _id, w) =>
      s.recordCapture(
        captureAsProduct(
          makeCaptureInput({
            draft: makeDraft({}, { amountMinor: makeSource({ text: `¥128.00 ${w.inText}`, label: '金额' }) }),
          }),
        ),
      ),
  ],
  [
    'a source label',
    (s, _id, w) =>
      s.recordCapture(
        captureAsProduct(makeCaptureInput({ draft: makeDraft({}, { orderNo: makeSource({ label: w.inText }) }) })),
      ),
  ],
];

/** Field edits through panel-store editField: masked with maskSensitive, then editCaseField. */
const editedKeys: OrderKey[] = ['merchantName', 'referenceNo', 'orderNo', 'cardMasked', 'authCode', 'terminalId'];

/** What the panel stores as typed or as named: only the store's guard stands between it and the tables. */
const unmaskedPlaces: [string, Attempt][] = [
  [
    'an evidence file name',
    (s, id, w) => s.addEvidence(id, { kind: 'receipt', name: `${w.inText}.png`, type: 'image/png', bytes: BYTES }),
  ],
  [
    'an evidence note',
    (s, id, w) =>
      s.addEvidence(id, { kind: 'receipt', name: 'slip.png', type: 'image/png', bytes: BYTES, note: w.inText }),
  ],
  [
    'a submission request id',
    (s, id, w) => s.setStatus(id, { to: 'submitted', channel: 'online_form', requestId: w.inText }),
  ],
  [
    'a rejection reason',
    async (s, id, w) => {
      for (const step of [
        { to: 'submitted', channel: 'online_form', requestId: 'REQ-1' },
        { to: 'under_review' },
      ] as const) {
        const moved = await s.setStatus(id, step);
        if (!moved.ok) return moved;
      }
      return s.setStatus(id, { to: 'rejected', reason: w.inText });
    },
  ],
];

// ---------------------------------------------------------------------------------------------------------------
// Forged imports: a case whose events carry the card, consistent in every other way.

const PLACEHOLDER = 'QQPLACEHOLDERQQ';

/** A case with the placeholder in its URL, an edit, a note and an evidence name, as the store exports it. */
async function placeholderBundle(): Promise<CaseBundle> {
  const store = makeCaseStore();
  const saved = await store.recordCapture(
    makeCaptureInput({ url: `${PAGE}?q=${PLACEHOLDER}`, draft: makeDraft({ orderNo: '202611241015330099' }) }),
  );
  if (!saved.ok) throw new Error(saved.error.message);
  const id = saved.value.id;
  for (const step of [
    () => store.editCaseField(id, 'merchantName', `Shop ${PLACEHOLDER}`),
    () => store.addNote(id, `卡号${PLACEHOLDER}`),
    () => store.addEvidence(id, { kind: 'receipt', name: `${PLACEHOLDER}.png`, type: 'image/png', bytes: BYTES }),
  ]) {
    const done = await step();
    if (!done.ok) throw new Error(done.error.message);
  }
  const loaded = await store.loadCaseBundle(id, { bytes: true });
  if (!loaded.ok) throw new Error(loaded.error.message);
  store.db.close();
  return loaded.value;
}
let placeholderCase: Promise<CaseBundle> | null = null;
const placeholder = () => (placeholderCase ??= placeholderBundle());

/** Which placeholder to swap: the events say where it is (the URL is the captured event's, and so on). */
const IMPORT_PLACES = ['captured', 'field_edited', 'note_added', 'evidence_added'] as const;

function deepReplace<T>(value: T, replace: (s: string) => string): T {
  if (typeof value === 'string') return replace(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => deepReplace(v, replace)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepReplace(v, replace)])) as T;
  return value;
}

/** The bundle with `text` in place of the placeholder in one kind of event ('n/a' elsewhere), chain sealed anew. */
function forge(bundle: CaseBundle, place: (typeof IMPORT_PLACES)[number], text: string): CaseBundle {
  const events: CaseEvent[] = [];
  let head = { caseId: bundle.case.id, eventCount: 0, lastHeadHash: GENESIS_HASH };
  for (const event of bundle.events) {
    const {
      id,
      caseId: _caseId,
      seq: _seq,
      at,
      agent,
      ruleSetId,
      ruleSetVersion,
      prevHash: _prev,
      hash: _hash,
      ...body
    } = event;
    const swapped = deepReplace(body as EventBody, (s) =>
      s.split(PLACEHOLDER).join(event.type === place ? text : 'n/a'),
    );
    const sealed = sealEvent(head, swapped, { agent, ruleSetId, ruleSetVersion }, at, id);
    events.push(sealed);
    head = { caseId: head.caseId, eventCount: head.eventCount + 1, lastHeadHash: sealed.hash };
  }
  const replay = replayCase(events);
  if (!replay.ok) throw new Error(replay.message);
  return {
    case: replay.value.record,
    events,
    notes: replay.value.notes,
    evidence: replay.value.evidence,
    bytes: bundle.bytes,
  };
}

/** The exported JSON text with the placeholder swapped in place, escaped for JSON: the chain no longer holds. */
function substituteText(bundle: CaseBundle, text: string): string {
  return caseToJsonText(bundle).split(PLACEHOLDER).join(JSON.stringify(text).slice(1, -1));
}

/** How a forged case reaches the store. */
const importWays: [
  string,
  (store: CaseStore, forged: CaseBundle, original: CaseBundle, w: CardInText) => Promise<Outcome>,
][] = [
  [
    'a case JSON, text substituted',
    (s, _f, original, w) => s.importCases(substituteText(original, w.inText), 'case.json'),
  ],
  ['a case JSON, chain sealed anew', (s, forged) => s.importCases(caseToJsonText(forged), 'case.json')],
  ['a case ZIP, chain and manifest sealed anew', (s, forged) => s.importCases(casesToZip([forged]), 'cases.zip')],
  [
    'a backup restore, rows written as they would be',
    async (s, forged, original) => {
      // The original case goes in through the store (so every table, the ledger included, holds it as the store
      // writes it); then its rows are swapped for the forged ones, and every other table's copy of an event hash
      // is moved on to the forged chain's, as a careful forger would.
      const source = makeCaseStore();
      const imported = await source.importCases(casesToZip([original]), 'cases.zip');
      if (!imported.ok) throw new Error(imported.error.message);
      const newHash = new Map(original.events.map((e, i) => [e.hash, forged.events[i]?.hash ?? e.hash]));
      const own = new Set(['cases', 'events', 'evidence', 'evidenceBlobs', 'caseSearch']);
      await source.db.transaction('rw', source.db.tables, async () => {
        await source.db.cases.put(forged.case);
        await source.db.caseSearch.put(caseSearchRow(forged.case));
        await source.db.events.bulkPut(forged.events);
        await source.db.evidence.bulkPut(forged.evidence);
        for (const table of source.db.tables.filter((t) => !own.has(t.name))) {
          await table.bulkPut(deepReplace(await table.toArray(), (v) => newHash.get(v) ?? v));
        }
      });
      const backup = await source.exportDatabase();
      source.db.close();
      if (!backup.ok) throw new Error(backup.error.message);
      return s.importDatabase(backup.value);
    },
  ],
];

// ---------------------------------------------------------------------------------------------------------------

describe('no card number, in any written form, reaches a table or an export in full', () => {
  it('the generators write what they claim: Luhn-valid, 13–19 digits, folded back to the card', () => {
    fc.assert(
      fc.property(cardInText, (w) => {
        expect(w.card.digits).toMatch(/^\d{13,19}$/);
        expect(onlyDigits(w.text)).toBe(w.card.digits);
        expect(onlyDigits(w.inText)).toBe(w.card.digits);
      }),
      { numRuns: 300 },
    );
  });

  it.each(capturePlaces)(
    'capture: a card in %s is masked by the Scrubber or refused by the store',
    async (place, attempt) => {
      await fc.assert(
        fc.asyncProperty(cardInText, (w) => attemptOnFreshStore(`capture ${place}`, w, (s, id) => attempt(s, id, w))),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it.each(editedKeys)(
    'field edit: a card typed into %s is masked by maskSensitive or refused',
    async (key) => {
      await fc.assert(
        fc.asyncProperty(cardInText, (w) =>
          attemptOnFreshStore(`edit ${key}`, w, (s, id) => s.editCaseField(id, key, typed(w.inText))),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'note: a card in a note is masked by maskSensitive before it is stored',
    async () => {
      await fc.assert(
        fc.asyncProperty(cardInText, async (w) => {
          await attemptOnFreshStore('note', w, async (s, id) => {
            const saved = await s.addNote(id, typed(`Customer called.\n${w.inText}\n客户要求撤销。`));
            // A note is masked, never refused: the masked form must be what was kept.
            expect(saved.ok).toBe(true);
            return saved;
          });
        }),
        { numRuns: 60 },
      );
    },
    TIMEOUT,
  );

  it.each(unmaskedPlaces)(
    'unmasked path: a card in %s is refused by the store',
    async (place, attempt) => {
      await fc.assert(
        fc.asyncProperty(cardInText, (w) =>
          attemptOnFreshStore(`unmasked ${place}`, w, async (s, id) => {
            const result = await attempt(s, id, w);
            // Nothing masks on this path, so saving it would store the card: the guard must refuse it.
            expect(result.error?.message).toMatch(/full card number/);
            return result;
          }),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'the forged imports are accepted when they carry no card (so a refusal below is the card’s doing)',
    async () => {
      const original = await placeholder();
      for (const place of IMPORT_PLACES) {
        const forged = forge(original, place, '411111******1111');
        for (const [way, run] of importWays.slice(1)) {
          const store = makeCaseStore();
          const result = await run(store, forged, original, { inText: '411111******1111' } as CardInText);
          expect(result, `${way} at ${place}: ${JSON.stringify(result.error)}`).toMatchObject({ ok: true });
          store.db.close();
        }
      }
    },
    TIMEOUT,
  );

  it.each(importWays)(
    'import: %s carrying a card anywhere is refused',
    async (way, run) => {
      const original = await placeholder();
      await fc.assert(
        fc.asyncProperty(cardInText, fc.constantFrom(...IMPORT_PLACES), (w, place) =>
          attemptOnFreshStore(`import ${way}`, w, async (s) => {
            const result = await run(s, forge(original, place, w.inText), original, w);
            expect(result.error?.message).toMatch(/full card number/);
            return result;
          }),
        ),
        { numRuns: way.startsWith('a backup') ? 10 : 25 },
      );
    },
    TIMEOUT,
  );

  it(
    'an order number that fails Luhn ("2026MMDDhhmmss" + 4 digits) is stored unchanged through capture and edits',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          orderNumber,
          fc.constantFrom<'ascii' | 'fullWidth'>('ascii', 'fullWidth'),
          async (ascii, script) => {
            const orderNo = [...ascii].map((d) => writeDigit(d, script)).join('');
            const store = makeCaseStore();
            const input = captureAsProduct(
              makeCaptureInput({
                url: `${PAGE}?orderNo=${orderNo}`,
                draft: makeDraft(
                  { orderNo, referenceNo: orderNo },
                  { orderNo: makeSource({ text: `订单号：${orderNo}` }) },
                ),
              }),
            );
            const saved = await store.recordCapture(input);
            if (!saved.ok) throw new Error(saved.error.message);
            const id = saved.value.id;
            for (const key of ['orderNo', 'referenceNo', 'voucherNo'] as const) {
              const edited = await store.editCaseField(id, key, typed(orderNo));
              if (!edited.ok) throw new Error(edited.error.message);
            }
            const noted = await store.addNote(id, typed(`订单号 ${orderNo}`));
            expect(noted.ok).toBe(true);
            const c = await store.getCase(id);
            expect(c?.orderNo).toBe(orderNo);
            expect(c?.url).toBe(`${PAGE}?orderNo=${orderNo}`);
            expect(c?.page.values).toMatchObject({ orderNo, referenceNo: orderNo });
            expect(c?.page.sources.orderNo?.text).toBe(`订单号：${orderNo}`);
            expect(c?.edits).toEqual({ orderNo, referenceNo: orderNo, voucherNo: orderNo });
            const bundle = await store.loadCaseBundle(id);
            expect(bundle.ok && bundle.value.notes.map((n) => n.text)).toEqual([`订单号 ${orderNo}`]);
            store.db.close();
          },
        ),
        { numRuns: 40 },
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------------------------

describe('written forms that hide a card from a plain reading', () => {
  /** Invisible format characters: zero-width space, soft hyphen, word joiner, zero-width (non-)joiner, BOM. */
  const FORMAT_CHARS = ['\u200b', '\u00ad', '\u2060', '\u200c', '\u200d', '\ufeff'];

  it(
    'note: a card cut by invisible format characters (U+200B, U+00AD, U+2060, U+200C, U+200D, U+FEFF) is masked or refused',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          cardNumber
            .chain((card) => writeCard(card, { separators: FORMAT_CHARS }))
            .filter((w) => w.form.groups.length > 1),
          (w) =>
            attemptOnFreshStore('leak: format characters in a note', { ...w, inText: w.text }, (s, id) =>
              s.addNote(id, typed(w.text)),
            ),
        ),
        { numRuns: 5 },
      );
    },
    TIMEOUT,
  );

  it(
    'capture: a card in a form-encoded URL query ("+" between groups) is masked or refused',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          cardNumber
            .chain((card) => writeCard(card, { separators: ['+'] }))
            .filter((w) => w.form.groups.length > 1 && w.form.scripts.every((s) => s === 'ascii')),
          (w) =>
            attemptOnFreshStore('leak: "+" in a URL query', { ...w, inText: w.text }, (s) =>
              s.recordCapture(captureAsProduct(makeCaptureInput({ url: `${PAGE}?card=${w.text}` }))),
            ),
        ),
        { numRuns: 5 },
      );
    },
    TIMEOUT,
  );

  /** Percent-escapes decoded (and "+" read as a space), as the address bar and a reader of the URL see them. */
  const decodeUrlText = (text: string) =>
    text.replace(/(?:%[0-9a-f]{2})+/gi, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        // Not valid percent-encoding: the text stays as it is, as the scanner reads it.
        return m;
      }
    });

  it(
    'capture: a card in the URL as the browser reports it (percent-encoded) is masked or refused',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          cardInText.filter((w) => new URL(`${PAGE}?card=${w.inText}`).href.includes('%')),
          async (w) => {
            const store = makeCaseStore();
            const href = new URL(`${PAGE}?card=${w.inText}`).href;
            const outcome = await store.recordCapture(captureAsProduct(makeCaptureInput({ url: href })));
            count('leak: percent-encoded URL', outcome);
            expectNoCard((await everything(store)).all, w.card.digits, decodeUrlText);
            store.db.close();
          },
        ),
        { numRuns: 5 },
      );
    },
    TIMEOUT,
  );

  /** 31 hex characters and a letter: a digest glued to the card, as some tools name files. */
  const hexDigest = fc
    .tuple(fc.stringMatching(/^[0-9a-f]{31}$/), fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'))
    .map(([hex, letter]) => hex + letter);

  it(
    'unmasked path: a card glued to a hex digest in an evidence file name is refused',
    async () => {
      await fc.assert(
        fc.asyncProperty(cardNumber, hexDigest, async (card, digest) => {
          const name = `${digest}${card.digits}.png`;
          const w: CardInText = {
            card,
            text: card.digits,
            inText: name,
            form: { scripts: [], groups: [card.digits.length], separators: [] },
          };
          await attemptOnFreshStore('leak: card glued to a hex digest', w, async (s, id) => {
            const result = await s.addEvidence(id, { kind: 'receipt', name, type: 'image/png', bytes: BYTES });
            expect(result.ok).toBe(false);
            return result;
          });
        }),
        { numRuns: 5 },
      );
    },
    TIMEOUT,
  );

  it(
    'note: an 18-digit card that also reads as a resident ID keeps at most its first 6 and last 4, whatever the ID mask',
    async () => {
      const wideMask = fc
        .record({ keepStart: fc.integer({ min: 0, max: 8 }), keepEnd: fc.integer({ min: 0, max: 8 }) })
        .filter((m) => m.keepStart > 6 || m.keepEnd > 4);
      await fc.assert(
        fc.asyncProperty(
          cardThatIsAlsoAnId.chain((card) => writeCard(card)),
          wideMask,
          (w, idMask) =>
            attemptOnFreshStore('leak: card that is also an ID', { ...w, inText: w.text }, (s, id) =>
              s.addNote(id, typed(`卡号${w.text}`, idMask)),
            ),
        ),
        { numRuns: 5 },
      );
    },
    TIMEOUT,
  );
});
