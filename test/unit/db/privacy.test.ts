import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../lib/db';
import { containsCardNumber } from '../../../lib/db/card-number-guard';
import { caseToMarkdown } from '../../../lib/export/case-to-markdown';
import { caseToPrintHtml } from '../../../lib/export/case-to-print-html';
import { caseToText } from '../../../lib/export/case-to-text';
import { casesToCsv } from '../../../lib/export/cases-to-csv';
import { casesToZip } from '../../../lib/export/cases-to-zip';
import { dumpCaseDb, makeCaseStore, makeRichCase } from '../../builders/case';

const CARD = '6250 9410 0652 8599';

const attempts: [string, (store: CaseStore, id: string) => Promise<{ ok: boolean }>][] = [
  ['an edited merchant name', (s, id) => s.editCaseField(id, 'merchantName', `Shop ${CARD}`)],
  ['a note', (s, id) => s.addNote(id, `Customer read out ${CARD}`)],
  [
    'an evidence note',
    (s, id) =>
      s.addEvidence(id, { kind: 'receipt', name: 'a.png', type: 'image/png', bytes: new Uint8Array([1]), note: CARD }),
  ],
  [
    'an evidence file name',
    (s, id) =>
      s.addEvidence(id, { kind: 'receipt', name: `${CARD}.png`, type: 'image/png', bytes: new Uint8Array([1]) }),
  ],
  ['a verdict snapshot', (s, id) => s.recordVerdict(id, { trace: [{ text: CARD }] }, null, 'void')],
  [
    'a form-fill report',
    (s, id) => s.appendEvent(id, { type: 'form_filled', data: { report: { filled: [{ value: CARD }] } } }),
  ],
  [
    'a rejection reason',
    async (s, id) => {
      await s.setStatus(id, { to: 'under_review' });
      return s.setStatus(id, { to: 'rejected', reason: `Wrong card ${CARD}` });
    },
  ],
];

describe('no full card number is ever stored or exported', () => {
  it.each(attempts)('refuses one in %s', async (_name, attempt) => {
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    const before = await dumpCaseDb(store);
    const result = await attempt(store, id);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const after = await dumpCaseDb(store);
    expect(after.events.length).toBeLessThanOrEqual(before.events.length + 1);
    expect(containsCardNumber(JSON.stringify(after))).toBe(false);
  });

  it('leaves no card number in the database or any export after every attempt', async () => {
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    for (const [, attempt] of attempts) await attempt(store, id);
    expect(containsCardNumber(JSON.stringify(await dumpCaseDb(store)))).toBe(false);
    const bundles = await store.prepareExport([id], 'zip');
    if (!bundles.ok) throw new Error(bundles.error.message);
    const [bundle] = bundles.value;
    if (!bundle) throw new Error('no bundle');
    const zipText = Object.values(unzipSync(casesToZip(bundles.value)))
      .map((f) => strFromU8(f, true))
      .join('\n');
    const outputs = [
      caseToMarkdown(bundle, 'en'),
      caseToText(bundle, 'zh'),
      caseToPrintHtml(bundle, 'en'),
      casesToCsv([bundle.case]),
      zipText,
    ];
    for (const output of outputs) expect(containsCardNumber(output)).toBe(false);
  });
});
