import { useEffect, useState } from 'react';
import type { Lang, Translate } from '../../lib/i18n';
import {
  DEFAULT_NOTE_TEMPLATES,
  loadNoteTemplates,
  NOTE_VARIABLES,
  saveNoteTemplates,
  type NoteTemplate,
} from '../../lib/settings/note-templates';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { SelectField, TextAreaField, TextField } from '../ui/field';

const LANGS = ['zh', 'en'] as const;
/** Each language is named in itself, whatever the UI language. */
const LANG_NAMES = { zh: '中文', en: 'English' } as const;

/** The options page's editor for note templates: name, language and text with {variables}. */
export function NoteTemplateEditor({ t, lang }: { t: Translate; lang: Lang }) {
  const [templates, setTemplates] = useState<NoteTemplate[] | null>(null);
  const [result, setResult] = useState<{ text: string; error: boolean; index: number | null } | null>(null);
  useEffect(() => {
    void loadNoteTemplates().then(setTemplates);
  }, []);
  if (!templates) return null;

  const change = (index: number, patch: Partial<NoteTemplate>) => {
    setTemplates(templates.map((tpl, i) => (i === index ? { ...tpl, ...patch } : tpl)));
    setResult(null);
  };
  const add = () => setTemplates([...templates, { id: crypto.randomUUID(), name: '', lang: 'zh', text: '' }]);
  const remove = (index: number) => setTemplates(templates.filter((_, i) => i !== index));

  const save = async (next: NoteTemplate[]) => {
    const saved = await saveNoteTemplates(next, lang);
    if (!saved.ok)
      return setResult({
        text: t('invalidValue', { field: t('log.noteTemplates'), detail: saved.error }),
        error: true,
        index: saved.index,
      });
    setTemplates(saved.value);
    setResult({ text: t('saved'), error: false, index: null });
  };

  return (
    <Card id="templates-heading" title={t('log.noteTemplates')}>
      <p className="small muted">{t('log.templateHelp', { list: NOTE_VARIABLES.map((v) => `{${v}}`).join(' ') })}</p>
      {templates.map((tpl, i) => (
        <fieldset key={tpl.id} aria-invalid={result?.index === i} className="fields">
          <legend className="small">{tpl.name || `#${i + 1}`}</legend>
          <TextField
            id={`tpl-name-${i}`}
            label={t('log.templateName')}
            value={tpl.name}
            maxLength={80}
            onChange={(name) => change(i, { name })}
          />
          <SelectField
            id={`tpl-lang-${i}`}
            label={t('log.templateLang')}
            value={tpl.lang}
            choices={LANGS}
            words={(l) => LANG_NAMES[l]}
            onChange={(lang) => change(i, { lang })}
          />
          <TextAreaField
            id={`tpl-text-${i}`}
            label={t('log.templateText')}
            rows={3}
            value={tpl.text}
            maxLength={4000}
            onChange={(text) => change(i, { text })}
          />
          <div>
            <Button onClick={() => remove(i)} aria-label={t('log.removeTemplate', { name: tpl.name || `#${i + 1}` })}>
              {t('remove')}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className="actions">
        <Button onClick={add}>{t('log.addTemplate')}</Button>
        <Button variant="primary" onClick={() => void save(templates)}>
          {t('log.saveTemplates')}
        </Button>
        <Button onClick={() => void save(DEFAULT_NOTE_TEMPLATES)}>{t('log.resetTemplates')}</Button>
      </div>
      <p className={`small${result?.error ? ' field-error' : ' muted'}`} role={result?.error ? 'alert' : 'status'}>
        {result?.text ?? ''}
      </p>
    </Card>
  );
}
