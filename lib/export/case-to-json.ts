import { caseOrder } from '../db/case-fields';
import type { CaseRecord } from '../schema/case';
import {
  CASE_EXPORT_SCHEMA_VERSION,
  type CaseBundle,
  type CurrentCaseExport,
  type ExportHead,
} from '../schema/case-export';

/**
 * The head an export records for a case: the case record's, like every other summary field. An import checks
 * the events reach it, so a file whose events were cut short (but whose head was not rewritten) is refused.
 */
export function exportHead(c: Pick<CaseRecord, 'eventCount' | 'lastHeadHash'>): ExportHead {
  return { eventCount: c.eventCount, lastHash: c.lastHeadHash };
}

/** The case as its portable JSON document (evidence as metadata; bytes go in the ZIP). */
export function caseToJson(bundle: CaseBundle): CurrentCaseExport {
  const c = bundle.case;
  return {
    schemaVersion: CASE_EXPORT_SCHEMA_VERSION,
    case: {
      id: c.id,
      origin: c.origin,
      status: c.status,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      agent: c.agent,
    },
    head: exportHead(c),
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
