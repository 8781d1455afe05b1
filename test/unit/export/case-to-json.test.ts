import { describe, expect, it } from 'vitest';
import { caseOrder } from '../../../lib/db';
import { caseToJson, caseToJsonText } from '../../../lib/export/case-to-json';
import { CaseExport } from '../../../lib/schema/case-export';
import { makeRichBundle } from '../../builders/case';

describe('caseToJson', () => {
  it('has exactly the documented keys and passes its own schema', async () => {
    const bundle = await makeRichBundle();
    const doc = caseToJson(bundle);
    expect(Object.keys(doc).sort()).toEqual(
      ['case', 'events', 'evidence', 'head', 'notes', 'order', 'schemaVersion', 'verdict'].sort(),
    );
    expect(doc.head).toEqual({ eventCount: bundle.events.length, lastHash: bundle.events.at(-1)?.hash });
    expect(Object.keys(doc.case).sort()).toEqual(['agent', 'createdAt', 'id', 'origin', 'status', 'updatedAt']);
    expect(CaseExport.safeParse(JSON.parse(caseToJsonText(bundle))).success).toBe(true);
  });

  it('exports the order as the agent sees it, the verdict, and evidence without bytes', async () => {
    const bundle = await makeRichBundle();
    const doc = caseToJson(bundle);
    expect(doc.order).toEqual(caseOrder(bundle.case));
    expect(doc.order.amountMinor).toBe(12_000);
    expect(doc.verdict).toEqual({ action: 'void', ruleId: 'same-day-void' });
    expect(doc.case.status).toBe('submitted');
    expect(doc.events.map((e) => e.type)).toEqual([
      'captured',
      'field_edited',
      'verdict_computed',
      'note_added',
      'evidence_added',
      'status_changed',
    ]);
    expect(doc.evidence[0]).toMatchObject({ name: 'slip.png', size: 7 });
    expect(caseToJsonText(bundle)).not.toContain('"bytes"');
  });
});
