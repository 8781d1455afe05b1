import { lazy, Suspense, useEffect } from 'react';
import { AccessPrompt } from './access-prompt';
import { CaptureButton } from './capture-button';
import { Button } from './ui/button';
import { CaseList } from './case-list';
import { LanguageSelect } from './language-select';
import { LedgerAlert } from './ledger-alert';
import { NoticeLine } from './ui/notice-line';
import { usePanelState, usePanelStore, useT } from '../lib/store/panel-context';
import { ShortcutHint, useShortcuts } from './shortcut-hint';
import { TargetBar } from './target-bar';
import { Welcome } from './welcome';

// The case being worked, the case log, its exports and teach mode load once the case list has been read, so
// the panel paints its list without them.
const CaseDetails = lazy(() => import('./case-log/case-details'));
const ExportMenu = lazy(() => import('./case-log/export-menu').then((m) => ({ default: m.ExportMenu })));
const CaseWork = lazy(() => import('./case-work'));
const FillButton = lazy(() => import('./fill-panel').then((m) => ({ default: m.FillButton })));
const TeachPrompt = lazy(() => import('./teach-prompt').then((m) => ({ default: m.TeachPrompt })));

/**
 * The panel top to bottom in the order an agent works a case: what tab, capture, the order, the verdict,
 * fill and export; then status, evidence, notes and history; the case list last.
 */
export function PanelLayout() {
  const t = useT();
  const { actions } = usePanelStore();
  const lang = usePanelState((s) => s.lang);
  const hasTab = usePanelState((s) => s.target.kind === 'tab');
  const listRead = usePanelState((s) => s.listRead);
  const keys = useShortcuts();
  useEffect(() => void (document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'), [lang]);
  return (
    <>
      <header className="top">
        <h1>{t('appName')}</h1>
        <nav aria-label={t('appName')}>
          <a href="#cases" className="small">
            {t('jumpToCases')}
          </a>
        </nav>
        <LanguageSelect />
      </header>
      <main>
        <TargetBar />
        <div className="actions">
          <CaptureButton shortcut={keys['capture-order']} />
          {listRead && (
            <Suspense fallback={null}>
              <FillButton shortcut={keys['fill-form']} />
              <ExportMenu />
            </Suspense>
          )}
          <Button variant="link" disabled={!hasTab} onClick={() => void actions.openInWindow()}>
            {t('openInWindow')}
          </Button>
        </div>
        <ShortcutHint keys={keys} />
        <NoticeLine />
        <LedgerAlert />
        <AccessPrompt />
        {listRead && (
          <Suspense fallback={null}>
            <TeachPrompt />
          </Suspense>
        )}
        <Welcome />
        {listRead && (
          <Suspense fallback={null}>
            <CaseWork />
          </Suspense>
        )}
        {listRead && (
          <Suspense fallback={null}>
            <CaseDetails />
          </Suspense>
        )}
        <CaseList />
      </main>
    </>
  );
}
