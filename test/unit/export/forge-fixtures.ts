import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { replayCase } from '../../../lib/db/case-reducer';
import { eventHash, GENESIS_HASH, sha256Hex } from '../../../lib/db/event-chain';
import { caseToJson, exportHead } from '../../../lib/export/case-to-json';
import type { CaseEvent } from '../../../lib/schema/event';

/**
 * The chain sealed again from genesis, as a forger who knows the (public) hash rule would: every prevHash and
 * hash recomputed, so the links and hashes hold whatever was changed.
 */
export function reseal(events: readonly CaseEvent[]): CaseEvent[] {
  let prev = GENESIS_HASH;
  return events.map((event) => {
    const { hash: _old, ...rest } = event;
    const unsealed = { ...rest, prevHash: prev } as Omit<CaseEvent, 'hash'>;
    prev = eventHash(unsealed);
    return { ...unsealed, hash: prev } as CaseEvent;
  });
}

/**
 * A case JSON file changed by `change` (which edits its events) and then made wholly consistent again: chain
 * re-sealed, and the case, head, order, notes and evidence rebuilt from the events, as caseToJson writes them.
 * Only what the importing database recorded can tell it from the real one.
 */
export function forgeCaseJson(text: string, change: (events: CaseEvent[]) => void): string {
  const doc = JSON.parse(text) as { events: CaseEvent[] };
  const events = structuredClone(doc.events);
  change(events);
  const sealed = reseal(events);
  const replay = replayCase(sealed);
  if (!replay.ok) throw new Error(`the forged events do not replay: ${replay.message}`);
  const { record, notes, evidence } = replay.value;
  return `${JSON.stringify(caseToJson({ case: record, events: sealed, notes, evidence, bytes: {} }), null, 2)}\n`;
}

/** A case ZIP with every case file forged as forgeCaseJson does, and the manifest's checksums and heads made to fit. */
export function forgeCaseZip(zip: Uint8Array, change: (events: CaseEvent[]) => void): Uint8Array {
  const files = unzipSync(zip);
  const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as {
    files: Record<string, string>;
    heads: Record<string, unknown>;
  };
  for (const path of Object.keys(files).filter((p) => p.startsWith('cases/'))) {
    const forged = forgeCaseJson(strFromU8(files[path] ?? new Uint8Array()), change);
    const doc = JSON.parse(forged) as { case: { id: string }; events: CaseEvent[] };
    const last = doc.events.at(-1);
    files[path] = strToU8(forged);
    manifest.files[path] = sha256Hex(files[path]);
    manifest.heads[doc.case.id] = exportHead({ eventCount: doc.events.length, lastHeadHash: last?.hash ?? '' });
  }
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}
