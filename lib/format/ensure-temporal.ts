/**
 * Makes the global `Temporal` available before any code that uses it runs. Chromium 144+ and Firefox 139+ have
 * it built in; elsewhere the polyfill is loaded, as its own chunk, so browsers that have Temporal never download
 * the 18 kB (gzipped) it costs. Extension pages await this before they render.
 */
export async function ensureTemporal(): Promise<void> {
  if (typeof globalThis.Temporal === 'undefined') await import('temporal-polyfill/global');
}
