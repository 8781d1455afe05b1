import { zoneRules } from '../../lib/capture/zone-rules';
import { ZoneClock } from '../../lib/capture/parse-time';

/** The page's clock for a zone, with the offsets the panel sends it. */
export function clockIn(zone: string): ZoneClock {
  const rules = zoneRules(zone);
  if (!rules) throw new Error(`unknown zone ${zone}`);
  return new ZoneClock(zone, rules);
}
