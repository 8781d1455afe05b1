import { useEffect, useState } from 'react';
import type { CaseRecord } from '../../lib/schema/case';
import { loadNoteDraft, saveNoteDraft } from '../../lib/settings/note-drafts';
import {
  fillNoteTemplate,
  loadNoteTemplates,
  watchNoteTemplates,
  type NoteTemplates,
} from '../../lib/settings/note-templates';
import { Button } from '../ui/button';
import { usePanelState, usePanelStore, useT } from '../../lib/store/panel-context';
import { dbErrorText } from '../../lib/case-log/db-error-text';
import { noteVariables } from '../../lib/case-log/note-vars';
import { useCaseBundle } from '../../lib/store/use-case-bundle';
import { instantText } from '../../lib/format/instant';
import { Card } from '../ui/card';
import { Field } from '../ui/field';

/** The note templates from extension storage, kept current when options change them. */
function useNoteTemplates(): NoteTemplates {
  const [templates, setTemplates] = useState<NoteTemplates>([]);
  useEffect(() => {
    let live = true;
    void loadNoteTemplates().then((list) => live && setTemplates(list));
    const stop = watchNoteTemplates(setTemplates);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return templates;
}

/** Plain-text notes on the current case, newest first, and a box to add one (from a template if wished). */
export function NotesPanel() {
  const current = usePanelState((s) => s.currentCase);
  return current ? <Notes key={current.id} current={current} /> : null;
}

function Notes({ current }: { current: CaseRecord }) {
  const t = useT();
  const { actions } = usePanelStore();
  const settings = usePanelState((s) => s.settings);
  const zone = settings.portalZone;
  const bundle = useCaseBundle();
  const templates = useNoteTemplates();
  const [text, setText] = useState('');
  // A note half-typed before switching cases, closing the panel or a worker restart comes back.
  useEffect(() => {
    let live = true;
    void loadNoteDraft(current.id).then((draft) => live && setText((before) => before || draft));
    return () => {
      live = false;
    };
  }, [current.id]);
  const edit = (next: string) => {
    setText(next);
    void saveNoteDraft(current.id, next, settings.idMask);
  };
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const applyTemplate = (id: string) => {
    const template = templates.find((tpl) => tpl.id === id);
    if (!template) return;
    const filled = fillNoteTemplate(
      template.text,
      noteVariables(current, template.lang, { agent: settings.agent.name, portalZone: zone }),
    );
    edit(text.trim() ? `${text.trimEnd()}\n${filled}` : filled);
  };

  const save = async () => {
    setBusy(true);
    try {
      const saved = await actions.addNote(text);
      if (!saved.ok) return setMessage({ text: dbErrorText(t, saved.error), error: true });
      edit('');
      const masked = saved.masked.map((k) => t(`log.masked.${k}`)).join(t('log.maskedJoin'));
      setMessage({ text: masked ? t('log.noteAddedMasked', { masked }) : t('log.noteAdded'), error: false });
    } finally {
      setBusy(false);
    }
  };

  const notes = bundle ? [...bundle.notes].reverse() : [];
  const groups = (['zh', 'en'] as const)
    .map((lang) => ({ lang, items: templates.filter((tpl) => tpl.lang === lang) }))
    .filter((g) => g.items.length);
  return (
    <Card id="notes-heading" title={t('log.notes')}>
      {notes.length === 0 ? (
        <p className="muted small">{t('log.noNotes')}</p>
      ) : (
        <ul className="case-list">
          {notes.map((note) => (
            <li key={note.id}>
              <div className="small muted">
                <time dateTime={note.at} className="mono">
                  {instantText(note.at, zone)}
                </time>
                {note.agent ? ` · ${note.agent}` : ''}
              </div>
              <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{note.text}</div>
            </li>
          ))}
        </ul>
      )}
      {groups.length > 0 && (
        <Field id="note-template" label={t('log.template')}>
          <select id="note-template" value="" onChange={(e) => applyTemplate(e.target.value)}>
            <option value="">{t('log.templateNone')}</option>
            {groups.map((g) => (
              <optgroup key={g.lang} label={g.lang === 'zh' ? '中文' : 'English'}>
                {g.items.map((tpl) => (
                  <option key={tpl.id} value={tpl.id}>
                    {tpl.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
      )}
      <label htmlFor="note-text" className="small muted">
        {t('log.noteLabel')}
      </label>
      <textarea
        id="note-text"
        rows={3}
        value={text}
        maxLength={20_000}
        onChange={(e) => edit(e.target.value)}
        style={{ width: '100%', font: 'inherit' }}
      />
      <div className="actions">
        <Button variant="primary" disabled={busy || !text.trim()} onClick={() => void save()}>
          {t('log.addNote')}
        </Button>
      </div>
      <p role="status" className={`small${message?.error ? ' field-error' : ' muted'}`}>
        {message?.text ?? ''}
      </p>
    </Card>
  );
}
