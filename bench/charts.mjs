// Chart export benchmark: chitieu (one Node process: Vega-Lite compile + Vega SVG + resvg PNG) against the
// official vega-cli (`vl2svg` and `vl2png`, one process per chart, as users run them), on the same Vega-Lite
// specs of the chart set, measured in one run. Goal (issue [P] goal 2): at least 20 times faster. Not a test.
//
//   node bench/charts.mjs [--charts 100] [--vl2png-scale 2] [--no-vega-cli] [--reinstall]
//
// The chitieu side (bench/charts-entry.ts) is bundled here with esbuild into bench/.work/; it draws with the
// cut fonts of dist/fonts/ (`npm run bench:charts` builds first; without them it uses the whole font, slower).
// The first run installs vega-cli (apt packages + a canvas build from source: about a minute); a run takes
// about 2 to 4 minutes, nearly all of it the 200 vega-cli processes.
//
// Only the Vega-Lite charts of the set are used (scorecard, crime baseline, rate trends, area heat maps,
// control chart): vega-cli cannot draw the Observable Plot charts. The specs come from the bundled data/ for
// several years, areas and both languages, and are written to bench/.work/charts/*.vl.json.
//
// vega-cli needs node-canvas, a native build, so it is NOT a dependency of the project: it is installed here
// in bench/.work/vega-cli/ with its own package.json (vega-cli of our vega major, our vega-lite, canvas),
// after the Debian packages canvas compiles against (installed when running as root, else the command to
// run is printed). canvas is built from source (its prebuilt binaries are downloaded from GitHub).
//
// PNG size: chitieu writes screen PNGs at twice the SVG size (1360 px for a 680 px chart); vl2png is run with
// `--scale 2` by default so both draw the same number of pixels (`--vl2png-scale 1` for vl2png's default).
// Prints a table and writes bench/charts-results.json.
import { bundleEntry } from './bundle-entry.mjs';
import { childrenCpuMs } from './children-cpu.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench', '.work');
const specsDir = join(work, 'charts');
const outChitieu = join(work, 'charts-out', 'chitieu');
const outVegaCli = join(work, 'charts-out', 'vega-cli');
const vcDir = join(work, 'vega-cli');
const bundle = join(work, 'charts-bundle.mjs');
const resultsFile = join(root, 'bench', 'charts-results.json');

const { values } = parseArgs({
  options: {
    charts: { type: 'string', default: '100' },
    'vl2png-scale': { type: 'string', default: '2' },
    'no-vega-cli': { type: 'boolean', default: false },
    reinstall: { type: 'boolean', default: false },
  },
});
const N = Number(values.charts);
const PNG_SCALE = Number(values['vl2png-scale']);
if (!Number.isInteger(N) || N < 1) throw new Error(`--charts: a whole number of charts, not "${values.charts}"`);
if (!(PNG_SCALE > 0)) throw new Error(`--vl2png-scale: a positive number, not "${values['vl2png-scale']}"`);
const GOAL = 20;

const log = (...args) => console.error('[charts]', ...args);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const versionOf = (dir, pkg) => {
  try {
    return readJson(join(dir, 'node_modules', pkg, 'package.json')).version;
  } catch {
    return null;
  }
};

function run(cmd, args, { cwd = root, env = process.env, stdio = 'pipe' } = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, {
      cwd,
      env,
      stdio: stdio === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (err += d));
    child.on('error', (e) => (err += String(e)));
    child.on('close', (code) => resolve({ code, out, err, wallMs: Number(process.hrtime.bigint() - started) / 1e6 }));
  });
}

// --- 1. The chitieu side, bundled from bench/charts-entry.ts ---------------------------------------------
async function buildBundle() {
  await bundleEntry('charts', bundle);
}

// --- 2. vega-cli in a folder of its own ---------------------------------------------------------------------
const APT_PACKAGES = ['libcairo2-dev', 'libpango1.0-dev', 'libjpeg-dev', 'libgif-dev', 'librsvg2-dev'];
const BUILD_TOOLS = ['python3', 'make', 'g++'];

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}
const onPath = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;

