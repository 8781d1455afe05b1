import { useEffect, useState } from 'react';
import { PanelContext } from '../../lib/store/panel-context';
import { PanelLayout } from '../../components/panel-layout';
import { createPanelStore } from '../../lib/store/panel-store';

/** The side panel: one store for its life, started once and stopped on unload. */
export default function App() {
  const [store] = useState(() => createPanelStore(location.search, navigator.language));
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
