import { useLiveQuery } from 'dexie-react-hooks';
import { verifyCase, type ChainCheck } from '../db';
import { usePanelState } from './panel-context';

/** Whether the open case's hash chain holds against the ledger, checked again whenever its head moves. */
export function useChainCheck(): ChainCheck | null {
  const id = usePanelState((s) => s.currentCase?.id);
  const head = usePanelState((s) => s.currentCase?.lastHeadHash);
  const key = `${id}:${head}`;
  const checked = useLiveQuery(async () => (id ? { key, result: await verifyCase(id) } : null), [id, head, key]);
  return checked?.key === key ? checked.result : null;
}
