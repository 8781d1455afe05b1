import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ensureTemporal } from '../../lib/format/ensure-temporal';
import { LANGS, loadDictionary } from '../../lib/i18n';
import { dataActions } from '../../lib/store/data-actions';
import App from './App';
import '../sidepanel/style.css';

// Options check and write texts in either language (note templates, rule sets), so it loads both.
await Promise.all([ensureTemporal(), ...LANGS.map(loadDictionary)]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// A restore that died mid-way leaves a scratch database: clear it once the page is up.
void dataActions.removeStaleRestores();
