import { percentDecoded } from '../sensitive/percent-decoded';
import { Scrubber, type IdMask } from '../extract/mask';

/**
 * A page address as the case log keeps it: read as a person reads it (percent escapes decoded, so "%20" or
 * "%EF%BC%94" hide nothing), card and ID numbers masked, at most 4,000 characters.
 */
export function maskedUrl(url: string | undefined, idMask: IdMask): string {
  return new Scrubber(idMask).scrub(percentDecoded(url ?? '')).slice(0, 4000);
}