/** Makes sure the system libraries canvas builds against are there; returns what was done, or throws with what to run. */
async function ensureAptPackages() {
  const tools = BUILD_TOOLS.filter((t) => !onPath(t));
  if (!onPath('dpkg-query'))
    throw new Error(
      `no dpkg: install by hand the equivalents of ${APT_PACKAGES.join(' ')} (Cairo, Pango, libjpeg, giflib, librsvg development files) and ${BUILD_TOOLS.join(', ')}`,
    );
  const missing = APT_PACKAGES.filter((p) => !dpkgInstalled(p));
  const aptMissing = [...missing, ...tools.map((t) => (t === 'g++' ? 'g++' : t))];
  if (aptMissing.length === 0) return { installed: [], alreadyThere: APT_PACKAGES };
  const command = `apt-get install -y --no-install-recommends ${aptMissing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `vega-cli needs node-canvas, which needs system packages that are missing. Run:\n  sudo apt-get update && sudo ${command}\nthen run this benchmark again.`,
    );
  }
  log(`installing ${aptMissing.join(' ')} (apt-get, as root)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...aptMissing]]) {
    const r = await run('apt-get', args, { env, stdio: 'inherit' });
    if (r.code !== 0)
      throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.code}); run by hand: apt-get update && ${command}`);
  }
  const still = APT_PACKAGES.filter((p) => !dpkgInstalled(p));
  if (still.length > 0) throw new Error(`still missing after apt-get: ${still.join(' ')}`);
  return { installed: aptMissing, alreadyThere: APT_PACKAGES.filter((p) => !missing.includes(p)) };
}

function vegaCliPackageJson() {
  const vega = readJson(join(root, 'node_modules', 'vega', 'package.json')).version;
  const vegaLite = readJson(join(root, 'node_modules', 'vega-lite', 'package.json')).version;
  return {
    name: 'chitieu-bench-vega-cli',
    private: true,
    description:
      'The official vega-cli for bench/charts.mjs; not a dependency of chitieu (node-canvas is a native build). Written by bench/charts.mjs.',
    dependencies: {
      'vega-cli': `^${vega.split('.')[0]}.0.0`,
      'vega-lite': vegaLite,
      canvas: '^3.2.3',
    },
    // npm 11's install-script policy: `npm install-scripts approve canvas` writes this field (pinned to the
    // version); npm 11.19 still runs an unapproved script but warns, and a stricter npm would skip it. The
    // script builds the native module. (`--allow-scripts` on the command line is refused in a project.)
    allowScripts: { canvas: true },
  };
}

const canvasLoads = () =>
  spawnSync(process.execPath, ['-e', "require('canvas')"], { cwd: vcDir, stdio: 'ignore' }).status === 0;
const vlBin = (name) => join(vcDir, 'node_modules', '.bin', name);

async function ensureVegaCli() {
  const wanted = `${JSON.stringify(vegaCliPackageJson(), null, 2)}\n`;
  const pkgFile = join(vcDir, 'package.json');
  const same = existsSync(pkgFile) && readFileSync(pkgFile, 'utf8') === wanted;
  if (!values.reinstall && same && existsSync(vlBin('vl2svg')) && existsSync(vlBin('vl2png')) && canvasLoads()) {
    return { npm: 'already installed' };
  }
  mkdirSync(vcDir, { recursive: true });
  if (values.reinstall) rmSync(join(vcDir, 'node_modules'), { recursive: true, force: true });
  writeFileSync(pkgFile, wanted);
  // canvas's install script is `prebuild-install -r napi || node-gyp rebuild`: the prebuilt binary comes from
  // GitHub, so build from source straight away; node-gyp takes Node's headers from Node's own prefix rather
  // than downloading them from nodejs.org.
  // (npm itself warns 'Unknown env config "build-from-source"': harmless, prebuild-install reads it.)
  const env = { ...process.env, npm_config_build_from_source: 'true' };
  const prefix = join(dirname(process.execPath), '..');
  if (existsSync(join(prefix, 'include', 'node', 'node.h')) && !process.env.npm_config_nodedir)
    env.npm_config_nodedir = prefix;
  const args = ['install', '--no-audit', '--no-fund', '--foreground-scripts'];
  log(`npm ${args.join(' ')} in ${vcDir} (builds canvas from source: a few minutes)`);
  const started = Date.now();
  const r = await run('npm', args, { cwd: vcDir, env, stdio: 'inherit' });
  if (r.code !== 0) throw new Error(`npm install in ${vcDir} failed (exit ${r.code})`);
  if (!canvasLoads()) {
    // An npm that skipped the script (not approved): build it explicitly.
    log('canvas does not load: npm rebuild canvas --foreground-scripts');
    const rb = await run('npm', ['rebuild', 'canvas', '--foreground-scripts'], { cwd: vcDir, env, stdio: 'inherit' });
    if (rb.code !== 0 || !canvasLoads())
      throw new Error(`canvas was installed in ${vcDir} but does not load (its native build failed)`);
  }
  return {
    npm: `installed in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    env: {
      npm_config_build_from_source: 'true',
      ...(env.npm_config_nodedir ? { npm_config_nodedir: env.npm_config_nodedir } : {}),
    },
  };
}

