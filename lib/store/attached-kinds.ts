import { useMemo } from 'react';
import type { EvidenceKind } from '../schema/evidence-kind';
import type { EvidenceRecord } from '../schema/evidence';
import { useCaseBundle } from './use-case-bundle';

const NONE: ReadonlySet<EvidenceKind> = new Set();

/** The evidence kinds present among a case's evidence (a purged file still counts: it was provided). */
export function kindsOf(evidence: readonly Pick<EvidenceRecord, 'kind'>[]): Set<EvidenceKind> {
  return new Set(evidence.map((e) => e.kind));
}

/** The open case's attached evidence kinds, kept current as evidence is added or removed. */
export function useAttachedKinds(): ReadonlySet<EvidenceKind> {
  const bundle = useCaseBundle();
  return useMemo(() => (bundle ? kindsOf(bundle.evidence) : NONE), [bundle]);
}
