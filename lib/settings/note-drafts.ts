import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { Scrubber, type IdMask } from '../extract/mask';

const NoteDraft = z.string().max(20_000);

// Session storage outlives the panel and the service worker but never reaches the disk, and a card or ID
// number typed into a draft is masked before it is kept at all.
const key = (caseId: string) => `session:noteDraft:${caseId}` as const;

/** The note an agent had started on a case and not yet added; '' when there is none or it cannot be read. */
export async function loadNoteDraft(caseId: string): Promise<string> {
  try {
    const parsed = NoteDraft.safeParse(await storage.getItem(key(caseId)));
    return parsed.success ? parsed.data : '';
  } catch {
    // Without session storage (an old browser) no draft was ever kept, so there is none to give back.
    return '';
  }
}

/** Keeps (masked) or, for blank text, forgets the draft note of a case; a draft that cannot be kept is not an error. */
export async function saveNoteDraft(caseId: string, text: string, idMask: IdMask): Promise<void> {
  if (!text.trim()) return forgetNoteDraft(caseId);
  try {
    await storage.setItem(key(caseId), new Scrubber(idMask).scrub(text.slice(0, 20_000)));
  } catch {
    // Without session storage (an old browser) the draft lives only as long as the panel.
  }
}

/** Forgets the draft note of a case, as when the note is added or the case deleted. */
export async function forgetNoteDraft(caseId: string): Promise<void> {
  try {
    await storage.removeItem(key(caseId));
  } catch {
    // Nothing was kept where session storage is missing.
  }
}
