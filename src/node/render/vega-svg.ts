import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { VegaLiteSpec } from '../../core/charts/chart.ts';
import { measureVegaText, type VegaTextItem } from '../../core/export/measure-vega-text.ts';

/**
 * Draws a Vega-Lite spec to an SVG string in Node, headless: no canvas (node-canvas is a native build,
 * vega#274), so Vega would guess every text at 0.8 em a character (vega#2940) and place labels badly. We give
 * it the true Noto Sans advance widths instead (the hook vl-convert uses), so labels are laid out as the
 * font will draw them.
 */

type TextItem = VegaTextItem;

/** Width of a text item's line with the shipped font (src/core/export/measure-vega-text.ts, shared with the notebooks). */
export { measureVegaText };

let installed = false;
/** Makes Vega measure text with the shipped font's metrics (once per process). */
export function installTextMetrics(): void {
  if (installed) return;
  (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics.width =
    measureVegaText;
  installed = true;
}

/** Compiles a Vega-Lite spec to Vega, failing on any warning (a warning means a chart is not what it says). */
export function compileVegaLite(spec: VegaLiteSpec): vega.Spec {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => {
      throw new Error(args.map(String).join(' '));
    },
    warn: (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const compiled = compile(spec as never, { logger: logger as never }).spec as vega.Spec;
  if (warnings.length > 0) throw new Error(`Vega-Lite warnings: ${warnings.join('; ')}`);
  return compiled;
}

/**
 * Renders a Vega-Lite spec to SVG. Deterministic: definition ids (clip paths, gradients) are reset before each
 * rendering, so the same spec gives the same bytes however many charts the process has drawn.
 */
export async function vegaLiteToSvg(spec: VegaLiteSpec): Promise<string> {
  installTextMetrics();
  const view = new vega.View(vega.parse(compileVegaLite(spec)), { renderer: 'none' });
  try {
    (vega as unknown as { resetSVGDefIds: () => void }).resetSVGDefIds();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
