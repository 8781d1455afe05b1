import { useEffect, useState } from 'react';
import type { Translate } from '../../../lib/i18n';
import { grantedPortalPatterns, parsePortalOrigin } from '../../../lib/page/portal-origins';
import type { RuleSet } from '../../../lib/schema/rule-set';
import type { Settings } from '../../../lib/schema/settings';
import { saveSettings } from '../../../lib/settings/settings-storage';
import { Button } from '../../button';
import { Card } from '../../card';

interface Props {
  t: Translate;
  settings: Settings;
  sets: readonly RuleSet[];
  onSaved: (settings: Settings) => void;
}

/** "https://portal.example.com/*" → "https://portal.example.com"; wildcard hosts name no single origin. */
function patternOrigin(pattern: string): string | null {
  const m = /^(https?|\*):\/\/([^/*]+)\/\*?$/.exec(pattern);
  return m ? parsePortalOrigin(`${m[1] === '*' ? 'https' : m[1]}://${m[2]}`) : null;
}

/** Which rule set each portal's cases are checked against, and the one for every other portal. */
export function OriginAssignments({ t, settings, sets, onSaved }: Props) {
  const [granted, setGranted] = useState<string[]>([]);
  const [added, setAdded] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    void grantedPortalPatterns()
      .then((patterns) => {
        if (!controller.signal.aborted) setGranted(patterns.map(patternOrigin).filter((o): o is string => o !== null));
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  const origins = [...new Set([...Object.keys(settings.ruleSetByOrigin), ...granted, ...added])].sort();
  const defaultName = sets.find((s) => s.id === settings.defaultRuleSetId)?.name ?? settings.defaultRuleSetId;

  const store = async (next: Settings) => {
    try {
      onSaved(await saveSettings(next));
      setStatus(t('saved'));
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };

  const choose = (origin: string, id: string) => {
    const byOrigin = { ...settings.ruleSetByOrigin };
    if (id) byOrigin[origin] = id;
    else delete byOrigin[origin];
    void store({ ...settings, ruleSetByOrigin: byOrigin });
  };

  const add = () => {
    const origin = parsePortalOrigin(text);
    if (!origin) return setError(t('invalidOrigin'));
    setError(null);
    setText('');
    setAdded((list) => (list.includes(origin) ? list : [...list, origin]));
  };

  const options = (current: string) => (
    <>
      {sets.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name} ({s.id})
        </option>
      ))}
      {current && !sets.some((s) => s.id === current) && <option value={current}>{t('rs.missingSet', { id: current })}</option>}
    </>
  );

  return (
    <Card id="rule-set-origins-heading" title={t('rs.active')}>
      <p className="muted small">{t('rs.activeHelp')}</p>
      <div className="field">
        <label htmlFor="rs-default-set">{t('rs.defaultSet')}</label>
        <select id="rs-default-set" value={settings.defaultRuleSetId} onChange={(e) => void store({ ...settings, defaultRuleSetId: e.target.value })}>
          {options(settings.defaultRuleSetId)}
        </select>
      </div>
      {origins.map((origin) => {
        const current = settings.ruleSetByOrigin[origin] ?? '';
        const id = `rs-origin-${origins.indexOf(origin)}`;
        return (
          <div className="field" key={origin}>
            <label htmlFor={id} className="mono">
              {origin}
            </label>
            <select id={id} value={current} onChange={(e) => choose(origin, e.target.value)}>
              <option value="">{t('rs.useDefault', { name: defaultName })}</option>
              {options(current)}
            </select>
          </div>
        );
      })}
      <div className="field">
        <label htmlFor="rs-add-origin">{t('rs.originToAdd')}</label>
        <input
          id="rs-add-origin"
          className="mono"
          value={text}
          placeholder="https://portal.example.com"
          aria-invalid={error !== null || undefined}
          aria-describedby={error ? 'rs-add-origin-error' : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        {error && (
          <p id="rs-add-origin-error" className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="actions">
        <Button onClick={add} disabled={!text.trim()}>
          {t('rs.addOrigin')}
        </Button>
        <span role="status" className="small muted">
          {status}
        </span>
      </div>
    </Card>
  );
}
