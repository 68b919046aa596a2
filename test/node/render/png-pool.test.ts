import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { buildChartSet } from '../../../src/core/charts/chart-set.ts';
import { renderSvg } from '../../../src/node/render/export-charts.ts';
import { FONT_FILES } from '../../../src/node/render/font.ts';
import { pngFromPixels } from '../../../src/node/render/png-pixels.ts';
import { PngPool } from '../../../src/node/render/png-pool.ts';
import { fixtureInputs } from '../../core/charts/fixture.ts';

const options = (width: number) => ({
  font: { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: 'Noto Sans' },
  fitTo: { mode: 'width' as const, value: width },
  background: 'white',
});

describe('PngPool', () => {
  const pool = new PngPool(2);
  afterAll(() => pool.close());

  it("gives the bytes of resvg's drawing written in the main thread, for several charts at once", async () => {
    const charts = buildChartSet(fixtureInputs(2026), 'vi').charts.slice(0, 4);
    const svgs = await Promise.all(charts.map((c) => renderSvg(c)));
    const pooled = await Promise.all(svgs.map((svg) => pool.render(svg, options(400), 96)));
    svgs.forEach((svg, i) => {
      const image = new Resvg(svg, options(400)).render();
      const direct = pngFromPixels(image.pixels, image.width, image.height, 96, { deflateSync, crc32 });
      expect(pooled[i]?.equals(direct), charts[i]?.name).toBe(true);
    });
  });

  it("rejects a bad SVG with resvg's message, and goes on working after it", async () => {
    await expect(pool.render('<svg', options(100), 96)).rejects.toThrow(/./);
    const ok = await pool.render('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', options(10), 96);
    expect(ok.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('refuses a thread count that is not a positive integer', () => {
    expect(() => new PngPool(0)).toThrow(/positive integer/);
    expect(() => new PngPool(1.5)).toThrow(/positive integer/);
  });

  it('rejects the jobs of a pool closed under them', async () => {
    const closing = new PngPool(1);
    const svg = await renderSvg(buildChartSet(fixtureInputs(2026), 'en').charts[0]!);
    const job = closing.render(svg, options(2000), 96);
    await closing.close();
    await expect(job).rejects.toThrow(/PNG worker stopped/);
  });
});
