import { useEffect, useState } from 'react';
import type { Translate } from '../../lib/i18n';
import { DEFAULT_NOTE_TEMPLATES, loadNoteTemplates, NOTE_VARIABLES, saveNoteTemplates, type NoteTemplate } from '../../lib/settings/note-templates';
import { Button } from '../button';
import { Card } from '../card';

/** The options page's editor for note templates: name, language and text with {variables}. */
export function NoteTemplateEditor({ t }: { t: Translate }) {
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
    const saved = await saveNoteTemplates(next);
    if (!saved.ok) return setResult({ text: t('invalidValue', { field: t('log.noteTemplates'), detail: saved.error }), error: true, index: saved.index });
    setTemplates(saved.value);
    setResult({ text: t('saved'), error: false, index: null });
  };

  return (
    <Card id="templates-heading" title={t('log.noteTemplates')}>
      <p className="small muted">{t('log.templateHelp', { list: NOTE_VARIABLES.map((v) => `{${v}}`).join(' ') })}</p>
      {templates.map((tpl, i) => (
        <fieldset key={tpl.id} aria-invalid={result?.index === i} className="fields">
          <legend className="small">{tpl.name || `#${i + 1}`}</legend>
          <div className="field">
            <label htmlFor={`tpl-name-${i}`}>{t('log.templateName')}</label>
            <input id={`tpl-name-${i}`} value={tpl.name} maxLength={80} onChange={(e) => change(i, { name: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`tpl-lang-${i}`}>{t('log.templateLang')}</label>
            <select id={`tpl-lang-${i}`} value={tpl.lang} onChange={(e) => change(i, { lang: e.target.value === 'en' ? 'en' : 'zh' })}>
              <option value="zh">中文</option>
              <option value="en">English</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`tpl-text-${i}`}>{t('log.templateText')}</label>
            <textarea id={`tpl-text-${i}`} rows={3} value={tpl.text} maxLength={4000} onChange={(e) => change(i, { text: e.target.value })} />
          </div>
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
