import { act, cleanup, fireEvent, render, screen, within, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RuleSets } from '../../../../components/options/rule-sets';
import { translator } from '../../../../lib/i18n';
import { cnPosDefault, intlCardDefault } from '../../../../lib/rules';
import { exportRuleSetJson } from '../../../../lib/rules/rule-set-json';
import type { RuleSet } from '../../../../lib/schema/rule-set';
import { DEFAULT_SETTINGS, type Settings } from '../../../../lib/schema/settings';
import { copyRuleSet, loadRuleSets } from '../../../../lib/settings/rule-set-storage';
import { loadSettings } from '../../../../lib/settings/settings-storage';

vi.mock('../../../../lib/permissions/portal-origins', async (original) => ({
  ...(await original<typeof import('../../../../lib/permissions/portal-origins')>()),
  grantedPortalPatterns: vi.fn(async () => ['https://portal.example.com/*', '*://*.example.org/*']),
}));

const downloads: { text: string; name: string }[] = [];
vi.mock('../../../../lib/case-log/download', () => ({
  downloadFile: (text: string, name: string) => downloads.push({ text, name }),
}));

const VOID = cnPosDefault.rules.findIndex((r) => r.id === 'card-void');
const BEIJING_CN = cnPosDefault.name;

function renderRuleSets(settings: Settings = DEFAULT_SETTINGS, lang: 'en' | 'zh' = 'en') {
  const onSettingsSaved = vi.fn();
  const view = render(
    <RuleSets t={translator(lang)} lang={lang} settings={settings} onSettingsSaved={onSettingsSaved} />,
  );
  return { ...view, onSettingsSaved };
}

/** The stored custom sets (built-ins excluded). */
async function customSets(): Promise<RuleSet[]> {
  return (await loadRuleSets()).sets.filter((s) => s.id !== cnPosDefault.id && s.id !== intlCardDefault.id);
}

const editor = () => screen.getByRole('region', { name: /a copy of|^Edit / });
const ruleGroup = (index: number) => within(editor()).getByRole('group', { name: new RegExp(`^Rule ${index + 1}:`) });
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });
const errorOf = (input: HTMLElement) => {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return (
    ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'))?.textContent ??
    null
  );
};

async function openCopyOfCnPos() {
  fireEvent.click(await screen.findByRole('button', { name: `Edit a copy of ${BEIJING_CN}` }));
  return editor();
}

async function clickSave() {
  await act(async () => fireEvent.click(within(editor()).getByRole('button', { name: 'Save rule set' })));
}

beforeEach(() => {
  fakeBrowser.reset();
  downloads.length = 0;
});
afterEach(cleanup);

