// Builds the command line (and the Node scripts) from TypeScript with esbuild. Output: dist/.
// Pure-JavaScript dependencies (arquero, @stdlib, Plot and d3, Vega, exceljs, docx...) are bundled: loading hundreds
// of small files from node_modules cost ~250 ms at every start (exceljs alone ~600 ms). Packages with native code,
// data files found by path, or their own module loading (see EXTERNAL) stay external, installed by `npm ci`.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { drawingId } from './drawing-id.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Feeds every file under `dir` (its path, then its bytes) into `hash`, in name order. */
function hashTree(hash, dir) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = `${dir}/${e.name}`;
    if (e.isDirectory()) hashTree(hash, full);
    else hash.update(`${full}\0`).update(readFileSync(full));
  }
}

/** The build's identity: a hash of every source file and of the lockfile (the data-folder cache keys on it). */
function buildId() {
  const hash = createHash('sha256');
  hashTree(hash, 'src');
  hash.update(readFileSync('package-lock.json'));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Everything dist/ is made from: the build id (src/, the lockfile, hence every bundled dependency's version),
 * the build's own scripts (scripts/: this file, the font cutter, the stubs), package.json and tsconfig.json.
 * Written last into dist/ as `.build-key`: a build finding the same key, and every entry built, has nothing to
 * do (`npm start` and `npm test` build first; unchanged, that takes about 0.1 s instead of 3 s). `--force`
 * builds anyway.
 */
function buildKey(id) {
  const hash = createHash('sha256').update(`${id}\0`);
  hashTree(hash, 'scripts');
  for (const file of ['package.json', 'tsconfig.json']) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

const entries = {
  cli: 'src/node/cli/main.ts',
  'generate-cases': 'src/node/aggregate/generate-cases-main.ts',
  aggregate: 'src/node/aggregate/index.ts',
  'aggregate-worker': 'src/node/aggregate/worker.ts',
  'generate-data': 'src/node/data/generate-main.ts',
  notebooks: 'src/node/notebooks/main.ts',
  'notebooks-build': 'src/node/notebooks/build.ts',
  'notebooks-worker': 'src/node/report/notebooks-worker.ts',
};
/**
 * Packages left outside the bundle (by name or scope), installed by `npm ci` and loaded from node_modules:
 * native code (resvg, DuckDB, tfjs), their own module loading or data files found by path (danfo.js, Notebook
 * Kit and Vite, the fonts), or development tools. Every other dependency is bundled.
 */
const EXTERNAL = [
  /^@resvg\//,
  /^@duckdb\//,
  /^danfojs-node$/,
  /^@tensorflow\//,
  /^@observablehq\/notebook-kit$/,
  /^vite$/,
  /^@expo-google-fonts\//,
  /^puppeteer-core$/,
  /^subset-font$/,
  /^esbuild$/,
  /^fsevents$/,
];

/** Keeps Node's own modules and the EXTERNAL packages out of the bundle. */
const externals = {
  name: 'externals',
  setup(b) {
    // @stdlib's one use of `debug` gets a logger that is always off (scripts/stubs/debug.cjs).
    b.onResolve({ filter: /^debug$/ }, (args) =>
      args.importer.includes('/node_modules/@stdlib/')
        ? { path: new URL('./stubs/debug.cjs', import.meta.url).pathname }
        : undefined,
    );
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || builtinModules.includes(args.path.split('/')[0]))
        return { path: args.path, external: true };
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return EXTERNAL.some((re) => re.test(name)) ? { path: args.path, external: true } : undefined;
    });
  },
};

const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));
const id = buildId();
const key = buildKey(id);
const KEY_FILE = '.build-key';
const built = () =>
  existsSync(`dist/${KEY_FILE}`) &&
  readFileSync(`dist/${KEY_FILE}`, 'utf8') === key &&
  Object.keys(entryPoints).every((name) => existsSync(`dist/${name}.js`)) &&
  existsSync('dist/fonts');
if (!process.argv.includes('--force') && built()) process.exit(0);

// Built beside dist/ and swapped in whole at the end: a command (or a test) running meanwhile keeps a complete dist/.
const out = `dist.build-${process.pid}`;
rmSync(out, { recursive: true, force: true });

await build({
  entryPoints,
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Each command's code (and its dependencies) loads only when that command runs.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  plugins: [externals],
  // Bundled CommonJS packages may call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __chitieuRequire } from 'node:module'; const require = __chitieuRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: 'warning',
  define: {
    __CHITIEU_VERSION__: JSON.stringify(pkg.version),
    __CHITIEU_BUILD__: JSON.stringify(id),
    // What the SVG cache keys on: the chart drawing's own sources (scripts/drawing-id.mjs), not every source.
    __CHITIEU_DRAWING__: JSON.stringify(await drawingId('.')),
  },
});

// The fonts charts are drawn with, cut to the characters charts use (see scripts/fonts.mjs).
const { buildFonts } = await import('./fonts.mjs');
await buildFonts(`${out}/fonts`);
writeFileSync(`${out}/${KEY_FILE}`, key);

const old = `dist.old-${process.pid}`;
if (existsSync('dist')) renameSync('dist', old);
renameSync(out, 'dist');
rmSync(old, { recursive: true, force: true });
