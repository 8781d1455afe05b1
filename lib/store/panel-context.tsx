import { createContext, useContext, useMemo } from 'react';
import { translator, type Translate } from '../i18n';
import { usePanel, type PanelState, type PanelStore } from './panel-store';

export const PanelContext = createContext<PanelStore | null>(null);

/** The panel's store, provided by App. */
export function usePanelStore(): PanelStore {
  const store = useContext(PanelContext);
  if (!store) throw new Error('usePanelStore outside PanelContext');
  return store;
}

/** A slice of panel state. */
export function usePanelState<T>(select: (s: PanelState) => T): T {
  return usePanel(usePanelStore(), select);
}

/** The translator for the current UI language. */
export function useT(): Translate {
  const lang = usePanelState((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
