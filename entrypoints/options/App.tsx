import { useEffect, useMemo, useState } from 'react';
import { DataSection } from '../../components/options/data-section';
import { PortalAccess } from '../../components/options/portal-access';
import { RuleSets } from '../../components/options/rule-sets';
import { SettingsForm } from '../../components/options/settings-form';
import { SiteProfiles } from '../../components/options/site-profiles';
import { resolveLanguage, translator } from '../../lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/schema/settings';
import { loadSettings, watchSettings } from '../../lib/settings/settings-storage';

/** The options page: portal access, agent settings, portal profiles, rule sets, and case data. */
export default function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const lang = resolveLanguage(settings.uiLanguage, navigator.language);
  const t = useMemo(() => translator(lang), [lang]);
  useEffect(() => void (document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'), [lang]);
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <PortalAccess t={t} />
      <SettingsForm t={t} settings={settings} onSaved={setSettings} />
      <SiteProfiles t={t} />
      <RuleSets t={t} lang={lang} settings={settings} onSettingsSaved={setSettings} />
      <DataSection t={t} lang={lang} />
    </main>
  );
}
