// Builds the notebooks into a static site that works offline (`npm run notebooks:build`):
//
//   node scripts/notebooks-build.mjs [--data DIR] [--out DIR] [--quiet] [--lang vi|en]
//
// The build itself is a module of the toolkit, src/node/notebooks/build.ts (the report's notebooks step
// calls it too); this script runs its command from the build (dist/notebooks.js: `npm run build` first).
// Defaults: --data data (or $CHITIEU_DATA), --out out/notebooks. Open the result with
// `npm run notebooks:serve` (pages load ES modules, which browsers refuse from file://).
process.argv.splice(2, 0, 'build');
await import('../dist/notebooks.js');
