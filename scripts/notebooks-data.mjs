// Puts a data folder into the notebooks (notebooks/public/data with its SHA-256 manifest), for
// `npm run notebooks:preview`:
//
//   node scripts/notebooks-data.mjs [--data DIR]      (default: data/)
//
// The code is src/node/notebooks/prepare-data.ts; this script runs it from the build (dist/notebooks.js).
process.argv.splice(2, 0, 'data');
await import('../dist/notebooks.js');
