import { z } from 'zod';
import { describeError, formatZodError } from '../errors';
import type { OrderKey } from '../schema/capture';
import type { FillKey } from '../schema/fill';
import { SiteProfile, type FieldLocator } from '../schema/site-profile';
import { repair } from './repair';
import { defineVersionedItem, type Versions } from './versioned-item';

/** Version 1 is the only shape so far. */
export const SITE_PROFILES_VERSIONS: Versions = { version: 1, migrations: {} };

/** Read raw: the origins whose profiles cannot be used are reported to the agent, not silently dropped. */
export const siteProfilesItem = defineVersionedItem('local:siteProfiles', z.unknown(), SITE_PROFILES_VERSIONS);

const SiteProfiles = z.record(z.string(), SiteProfile).default({});

/** Site profiles as stored, keyed by origin; entries that fail validation are reported, not used. */
export async function loadSiteProfiles(): Promise<{ profiles: Record<string, SiteProfile>; invalid: string[] }> {
  const raw = await siteProfilesItem.load();
  const valid = Object.entries(repair(SiteProfiles, raw)).filter(([origin, profile]) => profile.origin === origin);
  const profiles = Object.fromEntries(valid);
  const stored = typeof raw === 'object' && raw !== null ? Object.keys(raw) : [];
  return { profiles, invalid: stored.filter((origin) => !Object.hasOwn(profiles, origin)) };
}

/** The profile of one portal origin, if the agent taught or configured it. */
export async function siteProfileFor(origin: string): Promise<SiteProfile | undefined> {
  return (await loadSiteProfiles()).profiles[origin];
}

/** Stores one profile (validated). */
export async function saveSiteProfile(profile: SiteProfile): Promise<void> {
  const valid = SiteProfile.parse(profile);
  const { profiles } = await loadSiteProfiles();
  await siteProfilesItem.store({ ...profiles, [valid.origin]: valid });
}

/** Forgets a portal's profile. */
export async function deleteSiteProfile(origin: string): Promise<void> {
  const { profiles } = await loadSiteProfiles();
  delete profiles[origin];
  await siteProfilesItem.store(profiles);
}

/** Records where a field sits on a portal; taught locators win over heuristics at the next capture. */
export async function teachField(
  origin: string,
  key: OrderKey,
  locators: FieldLocator[],
  zone: string,
): Promise<SiteProfile> {
  const existing = await siteProfileFor(origin);
  const profile: SiteProfile = {
    ...(existing ?? { origin, zone, fields: {} }),
    fields: { ...(existing?.fields ?? {}), [key]: locators },
  };
  await saveSiteProfile(profile);
  return profile;
}

/** Records which form field takes a key on a portal; the filler uses it before reading any label. */
export async function pinFormField(origin: string, key: FillKey, selector: string, zone: string): Promise<SiteProfile> {
  const existing = await siteProfileFor(origin);
  const base = existing ?? { origin, zone, fields: {} };
  const formPins = [...(base.formPins ?? []).filter((p) => p.key !== key), { key, selector }];
  const profile: SiteProfile = { ...base, formPins };
  await saveSiteProfile(profile);
  return profile;
}

/** Forgets a taught field. */
export async function forgetField(origin: string, key: OrderKey): Promise<void> {
  const existing = await siteProfileFor(origin);
  if (!existing) return;
  const fields = { ...existing.fields };
  delete fields[key];
  await saveSiteProfile({ ...existing, fields });
}

const ProfileFile = z.object({
  kind: z.literal('canceldesk-site-profiles'),
  version: z.literal(1),
  profiles: z.array(SiteProfile),
});

/** All profiles as a JSON file for another agent or machine. */
export async function exportSiteProfiles(): Promise<string> {
  const { profiles } = await loadSiteProfiles();
  return JSON.stringify({ kind: 'canceldesk-site-profiles', version: 1, profiles: Object.values(profiles) }, null, 2);
}

/** Reads a profiles file; nothing is stored unless every profile is valid. */
export async function importSiteProfiles(
  text: string,
): Promise<{ ok: true; count: number } | { ok: false; error: string }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON: ${describeError(e)}` };
  }
  const parsed = ProfileFile.safeParse(json);
  if (!parsed.success) return { ok: false, error: formatZodError(parsed.error) };
  const { profiles } = await loadSiteProfiles();
  for (const p of parsed.data.profiles) profiles[p.origin] = p;
  await siteProfilesItem.store(profiles);
  return { ok: true, count: parsed.data.profiles.length };
}