describe('RuleSets: the list', () => {
  it('marks the built-in sets read-only and offers no edit-in-place or delete for them', async () => {
    renderRuleSets();
    const items = await screen.findAllByRole('listitem');
    const builtIns = items.filter((li) => within(li).queryByText('Built-in (read-only)'));
    expect(builtIns).toHaveLength(2);
    for (const li of builtIns) {
      expect(within(li).getByRole('button', { name: /^Edit a copy of/ })).toBeTruthy();
      expect(within(li).queryByRole('button', { name: /^Edit (?!a copy)/ })).toBeNull();
      expect(within(li).queryByRole('button', { name: /^Delete/ })).toBeNull();
    }
  });

  it('exports a set as a JSON file that reads back as the same set', async () => {
    renderRuleSets();
    fireEvent.click(await screen.findByRole('button', { name: `Export ${intlCardDefault.name} as JSON` }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('intl-card-default-v1.json');
    expect(JSON.parse(downloads[0]!.text)).toEqual(intlCardDefault);
  });
});

describe('RuleSets: editing a copy', () => {
  it('shows a bad zone at the zone field, stores nothing, and focuses the field', async () => {
    renderRuleSets();
    const form = await openCopyOfCnPos();
    const zone = within(form).getByLabelText('Time zone (IANA)');
    type(zone, 'Mars/Olympus_Mons');
    await clickSave();
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(zone)).toBe('not an IANA time zone');
    expect(document.activeElement).toBe(zone);
    expect(within(form).getByRole('alert').textContent).toMatch(/Problems to fix: 1 /);
    expect(await customSets()).toEqual([]);
  });

  it.each([
    ['25:00', 'HH:MM, 00:00–23:59'],
    ['9:30', 'HH:MM, 00:00–23:59'],
    ['', 'HH:MM, 00:00–23:59'],
  ])('shows the cut-off %j as wrong at the void rule’s cut-off field', async (value, message) => {
    renderRuleSets();
    await openCopyOfCnPos();
    const cutoff = within(ruleGroup(VOID)).getByLabelText('Cut-off (HH:MM)');
    type(cutoff, value);
    await clickSave();
    expect(cutoff.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(cutoff)).toBe(message);
    expect(await customSets()).toEqual([]);
  });

  it('saves a valid copy with a new id and version 1, and leaves the built-in as it was', async () => {
    const before = JSON.stringify(cnPosDefault);
    renderRuleSets();
    const form = await openCopyOfCnPos();
    type(within(form).getByLabelText('Name'), 'Shop 7 rules');
    type(within(ruleGroup(VOID)).getByLabelText('Cut-off (HH:MM)'), '21:30');
    await clickSave();
    await waitFor(() => expect(screen.queryByRole('region', { name: /a copy of/ })).toBeNull());
    const [saved] = await customSets();
    expect(saved).toMatchObject({ id: 'cn-pos-default-copy', version: 1, name: 'Shop 7 rules' });
    expect(saved!.rules[VOID]!.window).toEqual({ kind: 'cutoff', at: '21:30' });
    expect(saved!.rules.filter((_, i) => i !== VOID)).toEqual(cnPosDefault.rules.filter((_, i) => i !== VOID));
    expect(JSON.stringify(cnPosDefault)).toBe(before);
    expect(screen.getByText('Saved Shop 7 rules (cn-pos-default-copy, version 1).')).toBeTruthy();
    const item = (await screen.findByText('Shop 7 rules')).closest('li')!;
    expect(within(item).getByText('Custom')).toBeTruthy();
  });

  it.each([
    ['6000', 600_000],
    ['6,000.5', 600_050],
    ['0.01', 1],
  ])('reads the threshold %j in yuan as %i fen', async (text, minor) => {
    renderRuleSets();
    const form = await openCopyOfCnPos();
    const threshold = within(form).getByLabelText('Escalation threshold (CNY)');
    expect((threshold as HTMLInputElement).value).toBe('5000.00');
    type(threshold, text);
    await clickSave();
    await waitFor(async () => expect((await customSets())[0]?.escalationThresholdMinor).toBe(minor));
  });

  it.each(['abc', '0', '-5', '12.345'])('refuses the threshold %j at its field', async (text) => {
    renderRuleSets();
    const form = await openCopyOfCnPos();
    const threshold = within(form).getByLabelText('Escalation threshold (CNY)');
    type(threshold, text);
    await clickSave();
    expect(threshold.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(threshold)).toMatch(/at most 2 decimals/);
    expect(await customSets()).toEqual([]);
  });

  it.each<[string, string, string, (s: RuleSet) => unknown, unknown]>([
    ['days', 'Days', '45', (s) => s.rules[VOID]!.window, { kind: 'days', n: 45 }],
    ['months', 'Months', '6', (s) => s.rules[VOID]!.window, { kind: 'months', n: 6 }],
  ])('switches the void window to %s', async (kind, label, n, pick, expected) => {
    renderRuleSets();
    await openCopyOfCnPos();
    const group = ruleGroup(VOID);
    fireEvent.change(within(group).getByLabelText('Window'), { target: { value: kind } });
    type(within(group).getByLabelText(label), n);
    await clickSave();
    await waitFor(async () => expect(pick((await customSets())[0]!)).toEqual(expected));
  });

  it('shows a day count of 0 at the days field', async () => {
    renderRuleSets();
    await openCopyOfCnPos();
    const group = ruleGroup(VOID);
    fireEvent.change(within(group).getByLabelText('Window'), { target: { value: 'days' } });
    const days = within(group).getByLabelText('Days');
    type(days, '0');
    await clickSave();
    expect(errorOf(days)).toBe('must be a positive whole number');
  });

  it('edits evidence, match conditions and the contact', async () => {
    renderRuleSets();
    await openCopyOfCnPos();
    const group = ruleGroup(VOID);
    fireEvent.click(
      within(within(group).getByRole('group', { name: 'Required evidence' })).getByLabelText('supervisor approval'),
    );
    fireEvent.click(
      within(within(group).getByRole('group', { name: 'Required evidence' })).getByLabelText('screenshot'),
    );
    fireEvent.click(
      within(within(group).getByRole('group', { name: /^Payment methods/ })).getByLabelText('UnionPay QR'),
    );
    fireEvent.change(within(group).getByLabelText('Settlement'), { target: { value: 'any' } });
    type(within(group).getByLabelText('Contact phone'), '95516');
    type(within(group).getByLabelText('Contact URL'), 'https://acquirer.example.com/help');
    await clickSave();
    await waitFor(async () => expect(await customSets()).toHaveLength(1));
    const rule = (await customSets())[0]!.rules[VOID]!;
    expect(rule.requiredEvidence).toEqual(['receipt', 'screenshot']);
    expect(rule.match.paymentMethods).toEqual(['card', 'unionpay_qr']);
    expect(rule.match).not.toHaveProperty('settled');
    expect(rule.contact).toEqual({
      ...cnPosDefault.rules[VOID]!.contact,
      phone: '95516',
      url: 'https://acquirer.example.com/help',
    });
  });

  it('shows a bad contact URL at its field', async () => {
    renderRuleSets();
    await openCopyOfCnPos();
    const url = within(ruleGroup(VOID)).getByLabelText('Contact URL');
    type(url, 'ftp://acquirer.example.com');
    await clickSave();
    expect(errorOf(url)).toBe('must be an http or https address');
  });

  it('reorders rules, and shows a guard moved below a rule at that rule', async () => {
    renderRuleSets();
    await openCopyOfCnPos();
    fireEvent.click(within(ruleGroup(VOID)).getByRole('button', { name: `Move rule ${VOID + 1} down` }));
    await clickSave();
    await waitFor(async () => expect(await customSets()).toHaveLength(1));
    const order = (await customSets())[0]!.rules.map((r) => r.id);
    expect(order.slice(VOID, VOID + 2)).toEqual(['card-refund', 'card-void']);

    await openCopyOfCnPos();
    const lastGuard = VOID - 1;
    fireEvent.click(within(ruleGroup(lastGuard)).getByRole('button', { name: `Move rule ${lastGuard + 1} down` }));
    await clickSave();
    const moved = ruleGroup(lastGuard + 1);
    expect(moved.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(moved.getAttribute('aria-describedby')!)!.textContent).toBe(
      'guard: guards come before other rules',
    );
  });

  it('speaks Chinese, errors included, when the UI is Chinese', async () => {
    renderRuleSets(DEFAULT_SETTINGS, 'zh');
    fireEvent.click(await screen.findByRole('button', { name: `编辑副本：${BEIJING_CN}` }));
    const form = screen.getByRole('region', { name: /的副本/ });
    const zone = within(form).getByLabelText('时区（IANA）');
    type(zone, 'Nowhere');
    await clickSaveIn(form, '保存规则集');
    expect(errorOf(zone)).toBe('不是 IANA 时区名（例如 Asia/Shanghai）');
  });
});

async function clickSaveIn(form: HTMLElement, name: string) {
  await act(async () => fireEvent.click(within(form).getByRole('button', { name })));
}

describe('RuleSets: import', () => {
  const importText = async (text: string, name = 'rules.json') => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await act(async () =>
      fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } }),
    );
  };

  it('lists every problem of a bad file with its path, and stores nothing', async () => {
    renderRuleSets();
    await screen.findAllByRole('listitem');
    const bad = JSON.parse(exportRuleSetJson(copyRuleSet(cnPosDefault, []))) as {
      zone: string;
      rules: { window: unknown }[];
    };
    bad.zone = 'Nowhere';
    bad.rules[VOID + 1]!.window = { kind: 'months', n: 0 };
    await importText(JSON.stringify(bad), 'shop.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('shop.json is not a valid rule set');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'zone: not an IANA time zone',
      `rules[${VOID + 1}].window.n: must be a positive whole number`,
    ]);
    expect(await customSets()).toEqual([]);
  });

  it('refuses a file too large to be a rule set without reading it', async () => {
    renderRuleSets();
    await screen.findAllByRole('listitem');
    await importText(`{"pad":"${'x'.repeat(1_000_000)}"}`, 'huge.json');
    expect((await screen.findByRole('alert')).textContent).toContain('The file is too large to be a rule set.');
    expect(await customSets()).toEqual([]);
  });

  it('imports a valid custom set', async () => {
    renderRuleSets();
    await screen.findAllByRole('listitem');
    const custom = { ...copyRuleSet(intlCardDefault, []), id: 'store-12', name: 'Store 12' };
    await importText(exportRuleSetJson(custom));
    await waitFor(async () => expect(await customSets()).toEqual([custom]));
    expect(await screen.findByText('Store 12')).toBeTruthy();
  });

  it('imports a file carrying a built-in id as a copy, leaving the built-in alone', async () => {
    renderRuleSets();
    await screen.findAllByRole('listitem');
    const tweaked = { ...structuredClone(cnPosDefault), escalationThresholdMinor: 100 };
    await importText(exportRuleSetJson(tweaked));
    await waitFor(async () =>
      expect((await customSets()).map((s) => [s.id, s.escalationThresholdMinor])).toEqual([
        ['cn-pos-default-copy', 100],
      ]),
    );
    expect(cnPosDefault.escalationThresholdMinor).toBe(500_000);
    expect(screen.getByText(/imported as a copy: cn-pos-default-copy/)).toBeTruthy();
  });
});

