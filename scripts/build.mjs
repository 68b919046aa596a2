// Builds the command line (and the Node scripts) from TypeScript with esbuild.
// Dependencies stay external: they are installed by `npm ci`. Output: dist/.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const entries = {
  cli: 'src/node/cli/main.ts',
  'generate-cases': 'src/node/aggregate/generate-cases-main.ts',
  aggregate: 'src/node/aggregate/index.ts',
  'aggregate-worker': 'src/node/aggregate/worker.ts',
  'generate-data': 'src/node/data/generate-main.ts',
  notebooks: 'src/node/notebooks/main.ts',
  'notebooks-build': 'src/node/notebooks/build.ts',
};
const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));

rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Each command's code (and its dependencies) loads only when that command runs.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  define: { __CHITIEU_VERSION__: JSON.stringify(pkg.version) },
});

// The fonts charts are drawn with, cut to the characters charts use (see scripts/fonts.mjs).
const { buildFonts } = await import('./fonts.mjs');
await buildFonts('dist/fonts');
