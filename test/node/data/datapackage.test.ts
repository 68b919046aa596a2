/**
 * `data/datapackage.json` describes the CSV files as they are: one resource per table, the header
 * row equal to the schema's fields, and the recorded size and SHA-256 those of the file.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../../src/core/types.ts';
import { DEFAULT_SEED } from '../../../src/node/data/generate.ts';

const DATA = join(import.meta.dirname, '../../../data');

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: { fields: { name: string; type: string; description: string }[]; primaryKey: string[] };
}

describe('datapackage.json', async () => {
  const pkg = JSON.parse(await readFile(join(DATA, 'datapackage.json'), 'utf8')) as Record<string, unknown> & {
    resources: Resource[];
  };

  it('says the data are synthetic, on police periods, to the cut-off, with generator and seed', () => {
    expect(pkg).toMatchObject({ synthetic: true, periods: 'police', cutoff: '2026-10-14', seed: DEFAULT_SEED });
    expect(pkg.title).toMatch(/SYNTHETIC/);
    expect(pkg.title).toMatch(/MÔ PHỎNG/);
    expect(typeof pkg.generator).toBe('string');
  });

  it('has one resource per table, describing its file', async () => {
    expect(pkg.resources.map((r) => r.name)).toEqual([...TABLE_NAMES]);
    for (const r of pkg.resources) {
      const bytes = await readFile(join(DATA, r.path));
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      const header = bytes.toString('utf8').split('\n')[0]!.split(',');
      expect(
        r.schema.fields.map((f) => f.name),
        r.path,
      ).toEqual(header);
      for (const f of r.schema.fields) {
        expect(['string', 'integer', 'number', 'date']).toContain(f.type);
        expect(f.description.length).toBeGreaterThan(0);
      }
      for (const k of r.schema.primaryKey) expect(header).toContain(k);
    }
  });

  it('goes with CSV files in UTF-8 without BOM and with LF line ends', async () => {
    for (const r of pkg.resources) {
      const bytes = await readFile(join(DATA, r.path));
      expect(bytes[0], r.path).not.toBe(0xef);
      expect(bytes.includes(0x0d), r.path).toBe(false);
      expect(bytes[bytes.length - 1], r.path).toBe(0x0a);
    }
  });
});
