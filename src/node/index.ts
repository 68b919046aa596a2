/**
 * chitieu/node: the Node-only edge of the toolkit (files, command line, rendering). The browser-safe
 * library is `chitieu` (src/index.ts). Exports are listed one by one: this file is the whole surface.
 */
export { loadDataFolder, formatProblem, type LoadResult, type Problem } from './io/load.ts';
export { resultsToDataFrame } from './danfo.ts';
export { exportCharts, renderSvg } from './render/export-charts.ts';
export { svgToPng } from './render/png.ts';
export { buildReport } from './report/pipeline.ts';
export { main as runCli } from './cli/main.ts';