// --- 3. Checks of the files ---------------------------------------------------------------------------------
function pngSize(buf) {
  const sig = '89504e470d0a1a0a';
  if (buf.length < 24 || buf.subarray(0, 8).toString('hex') !== sig || buf.toString('latin1', 12, 16) !== 'IHDR')
    return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
function svgSize(text) {
  const tag = /<svg\b[^>]*>/.exec(text)?.[0];
  if (!tag) return null;
  return {
    width: Number(/\swidth="([\d.]+)"/.exec(tag)?.[1] ?? NaN),
    height: Number(/\sheight="([\d.]+)"/.exec(tag)?.[1] ?? NaN),
  };
}

/** Counts and inspects the SVGs and PNGs written for each spec; `scale` is the PNG's pixels per SVG pixel. */
function checkOutputs(dir, specs, scale) {
  const problems = [];
  const sizes = new Map();
  let svgs = 0;
  let pngs = 0;
  let svgBytes = 0;
  let pngBytes = 0;
  const minPng = { bytes: Infinity },
    minSvg = { bytes: Infinity };
  for (const { file } of specs) {
    const base = file.replace(/\.vl\.json$/, '');
    const svgFile = join(dir, `${base}.svg`);
    const pngFile = join(dir, `${base}.png`);
    if (!existsSync(svgFile)) problems.push(`${base}.svg missing`);
    else {
      const text = readFileSync(svgFile, 'utf8');
      const size = svgSize(text);
      const bytes = statSync(svgFile).size;
      if (!size || !(size.width > 100 && size.height > 100))
        problems.push(`${base}.svg: no plausible <svg width height>`);
      else if (bytes < 2000) problems.push(`${base}.svg: only ${bytes} bytes`);
      else {
        svgs++;
        svgBytes += bytes;
        sizes.set(base, size);
        if (bytes < minSvg.bytes) Object.assign(minSvg, { bytes, file: `${base}.svg` });
      }
    }
    if (!existsSync(pngFile)) problems.push(`${base}.png missing`);
    else {
      const buf = readFileSync(pngFile);
      const size = pngSize(buf);
      const svg = sizes.get(base);
      if (!size) problems.push(`${base}.png: not a PNG`);
      else if (buf.length < 10000) problems.push(`${base}.png: only ${buf.length} bytes`);
      else if (svg && Math.abs(size.width - svg.width * scale) > 2)
        problems.push(`${base}.png: ${size.width} px wide, expected ${svg.width * scale}`);
      else {
        pngs++;
        pngBytes += buf.length;
        if (buf.length < minPng.bytes)
          Object.assign(minPng, { bytes: buf.length, file: `${base}.png`, width: size.width, height: size.height });
      }
    }
  }
  return {
    svgs,
    pngs,
    ok: svgs === specs.length && pngs === specs.length,
    meanSvgKB: svgs ? +(svgBytes / svgs / 1024).toFixed(1) : null,
    meanPngKB: pngs ? +(pngBytes / pngs / 1024).toFixed(1) : null,
    smallestSvg: svgs ? minSvg : null,
    smallestPng: pngs ? minPng : null,
    problems: problems.slice(0, 20),
    problemCount: problems.length,
    sizes,
  };
}

// --- 4. The runs ------------------------------------------------------------------------------------------------
async function runChitieu() {
  rmSync(outChitieu, { recursive: true, force: true });
  const cpu0 = childrenCpuMs();
  const r = await run(process.execPath, [bundle, 'render', specsDir, outChitieu]);
  const cpu1 = childrenCpuMs();
  if (r.code !== 0) throw new Error(`chitieu render failed (exit ${r.code}):\n${r.err}`);
  const t = JSON.parse(r.out.trim().split('\n').pop());
  return {
    wallMs: r.wallMs,
    cpuMs: cpu0 === null ? t.cpuMs : cpu1 - cpu0,
    startupMs: t.startupMs,
    svgMs: t.svgMs,
    pngMs: t.pngMs,
    charts: t.charts,
    slowest: [...t.perChart]
      .sort((a, b) => b.svgMs + b.pngMs - a.svgMs - a.pngMs)
      .slice(0, 3)
      .map((c) => ({ file: c.file, svgMs: +c.svgMs.toFixed(1), pngMs: +c.pngMs.toFixed(1) })),
  };
}

async function runVegaCli(specs, halfway) {
  rmSync(outVegaCli, { recursive: true, force: true });
  mkdirSync(outVegaCli, { recursive: true });
  const svg = { wallMs: 0, cpuMs: 0, failures: [] };
  const png = { wallMs: 0, cpuMs: 0, failures: [] };
  const warnings = new Set();
  let done = 0;
  for (const { file } of specs) {
    if (done === Math.floor(specs.length / 2)) await halfway();
    const base = file.replace(/\.vl\.json$/, '');
    const spec = join(specsDir, file);
    for (const [what, bin, out, extra] of [
      [svg, 'vl2svg', `${base}.svg`, []],
      [png, 'vl2png', `${base}.png`, PNG_SCALE === 1 ? [] : ['--scale', String(PNG_SCALE)]],
    ]) {
      const cpu0 = childrenCpuMs();
      const r = await run(vlBin(bin), [spec, join(outVegaCli, out), ...extra], { cwd: specsDir });
      const cpu1 = childrenCpuMs();
      what.wallMs += r.wallMs;
      if (cpu0 !== null) what.cpuMs += cpu1 - cpu0;
      if (r.code !== 0)
        what.failures.push(`${bin} ${file}: exit ${r.code}: ${r.err.trim().split('\n').slice(0, 3).join(' | ')}`);
      else for (const line of r.err.split('\n')) if (line.trim()) warnings.add(line.trim().slice(0, 200));
    }
    if (++done % 10 === 0) log(`vega-cli: ${done}/${specs.length} charts`);
  }
  return { svg, png, warnings: [...warnings].slice(0, 10) };
}

// --- main ---------------------------------------------------------------------------------------------------
if (!existsSync(join(root, 'node_modules', 'vega-lite'))) throw new Error('run npm ci first');
const startedAt = new Date();
const loadBefore = loadavg();
log('bundling bench/charts-entry.ts');
await buildBundle();
const { writeSpecs } = await import(pathToFileURL(bundle).href);

log(`building ${N} Vega-Lite specs from data/`);
rmSync(specsDir, { recursive: true, force: true });
const specsResult = await writeSpecs(join(root, 'data'), specsDir, N);
const specs = specsResult.specs;
if (specs.length < N) throw new Error(`the data give only ${specs.length} Vega-Lite charts, not ${N}`);
const byChart = {};
for (const s of specs) {
  const kind = s.chart.replace(/^(\d\d-[a-z]+(?:-[a-z]+)?)(-.*)?$/, '$1');
  byChart[kind] = (byChart[kind] ?? 0) + 1;
}
log(
  `${specs.length} specs in ${specsDir} (${specsResult.sets} chart sets; ${specsResult.plotChartsLeftOut} Plot charts left out)`,
);

let setup = { apt: null, npm: null, error: null };
if (!values['no-vega-cli']) {
  try {
    setup.apt = await ensureAptPackages();
    setup.npm = await ensureVegaCli();
  } catch (e) {
    setup.error = e.message;
    console.error(`\n${e.message}\n`);
  }
}
const haveVegaCli = !values['no-vega-cli'] && setup.error === null;

// The runs, in one sequence on the same machine: chitieu before, halfway through and after the vega-cli runs
// (a shared machine's load comes and goes: the three spread over the vega-cli minutes), the median counts.
const chitieuRuns = [];
const chitieuRun = async () => {
  log(`chitieu: run ${chitieuRuns.length + 1} of 3`);
  chitieuRuns.push(await runChitieu());
};
await chitieuRun();
let vega = null;
if (haveVegaCli) {
  log(
    `vega-cli: ${specs.length} × vl2svg + ${specs.length} × vl2png${PNG_SCALE === 1 ? '' : ` --scale ${PNG_SCALE}`}, one process each, one after the other`,
  );
  vega = await runVegaCli(specs, chitieuRun);
} else await chitieuRun();
await chitieuRun();
const chitieu = [...chitieuRuns].sort((a, b) => a.wallMs - b.wallMs)[1];

const checks = {
  chitieu: checkOutputs(outChitieu, specs, 2),
  vegaCli: vega ? checkOutputs(outVegaCli, specs, PNG_SCALE) : null,
};
// Same layout? Chart sizes as the two draw them (vega-cli measures text with node-canvas and system fonts,
// chitieu with Noto Sans metrics, so sizes can differ by a few pixels).
let sizeAgreement = null;
if (checks.vegaCli) {
  let maxDiff = 0;
  let exact = 0;
  for (const [base, a] of checks.chitieu.sizes) {
    const b = checks.vegaCli.sizes.get(base);
    if (!b) continue;
    const d = Math.max(Math.abs(a.width - b.width), Math.abs(a.height - b.height));
    maxDiff = Math.max(maxDiff, d);
    if (d === 0) exact++;
  }
  sizeAgreement = { sameSvgSize: exact, maxDifferencePx: maxDiff };
}
for (const c of Object.values(checks)) if (c) delete c.sizes;

// --- report -----------------------------------------------------------------------------------------------------
const n = specs.length;
const per = (ms) => ms / n;
const rows = [];
const c = {
  svgPerChart: per(chitieu.svgMs),
  pngPerChart: per(chitieu.pngMs),
  bothPerChart: per(chitieu.wallMs),
  wallS: chitieu.wallMs / 1000,
  cpuS: chitieu.cpuMs / 1000,
};
rows.push(['chitieu, one process', c.svgPerChart, c.pngPerChart, c.bothPerChart, c.wallS, c.cpuS]);
let v = null;
let ratio = null;
if (vega) {
  v = {
    svgPerChart: per(vega.svg.wallMs),
    pngPerChart: per(vega.png.wallMs),
    bothPerChart: per(vega.svg.wallMs + vega.png.wallMs),
    wallS: (vega.svg.wallMs + vega.png.wallMs) / 1000,
    cpuS: (vega.svg.cpuMs + vega.png.cpuMs) / 1000,
  };
  rows.push([`vega-cli, ${2 * n} processes`, v.svgPerChart, v.pngPerChart, v.bothPerChart, v.wallS, v.cpuS]);
  ratio = {
    total: v.wallS / c.wallS,
    svg: v.svgPerChart / c.svgPerChart,
    png: v.pngPerChart / c.pngPerChart,
    cpu: c.cpuS > 0 ? v.cpuS / c.cpuS : null,
  };
}
const f = (x, d = 1) =>
  x == null ? '—' : x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const table = [
  `Chart export, ${n} Vega-Lite charts (SVG ${680} px wide + screen PNG ${680 * 2} px), ${new Date().toISOString().slice(0, 10)}, ${cpus().length} CPUs, load ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`,
  '',
  '| | SVG, ms/chart | PNG, ms/chart | SVG + PNG, ms/chart | Total wall, s | CPU, s |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    ([name, ...xs]) => `| ${name} | ${f(xs[0])} | ${f(xs[1])} | ${f(xs[2])} | ${f(xs[3], 2)} | ${f(xs[4], 2)} |`,
  ),
];
if (ratio)
  table.push(
    `| **ratio (vega-cli / chitieu)** | ${f(ratio.svg)}× | ${f(ratio.png)}× | **${f(ratio.total)}×** | **${f(ratio.total)}×** | ${f(ratio.cpu)}× |`,
  );
