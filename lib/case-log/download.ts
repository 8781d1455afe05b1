/**
 * Object URLs stay alive long enough for the download or the new tab to read them, and no longer than the
 * page that made them (or the given signal) lives.
 */
function revokeLater(url: string, signal?: AbortSignal, ms = 60_000): void {
  const revoke = () => URL.revokeObjectURL(url);
  const timer = setTimeout(revoke, ms);
  signal?.addEventListener('abort', () => {
    clearTimeout(timer);
    revoke();
  });
}

const blobOf = (data: string | Uint8Array, type: string) =>
  new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type });

/** Saves data as a file through the browser's downloads, via an object URL and an <a download>. */
export function downloadFile(data: string | Uint8Array, name: string, type: string, signal?: AbortSignal): void {
  const url = URL.createObjectURL(blobOf(data, type));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  revokeLater(url, signal);
}

/** Opens an HTML page built by the extension in a new tab, from a blob URL; false when the browser blocked it. */
export function openHtmlInNewTab(html: string, signal?: AbortSignal): boolean {
  const url = URL.createObjectURL(blobOf(html, 'text/html;charset=utf-8'));
  const opened = window.open(url, '_blank');
  revokeLater(url, signal);
  return opened !== null;
}
