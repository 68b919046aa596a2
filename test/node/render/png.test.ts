import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildChartSet } from '../../../src/core/charts/chart-set.ts';
import { renderSvg } from '../../../src/node/render/export-charts.ts';
import {
  PRINT_WIDTH_PX,
  pngSize,
  svgToPng,
  svgToPngAsync,
  svgWidth,
  withResolution,
} from '../../../src/node/render/png.ts';
import { fixtureInputs } from '../../core/charts/fixture.ts';

/** Decodes a PNG's chunks and pixel rows (enough to check it is whole): size, colour type, dpi, rows. */
function decode(png: Buffer) {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let at = 8;
  const idat: Buffer[] = [];
  let dpi: number | null = null;
  const { width, height } = pngSize(png);
  const colourType = png.readUInt8(25);
  const bitDepth = png.readUInt8(24);
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    if (type === 'pHYs') dpi = Math.round(png.readUInt32BE(at + 8) * 0.0254);
    at += 12 + length;
  }
  const channels = { 2: 3, 6: 4, 0: 1, 4: 2 }[colourType] as number;
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, dpi, bitDepth, channels, raw };
}

const charts = buildChartSet(fixtureInputs(2026), 'vi').charts;
const sample = [charts.find((c) => c.id === 'scorecard'), charts.find((c) => c.id === 'area_dots')];

describe('PNG export', () => {
  for (const chart of sample) {
    if (!chart) throw new Error('missing chart');
    it(`decodes to the expected sizes: ${chart.name} (${chart.library})`, async () => {
      const svg = await renderSvg(chart);
      const w = svgWidth(svg);
      const h = Number(/<svg\b[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
      const screen = decode(svgToPng(svg, 'screen'));
      expect(screen.width).toBe(Math.round(w * 2));
      expect(Math.abs(screen.height - h * 2)).toBeLessThanOrEqual(1);
      expect(screen.dpi).toBe(192);
      const print = decode(svgToPng(svg, 'print'));
      expect(print.width).toBe(PRINT_WIDTH_PX);
      expect(PRINT_WIDTH_PX).toBe(1890); // 16 cm at 300 dpi
      expect(Math.abs(print.height - (h * PRINT_WIDTH_PX) / w)).toBeLessThanOrEqual(1);
      expect(print.dpi).toBe(300);
      for (const image of [screen, print]) {
        expect(image.bitDepth).toBe(8);
        expect(image.raw.length).toBe(image.height * (1 + image.width * image.channels));
      }
      // Not blank: a good share of the pixels are not white (text, marks).
      const stride = 1 + print.width * print.channels;
      let inked = 0;
      for (let y = 0; y < print.height; y += 7) {
        for (let x = 0; x < print.width; x += 7) {
          const i = y * stride + 1 + x * print.channels;
          if ((print.raw[i] as number) < 200) inked++;
        }
      }
      expect(inked).toBeGreaterThan(500);
    });
  }

  it('is the same bytes every time', async () => {
    const chart = sample[0];
    if (!chart) throw new Error('missing chart');
    const svg = await renderSvg(chart);
    expect(svgToPng(svg, 'screen').equals(svgToPng(svg, 'screen'))).toBe(true);
  });

  it('is the same bytes drawn on the worker pool (as exportCharts draws it)', async () => {
    const chart = sample[0];
    if (!chart) throw new Error('missing chart');
    const svg = await renderSvg(chart);
    for (const size of ['screen', 'print'] as const) {
      expect((await svgToPngAsync(svg, size)).equals(svgToPng(svg, size))).toBe(true);
    }
  });

  it('replaces a resolution chunk rather than adding a second one', async () => {
    const chart = sample[1];
    if (!chart) throw new Error('missing chart');
    const png = svgToPng(await renderSvg(chart), 'screen');
    const twice = withResolution(png, 300);
    expect(twice.toString('latin1').split('pHYs').length - 1).toBe(1);
    expect(decode(twice).dpi).toBe(300);
  });
});