table.push(
  '',
  `chitieu: SVG and PNG columns are in-process times (read spec, compile, draw, write); SVG + PNG and total include the process start and module loading (${f(chitieu.startupMs, 0)} ms once). Three runs (before, halfway through and after vega-cli): ${chitieuRuns.map((r) => `${f(r.wallMs / 1000, 2)} s`).join(', ')}; the median counts.`,
);
if (vega)
  table.push(
    `vega-cli: wall time of each process (Node start, vega + vega-lite + canvas load, compile, draw, write), summed; vl2png${PNG_SCALE === 1 ? '' : ` --scale ${PNG_SCALE}`}.`,
  );
if (ratio) table.push(`Goal ≥ ${GOAL}× faster: ${ratio.total >= GOAL ? 'met' : 'NOT met'} (${f(ratio.total)}×).`);
if (sizeAgreement)
  table.push(
    `Layout: vega-cli measures text with node-canvas and the system's fonts (chitieu with the shipped Noto Sans), so ${n - sizeAgreement.sameSvgSize} of ${n} charts differ in size, by at most ${sizeAgreement.maxDifferencePx} px.`,
  );
table.push(
  `Files: chitieu ${checks.chitieu.svgs} SVG + ${checks.chitieu.pngs} PNG${checks.vegaCli ? `, vega-cli ${checks.vegaCli.svgs} SVG + ${checks.vegaCli.pngs} PNG` : ''} of ${n} each.`,
);
console.log(`\n${table.join('\n')}\n`);
for (const [who, check] of Object.entries(checks))
  if (check && check.problemCount)
    console.log(`${who}: ${check.problemCount} problems, e.g.\n  ${check.problems.join('\n  ')}`);
