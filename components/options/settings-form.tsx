import { useState } from 'react';
import type { Translate, MessageKey } from '../../lib/i18n';
import { isPortalZone } from '../../lib/schema/iana-zone';
import { Settings } from '../../lib/schema/settings';
import { FILL_DESCRIPTION_VARIABLES, unknownDescriptionVariables } from '../../lib/settings/fill-description';
import { saveSettings } from '../../lib/settings/settings-storage';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { TextAreaField, TextField } from '../ui/field';

type FormText = {
  name: string;
  email: string;
  phone: string;
  keepStart: string;
  keepEnd: string;
  idPatterns: string;
  portalZone: string;
  descZh: string;
  descEn: string;
};

const fromSettings = (s: Settings): FormText => ({
  name: s.agent.name,
  email: s.agent.email,
  phone: s.agent.phone,
  keepStart: String(s.idMask.keepStart),
  keepEnd: String(s.idMask.keepEnd),
  idPatterns: (s.idMask.patterns ?? []).join('\n'),
  portalZone: s.portalZone,
  descZh: s.fillDescriptionTemplate.zh,
  descEn: s.fillDescriptionTemplate.en,
});

const FIELD_PATHS: Record<keyof FormText, string> = {
  name: 'agent.name',
  email: 'agent.email',
  phone: 'agent.phone',
  keepStart: 'idMask.keepStart',
  keepEnd: 'idMask.keepEnd',
  idPatterns: 'idMask.patterns',
  portalZone: 'portalZone',
  descZh: 'fillDescriptionTemplate.zh',
  descEn: 'fillDescriptionTemplate.en',
};

/** One regular expression per line; blank lines are none. */
const patternLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const VARIABLE_LIST = FILL_DESCRIPTION_VARIABLES.map((v) => `{${v}}`).join(' ');

/** Agent details, ID masking and the default portal zone, validated field by field before saving. */
export function SettingsForm({
  t,
  settings,
  onSaved,
}: {
  t: Translate;
  settings: Settings;
  onSaved: (s: Settings) => void;
}) {
  const [form, setForm] = useState<FormText>(() => fromSettings(settings));
  const [errors, setErrors] = useState<Partial<Record<keyof FormText, string>>>({});
  const [saved, setSaved] = useState(false);

  const save = async () => {
    const candidate = {
      ...settings,
      agent: { name: form.name, email: form.email, phone: form.phone },
      idMask: {
        keepStart: Number(form.keepStart),
        keepEnd: Number(form.keepEnd),
        patterns: patternLines(form.idPatterns),
      },
      portalZone: form.portalZone,
      fillDescriptionTemplate: { zh: form.descZh, en: form.descEn },
    };
    const parsed = Settings.safeParse(candidate);
    const zoneOk = isPortalZone(form.portalZone);
    const unknown = (['descZh', 'descEn'] as const).flatMap((key) =>
      unknownDescriptionVariables(form[key])
        .slice(0, 1)
        .map((name) => [key, name] as const),
    );
    if (!parsed.success || !zoneOk || unknown.length > 0) {
      const next: Partial<Record<keyof FormText, string>> = {};
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        const path = issue.path.filter((p) => typeof p !== 'number').join('.');
        const key = (Object.keys(FIELD_PATHS) as (keyof FormText)[]).find((k) => FIELD_PATHS[k] === path);
        if (key) next[key] = issue.message;
      }
      if (!zoneOk) next.portalZone = t('invalidZone');
      for (const [key, name] of unknown)
        next[key] = t('fill.unknownVariable', { name: `{${name}}`, list: VARIABLE_LIST });
      setErrors(next);
      setSaved(false);
      return;
    }
    setErrors({});
    onSaved(await saveSettings(parsed.data));
    setSaved(true);
  };

  const input = (key: keyof FormText, label: MessageKey, type = 'text') => (
    <TextField
      key={key}
      id={`set-${key}`}
      label={t(label)}
      type={type}
      value={form[key]}
      error={errors[key]}
      onChange={(value) => setForm({ ...form, [key]: value })}
    />
  );

  const textarea = (key: 'descZh' | 'descEn' | 'idPatterns', label: MessageKey, help = 'set-desc-help') => (
    <TextAreaField
      key={key}
      id={`set-${key}`}
      label={t(label)}
      rows={3}
      value={form[key]}
      error={errors[key]}
      aria-describedby={help}
      onChange={(value) => setForm({ ...form, [key]: value })}
    />
  );

  return (
    <Card id="settings-heading" title={t('settings')}>
      {input('name', 'agentName')}
      {input('email', 'agentEmail', 'email')}
      {input('phone', 'agentPhone', 'tel')}
      {input('keepStart', 'idKeepStart', 'number')}
      {input('keepEnd', 'idKeepEnd', 'number')}
      <p id="set-id-help" className="small muted">
        {t('idPatternsHelp')}
      </p>
      {textarea('idPatterns', 'idPatterns', 'set-id-help')}
      {input('portalZone', 'portalZone')}
      <h3>{t('fill.descriptionTemplate')}</h3>
      <p id="set-desc-help" className="small muted">
        {t('fill.descriptionHelp', { list: VARIABLE_LIST })}
      </p>
      {textarea('descZh', 'fill.descriptionZh')}
      {textarea('descEn', 'fill.descriptionEn')}
      <Button variant="primary" onClick={() => void save()}>
        {t('save')}
      </Button>
      <span role="status" className="small muted">
        {saved ? t('saved') : ''}
      </span>
    </Card>
  );
}
