/**
 * The bundled `data/` folder is exactly what the generator writes with the default seed: every
 * file, byte for byte, the .xlsx workbook included. Regenerate with `npm run data:generate` after a
 * change to the generator.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../../src/node/data/generate.ts';
import { writeDataset } from '../../../src/node/data/write.ts';

const DATA = join(import.meta.dirname, '../../../data');

describe('data/ is reproduced by the generator', () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chitieu-data-'));
    ({ files } = await writeDataset(dir, DEFAULT_SEED));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the same set of files as data/ holds', async () => {
    expect((await readdir(DATA)).sort()).toEqual([...files].sort());
  });

  it('writes every file byte for byte as committed', async () => {
    for (const file of files) {
      const committed = await readFile(join(DATA, file));
      const generated = await readFile(join(dir, file));
      expect(generated.equals(committed), `${file} differs from data/${file}: run npm run data:generate`).toBe(true);
    }
  });

  it('writes identical bytes on a second run (the workbook too)', async () => {
    const again = await mkdtemp(join(tmpdir(), 'chitieu-data-'));
    try {
      await writeDataset(again, DEFAULT_SEED);
      for (const file of files) {
        expect((await readFile(join(again, file))).equals(await readFile(join(dir, file))), file).toBe(true);
      }
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });
});