if (vega)
  for (const fail of [...vega.svg.failures, ...vega.png.failures].slice(0, 10))
    console.log(`vega-cli failure: ${fail}`);
if (setup.error) console.log(`vega-cli not run: ${setup.error}`);

const round = (o) => JSON.parse(JSON.stringify(o, (_, x) => (typeof x === 'number' ? +x.toFixed(2) : x)));
const results = round({
  what: 'Export of Vega-Lite charts of the chitieu chart set to SVG and screen PNG: chitieu in one process against the official vega-cli (vl2svg, vl2png), one process per chart and format, sequential. `node bench/charts.mjs`.',
  date: startedAt.toISOString(),
  machine: {
    node: process.version,
    platform: process.platform,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memGB: totalmem() / 2 ** 30,
    loadavgBefore: loadBefore,
    loadavgAfter: loadavg(),
  },
  versions: {
    vega: versionOf(root, 'vega'),
    'vega-lite': versionOf(root, 'vega-lite'),
    '@resvg/resvg-js': versionOf(root, '@resvg/resvg-js'),
    'vega-cli': haveVegaCli ? versionOf(vcDir, 'vega-cli') : null,
    'vega-cli: vega': haveVegaCli ? versionOf(vcDir, 'vega') : null,
    'vega-cli: vega-lite': haveVegaCli ? versionOf(vcDir, 'vega-lite') : null,
    'vega-cli: canvas': haveVegaCli ? versionOf(vcDir, 'canvas') : null,
  },
  specs: {
    count: n,
    dir: 'bench/.work/charts',
    byChart,
    years: [...new Set(specs.map((s) => s.year))],
    areas: [...new Set(specs.map((s) => s.area))],
    langs: [...new Set(specs.map((s) => s.lang))],
    chartSets: specsResult.sets,
    plotChartsLeftOut: specsResult.plotChartsLeftOut,
    note: 'Vega-Lite charts only: vega-cli cannot draw the Observable Plot charts of the set (funnel, area dots, violations by field).',
  },
  setup,
  vl2pngScale: PNG_SCALE,
  chitieu: {
    ...c,
    runs: chitieuRuns,
    counted: 'the median of the three runs (before, halfway through and after the vega-cli runs)',
  },
  vegaCli: v
    ? {
        ...v,
        svgWallS: vega.svg.wallMs / 1000,
        pngWallS: vega.png.wallMs / 1000,
        failures: [...vega.svg.failures, ...vega.png.failures],
        stderr: vega.warnings,
      }
    : null,
  ratio,
  goal: { atLeast: GOAL, met: ratio ? ratio.total >= GOAL : null },
  checks: { ...checks, sizeAgreement },
  table,
});
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${resultsFile}`);
const ok =
  checks.chitieu.ok &&
  (values['no-vega-cli'] || (checks.vegaCli?.ok && vega.svg.failures.length + vega.png.failures.length === 0));
process.exitCode = ok ? 0 : 1;
