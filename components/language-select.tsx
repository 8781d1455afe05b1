import { UiLanguage } from '../lib/schema/settings';
import { usePanelState, usePanelStore, useT } from '../lib/store/panel-context';

const names: Record<UiLanguage, string | null> = { auto: null, en: 'English', zh: '中文' };

/** The UI language setting: Auto (the browser's), English or 中文. */
export function LanguageSelect() {
  const t = useT();
  const { actions } = usePanelStore();
  const value = usePanelState((s) => s.settings.uiLanguage);
  return (
    <label className="lang small">
      <span className="sr-only">{t('language')}</span>
      <select
        aria-label={t('language')}
        value={value}
        onChange={(e) => void actions.setLanguage(UiLanguage.parse(e.target.value))}
      >
        {UiLanguage.options.map((o) => (
          <option key={o} value={o}>
            {names[o] ?? t('languageAuto')}
          </option>
        ))}
      </select>
    </label>
  );
}