describe('RuleSets: the active set per portal', () => {
  it('lists granted and assigned origins, and stores a choice', async () => {
    await fakeBrowser.storage.local.set({ customRuleSets: [{ ...copyRuleSet(cnPosDefault, []), name: 'Shop 7' }] });
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      ruleSetByOrigin: { 'http://127.0.0.1:8710': 'intl-card-default' },
    };
    const { onSettingsSaved } = renderRuleSets(settings);
    const granted = await screen.findByLabelText('https://portal.example.com');
    expect(screen.getByLabelText('http://127.0.0.1:8710')).toHaveProperty('value', 'intl-card-default');
    expect(screen.queryByLabelText(/example\.org/)).toBeNull();
    await screen.findAllByRole('option', { name: /Shop 7/, hidden: true });
    await act(async () => fireEvent.change(granted, { target: { value: 'cn-pos-default-copy' } }));
    const expected = { ...settings.ruleSetByOrigin, 'https://portal.example.com': 'cn-pos-default-copy' };
    expect(onSettingsSaved).toHaveBeenCalledWith(expect.objectContaining({ ruleSetByOrigin: expected }));
    expect((await loadSettings()).ruleSetByOrigin).toEqual(expected);
  });

  it('adds an origin typed by the agent, refusing one that is not a web address', async () => {
    renderRuleSets();
    const input = await screen.findByLabelText('Portal to choose a rule set for');
    type(input, 'ftp://files.example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Add portal' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(input)).toMatch(/web address/);
    type(input, 'shop.example.net/orders');
    fireEvent.click(screen.getByRole('button', { name: 'Add portal' }));
    const select = screen.getByLabelText('https://shop.example.net');
    await act(async () => fireEvent.change(select, { target: { value: 'intl-card-default' } }));
    expect((await loadSettings()).ruleSetByOrigin).toEqual({ 'https://shop.example.net': 'intl-card-default' });
  });

  it('clears an origin’s choice back to the default, and changes the default', async () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      ruleSetByOrigin: { 'https://portal.example.com': 'intl-card-default' },
    };
    const { onSettingsSaved } = renderRuleSets(settings);
    const select = await screen.findByLabelText('https://portal.example.com');
    await act(async () => fireEvent.change(select, { target: { value: '' } }));
    expect(onSettingsSaved).toHaveBeenLastCalledWith(expect.objectContaining({ ruleSetByOrigin: {} }));
    await act(async () =>
      fireEvent.change(screen.getByLabelText('Default (every other portal)'), {
        target: { value: 'intl-card-default' },
      }),
    );
    expect((await loadSettings()).defaultRuleSetId).toBe('intl-card-default');
  });
});
