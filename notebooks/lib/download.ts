/// <reference path="./assets.d.ts" />
/**
 * Downloads from a page: a chart as SVG and PNG, a table as CSV.
 *
 * A chart of the library's set downloads as the very file `chitieu charts` writes: Vega-Lite charts are drawn
 * by vega's SVG string renderer with the shipped font's advance widths (src/core/export/measure-vega-text.ts,
 * the hook the command line installs), Plot charts are drawn into linkedom's document as in Node, and both are
 * finished by the same function (src/core/export/finish-svg.ts). The browser check compares the bytes.
 *
 * A PNG is the SVG drawn on a canvas at twice its size (the command line's screen PNG is resvg's, so its bytes
 * differ; the picture is the same). An SVG drawn as an image cannot use the page's fonts, so Noto Sans goes
 * into it as data.
 *
 * A CSV is UTF-8 with a byte-order mark, commas, numbers as plain numbers (src/core/export/csv-document.ts).
 */
import * as Plot from '@observablehq/plot';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import notoRegularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import notoBoldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { BuiltChart } from '../../src/core/charts/chart.ts';
import { FONT_FAMILY } from '../../src/core/charts/theme.ts';
import { csvDocument, type CsvCell } from '../../src/core/export/csv-document.ts';
import { finishSvg, type SvgTexts } from '../../src/core/export/finish-svg.ts';
import { measureVegaText } from '../../src/core/export/measure-vega-text.ts';
import type { Lang } from '../../src/core/messages/lang.ts';
import { NOTEBOOK_MESSAGES as M } from '../../src/core/messages/notebooks.ts';
import { h } from './dom.ts';

let metricsInstalled = false;
/**
 * Makes vega measure text with the shipped font's widths, as `chitieu charts` does, so that a chart is laid
 * out in the page exactly as in its exported file.
 */
export function installVegaTextMetrics(): void {
  if (metricsInstalled) return;
  (vega as unknown as { textMetrics: { width: typeof measureVegaText } }).textMetrics.width = measureVegaText;
  metricsInstalled = true;
}

/** The SVG file of a chart of the set: the bytes `chitieu charts` writes for it. */
export async function chartSvg(chart: BuiltChart): Promise<string> {
  let raw: string;
  if (chart.library === 'vega-lite') {
    installVegaTextMetrics();
    const view = new vega.View(vega.parse(compile(chart.spec as unknown as TopLevelSpec).spec), { renderer: 'none' });
    try {
      (vega as unknown as { resetSVGDefIds: () => void }).resetSVGDefIds();
      raw = await view.toSVG();
    } finally {
      view.finalize();
    }
  } else {
    // linkedom's self-contained build: loaded on the first download only.
    const { parseHTML } = await import('linkedom/worker');
    const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
    const node = Plot.plot({ ...chart.options, document: document as unknown as Document }) as unknown as Element;
    node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    raw = node.outerHTML;
  }
  return finishSvg(raw, chart.texts);
}

/** The SVG file of a chart drawn in the page itself (a notebook's own view). */
export function elementSvg(svg: SVGSVGElement, texts: SvgTexts): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return finishSvg(new XMLSerializer().serializeToString(copy), texts);
}

let fontCss: Promise<string> | null = null;
/** Noto Sans (regular and bold) as `@font-face` rules with the fonts as data, for an SVG drawn as an image. */
function embeddedFontCss(): Promise<string> {
  const face = async (url: string, weight: number) => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return `@font-face{font-family:"${FONT_FAMILY}";font-weight:${weight};src:url(data:font/ttf;base64,${btoa(binary)}) format("truetype");}`;
  };
  fontCss ??= Promise.all([face(notoRegularUrl, 400), face(notoBoldUrl, 700)]).then((f) => f.join(''));
  return fontCss;
}

/** A PNG of an SVG file, `scale` times its size, on white. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 0);
  const css = await embeddedFontCss();
  const withFont = svg.replace(/<svg\b[^>]*>/, (tag) => `${tag}<style>${css}</style>`);
  const url = URL.createObjectURL(new Blob([withFont], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round((width || image.naturalWidth) * scale);
    canvas.height = Math.round((height || image.naturalHeight) * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = 'white';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((done, fail) =>
      canvas.toBlob((b) => (b ? done(b) : fail(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file through the browser's download. */
export function saveFile(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** One download button: `kind` names it for the browser check (`data-download="svg"`). */
function button(kind: string, label: string, action: () => Promise<void>): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'chitieu-download', 'data-download': kind }, label);
  b.addEventListener('click', () => {
    b.disabled = true;
    action()
      .catch((e: unknown) => {
        b.title = e instanceof Error ? e.message : String(e);
      })
      .finally(() => (b.disabled = false));
  });
  return b;
}

/** The SVG and PNG buttons of a chart, given how to make its SVG file. */
export function chartDownloads(name: string, svg: () => Promise<string>, lang: Lang = 'vi'): HTMLElement {
  return h(
    'div',
    { class: 'chitieu-downloads', 'data-downloads': name },
    `${M.download[lang]}: `,
    button('svg', 'SVG', async () => saveFile(`${name}.svg`, await svg(), 'image/svg+xml')),
    ' ',
    button('png', 'PNG', async () => saveFile(`${name}.png`, await svgToPng(await svg()), 'image/png')),
  );
}

/** A CSV button for a table. */
export function csvDownload(
  name: string,
  header: readonly string[],
  rows: () => readonly (readonly CsvCell[])[],
  lang: Lang = 'vi',
): HTMLElement {
  return h(
    'div',
    { class: 'chitieu-downloads', 'data-downloads': name },
    `${M.download[lang]}: `,
    button('csv', M.csvTable[lang], async () =>
      saveFile(`${name}.csv`, csvDocument(header, rows()), 'text/csv;charset=utf-8'),
    ),
  );
}
