import { mkdir, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_KIND } from '../../../src/node/report/files.ts';
import { recoverInterruptedSwap } from '../../../src/node/report/output-folder.ts';

async function fakeReport(dir: string, marker: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ kind: MANIFEST_KIND, outputs: [{ file: 'a.txt' }] }));
  await writeFile(join(dir, 'a.txt'), marker);
}

describe('recovering from a run killed in the middle of the swap', () => {
  it('puts the earlier report back when the kill fell between the two renames', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'chitieu-swap-'));
    await fakeReport(join(parent, '.report.chitieu-old-abc123'), 'earlier');
    const recovery = await recoverInterruptedSwap(join(parent, 'report'));
    expect(recovery.restored).toBe('.report.chitieu-old-abc123');
    expect(await readFile(join(parent, 'report', 'a.txt'), 'utf8')).toBe('earlier');
    expect(await readdir(parent)).toEqual(['report']);
  });

  it('deletes reports left aside after a finished swap, and old builds, but nothing else', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'chitieu-swap-'));
    await fakeReport(join(parent, 'report'), 'new');
    await fakeReport(join(parent, '.report.chitieu-old-aaa'), 'earlier');
    await mkdir(join(parent, '.report.chitieu-tmp-old'));
    await mkdir(join(parent, '.report.chitieu-tmp-young'));
    await mkdir(join(parent, '.other.chitieu-old-x'));
    await writeFile(join(parent, 'notes.txt'), 'mine');
    const hourAgo = new Date(Date.now() - 2 * 3_600_000);
    await utimes(join(parent, '.report.chitieu-tmp-old'), hourAgo, hourAgo);
    const recovery = await recoverInterruptedSwap(join(parent, 'report'));
    expect(recovery.restored).toBeNull();
    expect(recovery.removed.sort()).toEqual(['.report.chitieu-old-aaa', '.report.chitieu-tmp-old']);
    expect((await readdir(parent)).sort()).toEqual([
      '.other.chitieu-old-x',
      '.report.chitieu-tmp-young',
      'notes.txt',
      'report',
    ]);
    expect(await readFile(join(parent, 'report', 'a.txt'), 'utf8')).toBe('new');
  });
});
