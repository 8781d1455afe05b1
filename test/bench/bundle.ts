import { build } from 'esbuild';

const cache = new Map<string, string>();

/**
 * Bundles TypeScript source (imports resolved from the repo root) into a script that sets
 * `window[globalName]`, so a benchmark can run lib code inside a real page.
 */
export async function bundleForPage(globalName: string, source: string): Promise<string> {
  const key = `${globalName}\n${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  cache.set(key, code);
  return code;
}
