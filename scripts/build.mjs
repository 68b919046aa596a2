// Builds the command line (and the Node scripts) from TypeScript with esbuild.
// Dependencies stay external: they are installed by `npm ci`. Output: dist/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = {
  cli: 'src/node/cli/main.ts',
  'generate-data': 'src/node/data/generate-main.ts',
};
const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
