import { caseOrder } from '../db/case-fields';
import { CASE_EXPORT_SCHEMA_VERSION, type CaseBundle, type CaseExport } from '../schema/case-export';

/** The case as its portable JSON document (evidence as metadata; bytes go in the ZIP). */
export function caseToJson(bundle: CaseBundle): CaseExport {
  const c = bundle.case;
  return {
    schemaVersion: CASE_EXPORT_SCHEMA_VERSION,
    case: { id: c.id, origin: c.origin, status: c.status, createdAt: c.createdAt, updatedAt: c.updatedAt, agent: c.agent },
    order: caseOrder(c),
    verdict: c.verdictSnapshot ?? null,
    events: bundle.events,
    notes: bundle.notes,
    evidence: bundle.evidence,
  };
}

/** The case JSON as text, two-space indented, as it is written to a file. */
export function caseToJsonText(bundle: CaseBundle): string {
  return `${JSON.stringify(caseToJson(bundle), null, 2)}\n`;
}
