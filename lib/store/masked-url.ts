import { Scrubber, type IdMask } from '../extract/mask';

/** A page address as the case log keeps it: card and ID numbers masked, at most 4,000 characters. */
export function maskedUrl(url: string | undefined, idMask: IdMask): string {
  return new Scrubber(idMask).scrub(url ?? '').slice(0, 4000);
}
