import { useCallback, useEffect, useState } from 'react';
import { fieldLabel, type Translate } from '../../lib/i18n';
import { SiteProfile } from '../../lib/schema/site-profile';
import {
  deleteSiteProfile,
  exportSiteProfiles,
  importSiteProfiles,
  loadSiteProfiles,
  saveSiteProfile,
} from '../../lib/settings/site-profiles';
import { Button } from '../ui/button';
import { downloadFile } from '../../lib/case-log/download';
import { Card } from '../ui/card';
import { SelectField, TextField } from '../ui/field';

type DateOrder = NonNullable<SiteProfile['dateOrder']>;
const DATE_ORDERS = SiteProfile.shape.dateOrder.unwrap().options;
/** Date orders are shown as the pattern itself, the same in every UI language. */
const DATE_PATTERNS: Record<DateOrder, string> = { ymd: 'YYYY-MM-DD', dmy: 'DD/MM/YYYY', mdy: 'MM/DD/YYYY' };

/** Portal profiles: their zone, date order and currency, and the fields the agent taught. */
export function SiteProfiles({ t }: { t: Translate }) {
  const [profiles, setProfiles] = useState<SiteProfile[]>([]);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const refresh = useCallback(() => void loadSiteProfiles().then((r) => setProfiles(Object.values(r.profiles))), []);
  useEffect(refresh, [refresh]);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await importSiteProfiles(await file.text());
    setMessage(
      result.ok
        ? { text: t('profilesImported', { count: result.count }), error: false }
        : { text: t('profilesImportFailed', { detail: result.error }), error: true },
    );
    refresh();
  };

  return (
    <Card id="profiles-heading" title={t('siteProfiles')}>
      <p className="muted small">{t('siteProfilesHelp')}</p>
      {profiles.length === 0 && <p className="muted">{t('noProfiles')}</p>}
      {profiles.map((p) => (
        <ProfileEditor key={p.origin} t={t} profile={p} onChanged={refresh} />
      ))}
      <div className="actions">
        <Button
          onClick={() =>
            void exportSiteProfiles().then((json) =>
              downloadFile(json, 'canceldesk-site-profiles.json', 'application/json'),
            )
          }
        >
          {t('exportProfiles')}
        </Button>
        <label className="btn btn-secondary">
          {t('importProfiles')}
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </label>
      </div>
      <p role="status" className={message?.error ? 'field-error' : 'small muted'}>
        {message?.text ?? ''}
      </p>
    </Card>
  );
}

function ProfileEditor({ t, profile, onChanged }: { t: Translate; profile: SiteProfile; onChanged: () => void }) {
  const [zone, setZone] = useState(profile.zone);
  const [dateOrder, setDateOrder] = useState<DateOrder | ''>(profile.dateOrder ?? '');
  const [currency, setCurrency] = useState(profile.currency ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const id = (f: string) => `profile-${profile.origin}-${f}`;

  const save = async () => {
    const parsed = SiteProfile.safeParse({
      ...profile,
      zone,
      dateOrder: dateOrder || undefined,
      currency: currency || undefined,
    });
    if (!parsed.success)
      return setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
    setErrors({});
    await saveSiteProfile(parsed.data);
    onChanged();
  };

  return (
    <fieldset className="profile">
      <legend className="mono">{profile.origin}</legend>
      <TextField id={id('zone')} label={t('portalZone')} value={zone} error={errors.zone} onChange={setZone} />
      <SelectField
        id={id('order')}
        label={t('dateOrder')}
        value={dateOrder}
        choices={DATE_ORDERS}
        words={(o) => DATE_PATTERNS[o]}
        empty={t('unset')}
        onChange={setDateOrder}
      />
      <TextField
        id={id('currency')}
        label={t('portalCurrency')}
        value={currency}
        placeholder="CNY"
        error={errors.currency}
        onChange={(text) => setCurrency(text.toUpperCase())}
      />
      <p className="small muted">
        {t('taughtFields')}:{' '}
        {Object.keys(profile.fields)
          .map((k) => fieldLabel(t, k))
          .join(', ') || t('unset')}
      </p>
      <div className="actions">
        <Button variant="primary" onClick={() => void save()}>
          {t('save')}
        </Button>
        <Button
          onClick={() => void deleteSiteProfile(profile.origin).then(onChanged)}
          aria-label={t('deleteProfile', { origin: profile.origin })}
        >
          {t('remove')}
        </Button>
      </div>
    </fieldset>
  );
}
