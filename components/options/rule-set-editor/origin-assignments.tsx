import { useEffect, useState } from 'react';
import type { Translate } from '../../../lib/i18n';
import { grantedPortalPatterns, parsePortalOrigin } from '../../../lib/permissions/portal-origins';
import type { RuleSet } from '../../../lib/schema/rule-set';
import type { Settings } from '../../../lib/schema/settings';
import { saveSettings } from '../../../lib/settings/settings-storage';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { SelectField } from '../../ui/field';
import { OriginField } from '../origin-field';
import { logOnce } from '../../../lib/errors';

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
      .catch((e: unknown) => logOnce('The granted portals could not be read', e));
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

  // A set that was deleted stays listed while it is chosen, so the select still shows what is stored.
  const setIds = (current: string) => [
    ...sets.map((s) => s.id),
    ...(current && !sets.some((s) => s.id === current) ? [current] : []),
  ];
  const setWords = (id: string) => {
    const set = sets.find((s) => s.id === id);
    return set ? `${set.name} (${set.id})` : t('rs.missingSet', { id });
  };

  return (
    <Card id="rule-set-origins-heading" title={t('rs.active')}>
      <p className="muted small">{t('rs.activeHelp')}</p>
      <SelectField
        id="rs-default-set"
        label={t('rs.defaultSet')}
        value={settings.defaultRuleSetId}
        choices={setIds(settings.defaultRuleSetId)}
        words={setWords}
        onChange={(id) => void store({ ...settings, defaultRuleSetId: id })}
      />
      {origins.map((origin) => {
        const current = settings.ruleSetByOrigin[origin] ?? '';
        return (
          <SelectField
            key={origin}
            id={`rs-origin-${origins.indexOf(origin)}`}
            label={<span className="mono">{origin}</span>}
            value={current}
            choices={setIds(current)}
            words={setWords}
            empty={t('rs.useDefault', { name: defaultName })}
            onChange={(id) => choose(origin, id)}
          />
        );
      })}
      <OriginField
        id="rs-add-origin"
        label={t('rs.originToAdd')}
        value={text}
        error={error}
        announce={false}
        onChange={setText}
      />
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
