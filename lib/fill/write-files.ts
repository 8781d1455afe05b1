import { structuralLocator } from '../dom/locator';
import type { FillFile } from '../schema/fill';
import { clip } from '../format/text';
import { yieldToPage } from './dom-events';
import type { Field } from './fill-types';
import { validationMessage } from './read-field';
import { notWritten, type WriteResult } from './write-result';

type View = Window & typeof globalThis;

/** The bytes of a base64 string (files reach the content script as JSON). */
export function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Whether a file is one an input's `accept` list allows (".pdf", "image/*", "application/pdf"). */
export function accepts(accept: string, file: Pick<FillFile, 'name' | 'type'>): boolean {
  const tokens = accept
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((t) =>
    t.startsWith('.') ? name.endsWith(t) : t.endsWith('/*') ? type.startsWith(t.slice(0, -1)) : type === t,
  );
}

const names = (input: HTMLInputElement) => [...(input.files ?? [])].map((f) => f.name);

/** Sends the events a file chooser ends with. */
function announce(input: HTMLInputElement): void {
  const v = (input.ownerDocument.defaultView ?? globalThis) as View;
  input.dispatchEvent(new v.Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new v.Event('change', { bubbles: true }));
}

/** Empties a file input, as its own "remove" would. */
export function clearFiles(input: HTMLInputElement): void {
  input.value = '';
  announce(input);
}

/** Puts the evidence files into a file input through a DataTransfer, so the page sees a user's choice. */
export async function writeFiles(field: Field, files: readonly FillFile[]): Promise<WriteResult> {
  const input = field.el as HTMLInputElement;
  const v = (input.ownerDocument.defaultView ?? globalThis) as View;
  const wanted = files.map((f) => f.name);
  const before = names(input);
  if (before.length === wanted.length && before.every((n, i) => n === wanted[i]))
    return notWritten('skipped', 'same_value', { value: before.join(', ') });
  if (!input.multiple && files.length > 1)
    return notWritten('failed', 'too_many_files', { message: `${files.length}` });
  const accept = input.getAttribute('accept') ?? '';
  const refused = files.find((f) => !accepts(accept, f));
  if (refused) return notWritten('failed', 'file_type', { value: refused.name, message: clip(accept, 500) });
  if (typeof v.DataTransfer !== 'function' || typeof v.File !== 'function') return notWritten('failed', 'unsupported');
  const transfer = new v.DataTransfer();
  for (const f of files) transfer.items.add(new v.File([decodeBase64(f.base64)], f.name, { type: f.type }));
  input.files = transfer.files;
  announce(input);
  await yieldToPage();
  const holds = () => {
    const now = names(input);
    return now.length === wanted.length && now.every((n, i) => n === wanted[i]);
  };
  const entry = {
    kind: 'files' as const,
    locator: structuralLocator(input),
    before: before.length,
    after: names(input).length,
  };
  const value = clip(wanted.join(', '), 4000);
  if (!holds()) return notWritten('failed', 'not_accepted', { value: names(input).join(', ') });
  const message = validationMessage(field);
  if (message) return notWritten('failed', 'invalid', { value, message, entry });
  return { outcome: 'filled', value, entry, holds };
}
