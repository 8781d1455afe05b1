import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cnPosDefault } from '../../../lib/rules';
import { DEFAULT_SETTINGS } from '../../../lib/schema/settings';
import {
  DEFAULT_NOTE_TEMPLATES,
  NOTE_TEMPLATES_VERSIONS,
  noteTemplatesItem,
} from '../../../lib/settings/note-templates';
import { RETENTION_VERSIONS, retentionItem } from '../../../lib/settings/retention';
import { copyRuleSet, RULE_SETS_VERSIONS, ruleSetsItem } from '../../../lib/settings/rule-set-storage';
import { SETTINGS_VERSIONS, settingsItem } from '../../../lib/settings/settings-storage';
import { SITE_PROFILES_VERSIONS, siteProfilesItem } from '../../../lib/settings/site-profiles';
import type { VersionedItem, Versions } from '../../../lib/settings/versioned-item';

beforeEach(() => fakeBrowser.reset());

const customSet = copyRuleSet(cnPosDefault, []);

/** For each item, a value as every version of CancelDesk stored it, and what it reads as today. */
const ITEMS: {
  key: string;
  item: VersionedItem<unknown>;
  versions: Versions;
  examples: Record<number, { stored: unknown; reads: unknown }>;
}[] = [
  {
    key: 'settings',
    item: settingsItem,
    versions: SETTINGS_VERSIONS,
    examples: {
      1: {
        stored: { uiLanguage: 'zh', agent: { name: 'Li Wei', email: '', phone: '' }, portalZone: 'Asia/Shanghai' },
        reads: { ...DEFAULT_SETTINGS, uiLanguage: 'zh', agent: { name: 'Li Wei', email: '', phone: '' } },
      },
    },
  },
  {
    key: 'retention',
    item: retentionItem,
    versions: RETENTION_VERSIONS,
    examples: {
      1: { stored: { retentionDays: 30, followupHours: 2 }, reads: { retentionDays: 30, followupHours: 2 } },
    },
  },
  {
    key: 'noteTemplates',
    item: noteTemplatesItem,
    versions: NOTE_TEMPLATES_VERSIONS,
    examples: { 1: { stored: DEFAULT_NOTE_TEMPLATES.slice(0, 1), reads: DEFAULT_NOTE_TEMPLATES.slice(0, 1) } },
  },
  {
    key: 'siteProfiles',
    item: siteProfilesItem,
    versions: SITE_PROFILES_VERSIONS,
    examples: {
      1: {
        stored: { 'https://p.example': { origin: 'https://p.example', zone: 'Asia/Shanghai', fields: {} } },
        reads: { 'https://p.example': { origin: 'https://p.example', zone: 'Asia/Shanghai', fields: {} } },
      },
    },
  },
  {
    key: 'customRuleSets',
    item: ruleSetsItem,
    versions: RULE_SETS_VERSIONS,
    examples: { 1: { stored: [customSet], reads: [customSet] } },
  },
];

describe.each(ITEMS)('the $key item', ({ key, item, versions, examples }) => {
  it('has one migration for every version after the first, and an example of every version', () => {
    const expected = Array.from({ length: versions.version - 1 }, (_, i) => String(i + 2));
    expect(Object.keys(versions.migrations)).toEqual(expected);
    expect(Object.keys(examples).map(Number)).toEqual(Array.from({ length: versions.version }, (_, i) => i + 1));
  });

  it.each(Object.entries(examples))('reads a value stored at version %s as today’s shape', async (v, example) => {
    // A value stored before versions were recorded has no meta; WXT takes it as version 1.
    const meta = v === '1' ? {} : { [`${key}$`]: { v: Number(v) } };
    await fakeBrowser.storage.local.set({ [key]: example.stored, ...meta });
    await item.migrate();
    expect(await item.load()).toEqual(example.reads);
  });
});
