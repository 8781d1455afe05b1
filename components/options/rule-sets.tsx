import { useCallback, useEffect, useState } from 'react';
import type { Translate } from '../../lib/i18n';
import { defaultRuleSets } from '../../lib/rules/default-rule-sets';
import type { Lang } from '../../lib/i18n';
import {
  exportRuleSetJson,
  MAX_RULE_SET_JSON_CHARS,
  parseRuleSetJson,
  type RuleSetIssue,
} from '../../lib/rules/rule-set-json';
import type { RuleSet } from '../../lib/schema/rule-set';
import type { Settings } from '../../lib/schema/settings';
import {
  copyRuleSet,
  deleteCustomRuleSet,
  isBuiltInRuleSet,
  loadRuleSets,
  saveCustomRuleSet,
  watchRuleSets,
  type RuleSetList,
} from '../../lib/settings/rule-set-storage';
import { Button } from '../ui/button';
import { downloadFile } from '../../lib/case-log/download';
import { OriginAssignments } from './rule-set-editor/origin-assignments';
import { RuleSetForm } from './rule-set-editor/rule-set-form';
import { Badge } from '../ui/badge';
import { Card } from '../ui/card';

interface Props {
  t: Translate;
  lang: Lang;
  settings: Settings;
  onSettingsSaved: (settings: Settings) => void;
}

type Editing = { set: RuleSet; mode: 'copy' | 'edit'; from: string };
type Message = { text: string; error: boolean; issues?: RuleSetIssue[] };

/** Rule sets: which one each portal uses, import and export as JSON, and editing copies in a form. */
export function RuleSets({ t, lang, settings, onSettingsSaved }: Props) {
  const [list, setList] = useState<RuleSetList>({ sets: defaultRuleSets, problems: [] });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const refresh = useCallback(() => loadRuleSets(lang).then(setList), [lang]);

  useEffect(() => {
    const controller = new AbortController();
    void loadRuleSets(lang).then((l) => {
      if (!controller.signal.aborted) setList(l);
    });
    const stop = watchRuleSets(setList, lang);
    controller.signal.addEventListener('abort', stop);
    return () => controller.abort();
  }, [lang]);

  const ids = list.sets.map((s) => s.id);

  const save = async (set: RuleSet) => {
    const result = await saveCustomRuleSet(editing?.mode === 'edit' ? { ...set, version: set.version + 1 } : set, lang);
    if (result.ok) {
      setEditing(null);
      setMessage({
        text: t('rs.saved', { name: result.set.name, id: result.set.id, version: result.set.version }),
        error: false,
      });
      await refresh();
    }
    return result;
  };

  const remove = async (set: RuleSet) => {
    const result = await deleteCustomRuleSet(set.id, lang);
    setMessage(
      result.ok ? { text: t('rs.deleted', { name: set.name }), error: false } : { text: result.error, error: true },
    );
    if (editing?.set.id === set.id) setEditing(null);
    await refresh();
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const failed = (issues: RuleSetIssue[]) =>
      setMessage({ text: t('rs.importFailed', { file: file.name }), error: true, issues });
    // A character takes at least a byte, so a file over the limit in bytes is refused before it is read.
    if (file.size > MAX_RULE_SET_JSON_CHARS) return failed([{ path: '', message: t('rs.fileTooBig') }]);
    const parsed = parseRuleSetJson(await file.text(), lang);
    if (!parsed.ok) return failed(parsed.errors);
    // A file carrying a built-in id (an exported built-in, tweaked) becomes a copy: built-ins are never replaced.
    const builtIn = isBuiltInRuleSet(parsed.value.id);
    const result = await saveCustomRuleSet(builtIn ? copyRuleSet(parsed.value, ids) : parsed.value, lang);
    if (!result.ok) return failed(result.errors);
    const text = builtIn
      ? t('rs.importedAsCopy', { id: parsed.value.id, copyId: result.set.id })
      : t('rs.imported', { name: result.set.name, id: result.set.id });
    setMessage({ text, error: false });
    await refresh();
  };

  return (
    <>
      <OriginAssignments t={t} settings={settings} sets={list.sets} onSaved={onSettingsSaved} />
      <Card id="rule-sets-heading" title={t('rs.heading')}>
        <p className="muted small">{t('rs.help')}</p>
        {list.problems.length > 0 && (
          <div role="alert" className="field-error">
            <p>{t('rs.storedProblems')}</p>
            <ul>
              {list.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <ul className="case-list">
          {list.sets.map((set) => (
            <RuleSetItem
              key={set.id}
              t={t}
              set={set}
              onEditCopy={() => setEditing({ set: copyRuleSet(set, ids), mode: 'copy', from: set.name })}
              onEdit={() => setEditing({ set, mode: 'edit', from: set.name })}
              onDelete={() => void remove(set)}
            />
          ))}
        </ul>
        <div className="actions">
          <label className="btn btn-secondary">
            {t('rs.import')}
            <input
              type="file"
              accept="application/json,.json"
              className="sr-only"
              onChange={(e) => {
                void importFile(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
        </div>
        {message?.error && (
          <div role="alert" className="field-error">
            <p>{message.text}</p>
            {message.issues && (
              <ul>
                {message.issues.map((issue, i) => (
                  <li key={i}>
                    {issue.path && <code>{issue.path}</code>}
                    {issue.path ? ': ' : ''}
                    {issue.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <p role="status" className="small muted">
          {message && !message.error ? message.text : ''}
        </p>
      </Card>
      {editing && (
        <RuleSetForm
          key={`${editing.mode}:${editing.set.id}`}
          t={t}
          lang={lang}
          initial={editing.set}
          heading={t(editing.mode === 'copy' ? 'rs.copyHeading' : 'rs.editHeading', { name: editing.from })}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
    </>
  );
}

function RuleSetItem({
  t,
  set,
  onEditCopy,
  onEdit,
  onDelete,
}: {
  t: Translate;
  set: RuleSet;
  onEditCopy: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const builtIn = isBuiltInRuleSet(set.id);
  return (
    <li className="profile">
      <div className="row-between">
        <strong>{set.name}</strong>
        <Badge>{builtIn ? t('rs.builtIn') : t('rs.custom')}</Badge>
      </div>
      <span className="small muted">
        <span className="mono">{set.id}</span> · {t('rs.version', { version: set.version })} ·{' '}
        <span className="mono">{set.zone}</span> · {t('rs.ruleCount', { count: set.rules.length })}
      </span>
      <div className="actions">
        <Button onClick={onEditCopy} aria-label={t('rs.editCopyOf', { name: set.name })}>
          {t('rs.editCopy')}
        </Button>
        {!builtIn && (
          <Button onClick={onEdit} aria-label={t('rs.editOf', { name: set.name })}>
            {t('rs.edit')}
          </Button>
        )}
        <Button
          onClick={() => downloadFile(exportRuleSetJson(set), `${set.id}-v${set.version}.json`, 'application/json')}
          aria-label={t('rs.exportOf', { name: set.name })}
        >
          {t('rs.export')}
        </Button>
        {!builtIn && (
          <Button onClick={onDelete} aria-label={t('rs.deleteOf', { name: set.name })}>
            {t('rs.delete')}
          </Button>
        )}
      </div>
    </li>
  );
}
