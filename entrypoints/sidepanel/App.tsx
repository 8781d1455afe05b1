import { useEffect } from 'react';
import { PanelContext } from '../../lib/store/panel-context';
import { PanelLayout } from '../../components/panel-layout';
import type { PanelStore } from '../../lib/store/panel-store';

/** The side panel: its store, started once and stopped on unload. */
export default function App({ store }: { store: PanelStore }) {
  useEffect(() => {
    const controller = new AbortController();
    void store.actions.start(controller.signal);
    return () => controller.abort();
  }, [store]);
  return (
    <PanelContext.Provider value={store}>
      <PanelLayout />
    </PanelContext.Provider>
  );
}
