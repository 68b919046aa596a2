import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in JavaScript, without types
import { DRAWING_ENTRY, drawingId, drawingSources } from '../../scripts/drawing-id.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path));
/** The project's files, with one of them given other bytes. */
const withChanged = (changed: string) => (path: string) =>
  path === changed ? Buffer.concat([read(path), Buffer.from('\n// changed\n')]) : read(path);

describe('scripts/drawing-id.mjs', () => {
  it('lists the sources the SVG drawing runs: the entry, its compile step and the text metrics, nothing else', async () => {
    const sources = (await drawingSources(ROOT)) as string[];
    expect(sources).toContain(DRAWING_ENTRY);
    expect(sources).toContain('src/core/export/measure-vega-text.ts');
    expect(sources).toContain('src/core/charts/text-width.ts');
    // Not the rest of the toolkit: the report, the public API, the chart definitions (their spec is the key).
    for (const other of ['src/index.ts', 'src/node/report/render-docx.ts', 'src/core/charts/rate-trend.ts'])
      expect(sources).not.toContain(other);
    expect([...sources].sort()).toEqual(sources);
  });

  it('changes with any file the drawing depends on, not with another source file', async () => {
    const id = (await drawingId(ROOT, read)) as string;
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(await drawingId(ROOT)).toBe(id);
    for (const file of ['src/core/charts/text-width.ts', DRAWING_ENTRY, 'package-lock.json', 'scripts/build.mjs'])
      expect(await drawingId(ROOT, withChanged(file))).not.toBe(id);
    for (const file of ['src/index.ts', 'src/core/charts/rate-trend.ts'])
      expect(await drawingId(ROOT, withChanged(file))).toBe(id);
  });
});
