/**
 * chitieu/node: the Node-only edge of the toolkit (files, command line, rendering). The browser-safe
 * library is `chitieu` (src/index.ts).
 */
export { loadDataFolder, formatProblem, type LoadResult, type Problem } from './io/load.ts';
export { resultsToDataFrame } from './danfo.ts';
export { main as runCli } from './cli/main.ts';
