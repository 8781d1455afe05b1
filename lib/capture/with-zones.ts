import type { ZoneRules } from '../schema/messages';
import { zoneRules } from './zone-rules';

/**
 * A capture request with the offsets of the zones the page may read times in: the site profile's zone, else
 * the requested one. A zone Temporal does not know gets none, and the page says so and reads Beijing time.
 */
export function withZones<T extends { zone: string; profile?: unknown }>(
  options: T,
): T & { zones: Record<string, ZoneRules> } {
  const zones: Record<string, ZoneRules> = {};
  const profileZone = (options?.profile as { zone?: unknown } | undefined)?.zone;
  const zone = typeof profileZone === 'string' ? profileZone : options?.zone;
  for (const name of [zone, 'Asia/Shanghai']) {
    const rules = typeof name === 'string' ? zoneRules(name) : null;
    if (rules && name) zones[name] = rules;
  }
  return { ...options, zones };
}
