import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../lib/db/event-chain';
import { casesToZip } from '../../../lib/export/cases-to-zip';
import { makeRichBundle } from '../../builders/case';

describe('casesToZip', () => {
  it('holds one JSON per case, the evidence files, and a manifest of their SHA-256', async () => {
    const bundles = [
      await makeRichBundle({ orderNo: 'A-1' }),
      await makeRichBundle({ orderNo: 'B-2', evidenceName: '../../etc/passwd' }),
    ];
    const files = unzipSync(casesToZip(bundles, { now: new Date('2026-11-25T00:00:00.000Z') }));
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as {
      files: Record<string, string>;
      createdAt: string;
    };
    expect(manifest.createdAt).toBe('2026-11-25T00:00:00.000Z');
    const paths = Object.keys(files)
      .filter((p) => p !== 'manifest.json')
      .sort();
    expect(Object.keys(manifest.files).sort()).toEqual(paths);
    for (const path of paths) expect(manifest.files[path]).toBe(sha256Hex(files[path] ?? new Uint8Array()));
    for (const b of bundles) {
      expect(paths).toContain(`cases/${b.case.id}.json`);
      const item = b.evidence[0];
      const stored = paths.find((p) => p.startsWith(`evidence/${b.case.id}/${item?.id}`));
      expect(stored && [...(files[stored] ?? [])]).toEqual([...(b.bytes[item?.id ?? ''] ?? [])]);
    }
    expect(paths.flatMap((p) => p.split('/')).filter((segment) => segment === '..' || segment.startsWith('.'))).toEqual(
      [],
    );
  });
});
