import { useEffect, useState } from 'react';
import { AccessPrompt } from '../../components/access-prompt';
import { Button } from '../../components/button';
import { CandidateList } from '../../components/candidate-list';
import { CaptureProblems } from '../../components/capture-problems';
import { CaseList } from '../../components/case-list';
import { CaseVerdict } from '../../components/case-verdict';
import { NoticeLine } from '../../components/notice-line';
import { OrderFields } from '../../components/order-fields';
import { PanelContext, usePanelState, usePanelStore, useT } from '../../components/panel-context';
import { TargetBar } from '../../components/target-bar';
import { TeachPrompt } from '../../components/teach-prompt';
import { LanguageSelect } from '../../components/language-select';
import { EvidenceList, ExportMenu, NotesPanel, StatusControl, Timeline } from '../../components/case-log';
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
      <Panel />
    </PanelContext.Provider>
  );
}

function Panel() {
  const t = useT();
  const { actions } = usePanelStore();
  const busy = usePanelState((s) => s.busy);
  const lang = usePanelState((s) => s.lang);
  const hasTab = usePanelState((s) => s.target.kind === 'tab');
  useEffect(() => void (document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'), [lang]);
  return (
    <>
      <header className="top">
        <h1>{t('appName')}</h1>
        <LanguageSelect />
      </header>
      <main>
        <TargetBar />
        <div className="actions">
          <Button variant="primary" disabled={!hasTab || busy} aria-busy={busy} onClick={() => void actions.capture()}>
            {busy ? t('capturing') : t('captureOrder')}
          </Button>
          <Button disabled={!hasTab} onClick={() => void actions.openInWindow()}>
            {t('openInWindow')}
          </Button>
        </div>
        <NoticeLine />
        <AccessPrompt />
        <TeachPrompt />
        <CandidateList />
        <OrderFields />
        <CaseVerdict />
        <CaptureProblems />
        <StatusControl />
        <ExportMenu />
        <EvidenceList />
        <NotesPanel />
        <Timeline />
        <CaseList />
      </main>
    </>
  );
}
