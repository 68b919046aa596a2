import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCharts, type ChartSidecar } from '../../../src/node/render/export-charts.ts';
import { chartDataSet } from '../../core/charts/fixture.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chitieu-charts-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('exportCharts', () => {
  const data = chartDataSet();

  it('writes SVG, screen and print PNG, the Vega-Lite spec and a sidecar per chart', async () => {
    const outDir = await tempDir();
    const result = await exportCharts(data, {
      year: 2026,
      lang: 'vi',
      formats: ['svg', 'png', 'vl'],
      outDir,
      only: ['scorecard', 'area_funnel'],
    });
    const files = (await readdir(outDir)).sort();
    expect(files).toEqual([
      '01-scorecard.json',
      '01-scorecard.png',
      '01-scorecard.print.png',
      '01-scorecard.svg',
      '01-scorecard.vl.json',
      '04-area-funnel-clearance-rate.json',
      '04-area-funnel-clearance-rate.png',
      '04-area-funnel-clearance-rate.print.png',
      '04-area-funnel-clearance-rate.svg',
      '04-area-funnel-reports-resolution-rate.json',
      '04-area-funnel-reports-resolution-rate.png',
      '04-area-funnel-reports-resolution-rate.print.png',
      '04-area-funnel-reports-resolution-rate.svg',
    ]);
    expect(result.files.map((f) => f.slice(outDir.length + 1)).sort()).toEqual(files);
    expect(result.timings).toHaveLength(3);
    const sidecar = JSON.parse(await readFile(join(outDir, '01-scorecard.json'), 'utf8')) as ChartSidecar;
    expect(sidecar).toMatchObject({
      id: 'scorecard',
      library: 'vega-lite',
      lang: 'vi',
      year: 2026,
      area: { code: '42', name: 'Tỉnh Hà Tĩnh' },
      files: {
        svg: '01-scorecard.svg',
        png: '01-scorecard.png',
        print_png: '01-scorecard.print.png',
        vega_lite: '01-scorecard.vl.json',
      },
    });
    expect(sidecar.title).toMatch(/^Chỉ tiêu phòng, chống tội phạm năm 2026/);
    expect(sidecar.source).toContain('14/10/2026');
    expect(sidecar.description.length).toBeGreaterThan(100);
    expect(sidecar.width).toBeGreaterThan(600);
    const spec = JSON.parse(await readFile(join(outDir, '01-scorecard.vl.json'), 'utf8'));
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(spec.title.text).toBe(sidecar.title);
    const plotSidecar = JSON.parse(
      await readFile(join(outDir, '04-area-funnel-clearance-rate.json'), 'utf8'),
    ) as ChartSidecar;
    expect(plotSidecar.library).toBe('plot');
    expect(plotSidecar.files.vega_lite).toBeUndefined();
    // the funnel's methods are in its note (printed under the drawing), its subtitle a single finding
    expect(plotSidecar.note).toContain('Spiegelhalter 2005');
    expect(plotSidecar.subtitle).not.toContain('Spiegelhalter');
  });

  it('writes byte-identical files when run again on the same data', async () => {
    const a = await tempDir();
    const b = await tempDir();
    const options = {
      year: 2026,
      lang: 'en' as const,
      formats: ['svg', 'png', 'vl'] as const,
      only: ['crime_baseline', 'area_dots', 'violations_by_field'] as const,
    };
    await exportCharts(data, { ...options, outDir: a });
    await exportCharts(chartDataSet(), { ...options, outDir: b });
    const files = (await readdir(a)).sort();
    expect(files).toEqual((await readdir(b)).sort());
    for (const file of files)
      expect((await readFile(join(a, file))).equals(await readFile(join(b, file))), file).toBe(true);
  });

  it('writes only the formats asked for, and the whole set as SVG', async () => {
    const outDir = await tempDir();
    // with the watched tables (cybercrime, drug-free communes), so that every chart of the set is drawn
    const watched = chartDataSet({ watched: true });
    const result = await exportCharts(watched, { year: 2024, lang: 'vi', formats: ['svg'], outDir });
    const files = await readdir(outDir);
    expect(files.filter((f) => f.endsWith('.png') || f.endsWith('.vl.json'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.svg'))).toHaveLength(18);
    expect(result.skipped).toEqual([]);
    // without them, those two charts say why they are not drawn
    const plain = await exportCharts(data, { year: 2024, lang: 'vi', formats: ['svg'], outDir: await tempDir() });
    expect(plain.skipped.map((s) => s.name)).toEqual(['09-cyber-crime-trend', '10-drug-free-path']);
  });

  it('says when every SVG is drawn, once, before the last PNG is written', async () => {
    const outDir = await tempDir();
    const seen: string[][] = [];
    const result = await exportCharts(data, {
      year: 2026,
      lang: 'vi',
      formats: ['svg', 'png'],
      outDir,
      only: ['scorecard', 'crime_baseline', 'area_dots'],
      onSvgsDrawn: () => seen.push(readdirSync(outDir).sort()),
    });
    expect(seen).toHaveLength(1);
    const svgs = result.files.filter((f) => f.endsWith('.svg')).map((f) => basename(f));
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    // every SVG was on disk when it was called; the last chart's PNGs (at least) were still being drawn
    const atDrawn = seen[0] ?? [];
    for (const svg of svgs) expect(atDrawn).toContain(svg);
    expect(atDrawn.filter((f) => f.endsWith('.print.png')).length).toBeLessThan(svgs.length);
  });

  it('refuses an unknown area', async () => {
    await expect(
      exportCharts(data, { year: 2024, lang: 'vi', formats: ['svg'], outDir: await tempDir(), area: '999' }),
    ).rejects.toThrow(/unknown area/);
  });
});
