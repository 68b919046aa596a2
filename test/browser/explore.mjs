// The notebooks as a statistician explores with them (issue [Q]), checked in Chromium against the command line:
//
// - every control of every page is changed at least once, and the page's figures then equal the command line's:
//   the overview's JSON block equals the output of the very command the page prints (`npx chitieu indicators ...`,
//   run here as `node bin/chitieu.js indicators ...`), and every series table (`table[data-series-table]`) equals
//   `chitieu series --json` point by point;
// - a link with a query string reopens its view (year, area, indicator, breakdown, compared area, target set);
// - an SVG download of every library chart on every page has the same bytes as the file `chitieu charts` writes,
//   or, where a coordinate comes from exp/log (intervals, funnel limits), the same to 12 significant digits
//   (Chromium's and Node's V8 differ in the last bit there; the count is printed); a PNG download is a PNG twice
//   the SVG's size; a CSV download is UTF-8 with a BOM, comma-separated, numbers plain;
// - a refused target file is one message naming file, line and column (80 refused with "80 % viết là 0.8"), the
//   controls stay, and the file can be removed;
// - a refused data folder is one message, with no cell error, no console error, and the controls still there;
// - the redraw after a change of year or area is timed (the whole redraw, and the computing part: the union of
//   the spans the pages and notebooks/lib mark with performance.measure, see notebooks/lib/timing.ts), and
//   printed with the largest parts of the computing;
// - screenshots of the "Done when" walk go to test/browser/screenshots/q-*.png.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Numbers agree to 12 significant digits (Chromium's and Node's V8 differ in the last bit of exp/log). */
export function close(x, y) {
  if (typeof x === 'number' && typeof y === 'number')
    return x === y || Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, k) => close(v, y[k]));
  if (x && y && typeof x === 'object' && typeof y === 'object') {
    const kx = Object.keys(x);
    return kx.length === Object.keys(y).length && kx.every((k) => close(x[k], y[k]));
  }
  return x === y;
}

/** The first path where two JSON values differ, for a readable failure. */
function firstDifference(x, y, path = '$') {
  if (close(x, y)) return null;
  if (x && y && typeof x === 'object' && typeof y === 'object') {
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
    for (const k of keys) {
      const d = firstDifference(x[k], y[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: command ${JSON.stringify(x)?.slice(0, 200)} / page ${JSON.stringify(y)?.slice(0, 200)}`;
}

/** The numbers of an SVG file written to 12 significant digits, for comparing a browser's and Node's drawing. */
function to12Digits(text) {
  return text.replace(/-?\d*\.\d+(?:e[-+]?\d+)?/gi, (n) => String(Number(Number(n).toPrecision(12))));
}

/** True when two SVG files differ at most in digits beyond the twelfth significant one. */
function sameTo12Digits(a, b) {
  return to12Digits(a.toString('utf8')) === to12Digits(b.toString('utf8'));
}

/** How many numbers of two SVG files are written differently. */
function differingNumbers(a, b) {
  const na = a.toString('utf8').match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  const nb = b.toString('utf8').match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  return na.filter((x, i) => x !== nb[i]).length;
}

/**
 * Runs the checks. `ctx`: { browser, serverUrl, root, dataDir, screenshots, fail, log }.
 * @returns {Promise<{timings: {page: string, change: string, redrawMs: number, computeMs: number, parts: [string, number][], taskCpuMs: number}[]}>}
 */
export async function explore(ctx) {
  const { browser, serverUrl, root, dataDir, screenshots, fail, log } = ctx;
  const cli = (...args) =>
    spawnSync(process.execPath, [join(root, 'bin', 'chitieu.js'), ...args], { encoding: 'utf8', cwd: root });
  const seriesCache = new Map();
  const cliSeries = (area, indicator) => {
    const key = `${area}|${indicator}`;
    if (!seriesCache.has(key)) {
      const run = cli('series', '--data', dataDir, '--area', area, '--indicator', indicator, '--json');
      seriesCache.set(key, run.status === 0 ? JSON.parse(run.stdout) : null);
      if (run.status !== 0)
        fail('series', `chitieu series --area ${area} --indicator ${indicator} failed: ${run.stderr}`);
    }
    return seriesCache.get(key);
  };
  const timings = [];
  /** Charts whose download equals chitieu charts' file to 12 significant digits but not byte for byte. */
  const lastDigits = [];
  const downloads = await mkdtemp(join(tmpdir(), 'chitieu-downloads-'));
  const work = await mkdtemp(join(tmpdir(), 'chitieu-explore-'));

  /** Opens a page (with a query string) and returns helpers bound to it. */
  async function open(name, query = '') {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
    const errors = [];
    let expectErrors = false;
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !expectErrors) errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    const cdp = await page.createCDPSession();
    // The page's main-thread CPU time (thread ticks, not wall time: the machine may be shared), read around a
    // change: all tasks (scripts, layout and paint). (ScriptDuration stays 0 in thread ticks, so it is not read.)
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpu = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return get('TaskDuration');
    };
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
    await page.goto(new URL(`${name}${query}`, serverUrl).href, { waitUntil: 'load', timeout: 90_000 });
    await page.evaluate(() => {
      window.__last = performance.now();
      new MutationObserver(() => (window.__last = performance.now())).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    /**
     * Waits until the page has drawn (its year control and provenance block are there), the DOM has changed since
     * `after` (performance.now() of an action; up to 10 s) and has then been still for 600 ms. Returns the time of
     * its last change.
     */
    const settle = async (after = -1) => {
      const started = Date.now();
      for (;;) {
        const { last, now, ready } = await page.evaluate(() => ({
          last: window.__last,
          now: performance.now(),
          ready:
            document.fonts.status === 'loaded' &&
            document.querySelector('[data-provenance]') !== null &&
            document.querySelector('select') !== null,
        }));
        const changed = last > after || Date.now() - started > 10_000;
        if (ready && changed && now - last > 600) return last;
        if (Date.now() - started > 90_000) {
          fail(name, 'did not settle within 90 s');
          return last;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const now = () => page.evaluate(() => performance.now());
    await settle();
    const state = () =>
      page.evaluate(() => ({
        cellErrors: Array.from(document.querySelectorAll('.observablehq--error'), (e) => e.textContent.slice(0, 300)),
        search: location.search,
        selects: Object.fromEntries(
          Array.from(document.querySelectorAll('form'), (f) => [
            f.querySelector('label')?.textContent?.split(' /')[0] ?? '',
            f.querySelector('select')?.selectedOptions?.[0]?.textContent ?? null,
          ]).filter(([, v]) => v !== null),
        ),
        series: Array.from(document.querySelectorAll('table[data-series-table] tbody tr'), (tr) => ({
          indicator: tr.closest('table')?.getAttribute('data-indicator') ?? '',
          year: Number(tr.getAttribute('data-year')),
          area: tr.getAttribute('data-area'),
          value: tr.getAttribute('data-value') === '' ? null : Number(tr.getAttribute('data-value')),
          basis: tr.getAttribute('data-basis') || null,
        })),
        json: document.querySelector('pre[data-report-json]')?.textContent ?? null,
        command: document.querySelector('pre[data-report-json]')?.getAttribute('data-command') ?? null,
        charts: document.querySelectorAll('figure[data-chart] svg').length,
        problems: document.querySelectorAll('.chitieu-problems').length,
      }));
    /**
     * Changes the select whose label starts with `label` to the option whose text starts with `text` (or whose
     * value equals it); returns the redraw and computing times, or null when there is no such option.
     */
    const choose = async (label, text) => {
      const cpuBefore = await cpu();
      const at = await page.evaluate(
        (label, text) => {
          performance.clearMeasures();
          const form = Array.from(document.querySelectorAll('form')).find((f) =>
            f.querySelector('label')?.textContent?.startsWith(label),
          );
          const select = form?.querySelector('select');
          if (!select) return null;
          const i = Array.from(select.options).findIndex((o) => o.textContent.startsWith(text));
          if (i < 0) return null;
          select.selectedIndex = i;
          const t = performance.now();
          select.dispatchEvent(new Event('input', { bubbles: true }));
          return t;
        },
        label,
        text,
      );
      if (at === null) {
        fail(name, `no control "${label}" with an option "${text}"`);
        return null;
      }
      const last = await settle(at);
      // Computing: the union of the spans the page measured (a chart's data prepared inside a timed chart build
      // is measured twice and counts once), and each label's own total, largest first.
      const { computeMs, parts } = await page.evaluate(() => {
        const spans = performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('chitieu:'))
          .map((m) => ({ label: m.name.slice('chitieu:'.length), start: m.startTime, end: m.startTime + m.duration }));
        let total = 0;
        let reach = -Infinity;
        for (const m of [...spans].sort((a, b) => a.start - b.start)) {
          if (m.end > reach) total += m.end - Math.max(m.start, reach);
          reach = Math.max(reach, m.end);
        }
        const byLabel = {};
        for (const m of spans) byLabel[m.label] = (byLabel[m.label] ?? 0) + (m.end - m.start);
        return { computeMs: total, parts: Object.entries(byLabel).sort((a, b) => b[1] - a[1]) };
      });
      const cpuAfter = await cpu();
      // The settling wait polls the page (a few ms of its CPU time); not subtracted, so the figure is an upper bound.
      return {
        redrawMs: last - at,
        computeMs,
        parts,
        taskCpuMs: cpuAfter - cpuBefore,
      };
    };
    const check = async (what) => {
      const s = await state();
      for (const e of s.cellErrors) fail(name, `${what}: cell error: ${e}`);
      for (const e of errors.splice(0)) fail(name, `${what}: console error: ${e.slice(0, 300)}`);
      return s;
    };
    return { page, settle, now, state, choose, check, expect: (on) => (expectErrors = on) };
  }

  /** Clicks a download button and returns the file the browser saved (name and bytes), or null. */
  const downloadFrom = async (page, selector, kind) => {
    const before = new Set(await readdir(downloads));
    const ok = await page.evaluate(
      (selector, kind) => {
        const b = document.querySelector(`${selector} [data-download="${kind}"]`);
        b?.click();
        return Boolean(b);
      },
      selector,
      kind,
    );
    if (!ok) return null;
    for (let i = 0; i < 100; i++) {
      const now = (await readdir(downloads)).filter((f) => !before.has(f) && !f.endsWith('.crdownload'));
      if (now.length > 0) {
        await new Promise((r) => setTimeout(r, 200));
        return { name: now[0], bytes: await readFile(join(downloads, now[0])) };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  };
  let chartsDir = null;
  /** `chitieu charts --year 2024 --format svg` once; the folder. */
  const charts2024 = async () => {
    if (chartsDir) return chartsDir;
    chartsDir = join(work, 'charts');
    const run = cli('charts', '--data', dataDir, '--year', '2024', '--out', chartsDir, '--format', 'svg');
    if (run.status !== 0) fail('charts', `chitieu charts failed: ${run.stderr.slice(0, 300)}`);
    return chartsDir;
  };
  /** Every chart of the set on a page downloads as the bytes chitieu charts writes. */
  const compareSvgDownloads = async (name, page) => {
    const out = await charts2024();
    const names = await page.evaluate(() =>
      Array.from(document.querySelectorAll('figure[data-library="vega-lite"], figure[data-library="plot"]'), (f) =>
        f.getAttribute('data-chart'),
      ),
    );
    if (names.length === 0) fail(name, 'no chart of the set to download');
    for (const chart of names) {
      const got = await downloadFrom(page, `figure[data-chart="${chart}"]`, 'svg');
      const expected = await readFile(join(out, `${chart}.svg`)).catch(() => null);
      if (!got || !expected)
        fail(
          name,
          `${chart}: download ${got ? 'made' : 'missing'}, chitieu charts ${expected ? 'wrote it' : 'did not write it'}`,
        );
      else if (!got.bytes.equals(expected) && sameTo12Digits(got.bytes, expected)) {
        const n = differingNumbers(got.bytes, expected);
        lastDigits.push(`${name} ${chart}`);
        log(
          `${name}: ${chart}.svg downloaded = chitieu charts --year 2024 but for the last digits of ${n} numbers (Chromium's and Node's V8 differ in the last bit of exp/log); equal to 12 significant digits`,
        );
      } else if (!got.bytes.equals(expected)) {
        // Both files kept for a look: test/.tmp/svg-differences/
        const keep = join(root, 'test', '.tmp', 'svg-differences');
        await mkdir(keep, { recursive: true });
        await writeFile(join(keep, `${chart}.download.svg`), got.bytes);
        await writeFile(join(keep, `${chart}.charts.svg`), expected);
        fail(
          name,
          `${chart}.svg: the download (${got.bytes.length} B) differs from chitieu charts' file (${expected.length} B)`,
        );
      } else log(`${name}: ${chart}.svg downloaded = chitieu charts --year 2024 (${expected.length} B, same bytes)`);
    }
  };

  /** Every series table row equals `chitieu series --json` (value and basis). */
  const compareSeries = (page, what, rows, indicator) => {
    if (rows.length === 0) {
      fail(page, `${what}: no series table`);
      return;
    }
    let bad = 0;
    if (!rows.some((r) => r.indicator === indicator)) fail(page, `${what}: no series table of ${indicator}`);
    for (const r of rows) {
      const point = cliSeries(r.area, r.indicator)?.points.find((p) => p.year === r.year);
      if (!point || !close(point.value, r.value) || point.basis !== r.basis) {
        if (bad++ < 3)
          fail(
            page,
            `${what}: ${r.area} ${r.year} ${r.indicator}: page ${r.value} (${r.basis}), chitieu series ${point?.value} (${point?.basis})`,
          );
      }
    }
    if (bad === 0)
      log(
        `${page}: ${what}: ${rows.length} series points = chitieu series --json (${[...new Set(rows.map((r) => r.indicator))].join(', ')})`,
      );
  };

  /** The overview's JSON equals the output of the command it prints. */
  const compareJson = (what, s) => {
    if (!s.json || !s.command) {
      fail('overview.html', `${what}: no JSON block or command`);
      return;
    }
    const args = s.command.replace(/^npx chitieu /, '').split(' ');
    if (!s.command.startsWith('npx chitieu indicators --data data '))
      fail('overview.html', `${what}: command is not pasteable: ${s.command}`);
    const run = cli(...args);
    if (run.status !== 0) {
      fail('overview.html', `${what}: ${s.command} failed: ${run.stderr.slice(0, 300)}`);
      return;
    }
    const d = firstDifference(JSON.parse(run.stdout), JSON.parse(s.json));
    if (d) fail('overview.html', `${what}: the JSON block differs from ${s.command}: ${d}`);
    else log(`overview.html: ${what}: JSON block = ${s.command}`);
  };

  // --- the overview: year, area, target set, target file --------------------------------------------------
  {
    const o = await open('overview.html');
    const opened = await o.check('opened');
    compareJson('opened', opened);
    // the scorecard table's CSV: the JSON's values as plain numbers
    const csv = await downloadFrom(o.page, '.chitieu-table-wrap:has(table.chitieu-scorecard)', 'csv');
    if (!csv || !csv.bytes.toString('utf8').startsWith('\uFEFF'))
      fail('overview.html', 'the scorecard table downloads no CSV');
    else if (opened.json) {
      const results = JSON.parse(opened.json).results;
      const lines = csv.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
      const bad = results.filter((r, k) => {
        const cells = lines[k + 1]?.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '')) ?? [];
        return cells[2] !== r.id || (r.value === null ? cells[5] !== '' : Number(cells[5]) !== r.value);
      });
      if (lines.length !== results.length + 1 || bad.length > 0)
        fail(
          'overview.html',
          `the scorecard CSV differs from the JSON (${lines.length - 1} rows; first: ${bad[0]?.id})`,
        );
      else
        log(`overview.html: scorecard CSV = the JSON block's ids and values (${results.length} rows, plain numbers)`);
    }
    for (const [label, text, what] of [
      ['Năm', '2019', 'year 2019'],
      ['Địa bàn', 'Huyện Can Lộc', 'area 443'],
      ['Năm', '2026', 'year 2026, area 443 (absent)'],
    ]) {
      const t = await o.choose(label, text);
      if (t) timings.push({ page: 'overview.html', change: what, ...t });
      compareJson(what, await o.check(what));
    }
    // the target-set radio
    const radioAt = await o.now();
    const national = await o.page.evaluate(() => {
      const input = document.querySelectorAll('input[type=radio]')[2];
      if (!input) return false;
      input.click();
      return true;
    });
    if (!national) fail('overview.html', 'no second target set to choose');
    await o.settle(radioAt);
    const s = await o.check('target set');
    if (!/targets=/.test(s.search)) fail('overview.html', `target set not in the address: ${s.search}`);
    compareJson('another target set', s);
    // a target file: malformed, a threshold of 80, a good one, then removed
    const upload = async (file, text) => {
      const path = join(work, file);
      await writeFile(path, text);
      const input = await o.page.$('input[data-target-file]');
      const at = await o.now();
      await input.uploadFile(path);
      await o.settle(at);
      return o.page.evaluate(() => ({
        refused: Array.from(
          document.querySelectorAll('[data-target-file-refused] .chitieu-problems'),
          (e) => e.textContent,
        ),
        used: document.querySelector('[data-target-file-used]')?.getAttribute('data-target-file-used') ?? null,
        controls: document.querySelectorAll('select').length,
        remove: !document.querySelector('[data-remove-target-file]')?.disabled,
      }));
    };
    let t = await upload('broken.json', '{\n  "targets": { oops }\n}\n');
    await o.check('malformed target file');
    if (t.refused.length !== 1 || !/^broken\.json:2:16: /.test(t.refused[0]))
      fail(
        'overview.html',
        `a malformed target file: expected one message at broken.json:2:16, got ${JSON.stringify(t.refused)}`,
      );
    if (t.controls < 2) fail('overview.html', 'a refused target file took the controls away');
    t = await upload(
      'eighty.json',
      '{\n  "id": "mine",\n  "targets": {\n    "clearance_rate": { "comparator": ">=", "threshold": 80 }\n  }\n}\n',
    );
    await o.check('threshold 80');
    if (t.refused.length !== 1 || !/^eighty\.json:4:58: .*80 % viết là 0\.8/.test(t.refused[0]))
      fail(
        'overview.html',
        `a threshold of 80: expected eighty.json:4:58 with "80 % viết là 0.8", got ${JSON.stringify(t.refused)}`,
      );
    const good = join(work, 'good.json');
    t = await upload(
      'good.json',
      '{\n  "id": "mine",\n  "targets": {\n    "clearance_rate": { "comparator": ">=", "threshold": 0.9 }\n  }\n}\n',
    );
    const withFile = await o.check('good target file');
    if (t.used !== 'good.json') fail('overview.html', 'a good target file is not said to be used');
    if (withFile.command) {
      const command = withFile.command.replace(/--targets \S+/, `--targets ${good}`);
      compareJson('good target file', { ...withFile, command });
    }
    const removedAt = await o.now();
    await o.page.click('[data-remove-target-file]');
    await o.settle(removedAt);
    const removed = await o.check('target file removed');
    if (/--targets \S*good\.json/.test(removed.command ?? ''))
      fail('overview.html', 'the removed target file is still used');
    compareJson('target file removed', removed);
    // a refused data folder: one message, no cell or console error, the controls still there
    if (ctx.refusedFolder) {
      o.expect(false);
      const picker = await o.page.$('input[data-folder-input]');
      const pickedAt = await o.now();
      await picker.uploadFile(ctx.refusedFolder);
      await o.settle(pickedAt);
      const r = await o.check('refused folder');
      if (r.problems !== 1) fail('overview.html', `a refused folder shows ${r.problems} problem blocks, not one`);
      if (Object.keys(r.selects).length < 2)
        fail('overview.html', 'a refused folder took the year and area controls away');
    }
    await o.page.close();
  }

  // --- criminal cases: the "Done when" walk, the comparison, downloads ----------------------------------------
  {
    const c = await open('criminal-cases.html');
    await c.check('opened');
    /** A screenshot of the controls and what follows them (the year, the area and how its figure is made). */
    const shot = async (file) => {
      await c.page.evaluate(() => document.querySelector('select')?.closest('form')?.scrollIntoView());
      await c.page.screenshot({ path: join(screenshots, file), fullPage: false });
    };
    await shot('q-1-opened.png');
    let t = await c.choose('Địa bàn', 'Huyện Can Lộc');
    if (t) timings.push({ page: 'criminal-cases.html', change: 'area 443', ...t });
    for (const y of ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']) {
      t = await c.choose('Năm', y);
      if (t) timings.push({ page: 'criminal-cases.html', change: `year ${y} (area 443)`, ...t });
      const s = await c.check(`year ${y}`);
      if (!s.selects['Địa bàn']?.startsWith('Huyện Can Lộc'))
        fail('criminal-cases.html', `year ${y}: the area was lost (${s.selects['Địa bàn']})`);
      if (!s.search.includes('area=443') || !s.search.includes(`year=${y}`))
        fail('criminal-cases.html', `year ${y}: address ${s.search}`);
      if (y === '2019') {
        const control = await c.page.evaluate(() => ({
          early: document.querySelector('[data-early-control]') !== null,
          drawn: document.querySelector('figure[data-chart^="xmr-2019-"] svg') !== null,
          wrong: document.body.textContent.includes('không có đủ 12 tháng'),
        }));
        if (!control.early || !control.drawn || control.wrong)
          fail(
            'criminal-cases.html',
            `2019: the control chart of its 12 months is not drawn and said (${JSON.stringify(control)})`,
          );
      }
      if (y === '2019' || y === '2026') {
        await shot(`q-2-can-loc-${y}.png`);
      }
    }
    let s = await c.check('443, 2026');
    compareSeries('criminal-cases.html', '443 with the province, 2026', s.series, 'crime_change_vs_baseline');
    const basis = await c.page.evaluate(() =>
      document.querySelector('[data-area-basis]')?.getAttribute('data-area-basis'),
    );
    if (basis !== 'gathered') fail('criminal-cases.html', `443 in 2026: basis ${basis}, not gathered`);
    const figure = await c.page.$('figure[data-chart^="so-sanh-"]');
    if (figure) {
      await figure.scrollIntoView();
      await figure.screenshot({ path: join(screenshots, 'q-3-compare-with-province.png') });
    } else fail('criminal-cases.html', 'no comparison chart');
    // downloads of that chart and its table
    const download = (selector, kind) => downloadFrom(c.page, selector, kind);
    const svg = await download('figure[data-chart^="so-sanh-"]', 'svg');
    if (!svg || !svg.bytes.toString('utf8').startsWith('<svg'))
      fail('criminal-cases.html', 'the comparison chart downloads no SVG');
    const png = await download('figure[data-chart^="so-sanh-"]', 'png');
    if (!png || png.bytes.readUInt32BE(0) !== 0x89504e47)
      fail('criminal-cases.html', 'the comparison chart downloads no PNG');
    else if (png.bytes.readUInt32BE(16) !== 1360)
      fail('criminal-cases.html', `the PNG is ${png.bytes.readUInt32BE(16)} px wide, not twice 680`);
    const csv = await download('.chitieu-table-wrap:has(table[data-series-table])', 'csv');
    if (!csv) fail('criminal-cases.html', 'the comparison table downloads no CSV');
    else {
      const text = csv.bytes.toString('utf8');
      if (!text.startsWith('\uFEFF')) fail('criminal-cases.html', 'the CSV has no byte-order mark');
      const lines = text.slice(1).split('\r\n');
      if (!lines[0].startsWith('nam,ma_dia_ban,')) fail('criminal-cases.html', `CSV header: ${lines[0]}`);
      const row = lines.find((l) => l.startsWith('2026,443,'));
      const cliValue = cliSeries('443', 'crime_change_vs_baseline').points.find((p) => p.year === 2026).value;
      if (!row || !row.includes(`,${cliValue},`))
        fail('criminal-cases.html', `CSV row of 443 in 2026 lacks the plain value ${cliValue}: ${row}`);
      else
        log(
          `criminal-cases.html: downloads: ${svg?.name} (${svg?.bytes.length} B), ${png?.name} (${png?.bytes.length} B), ${csv.name} (${csv.bytes.length} B, BOM, plain numbers)`,
        );
    }
    await c.page.evaluate(() =>
      document
        .querySelector('.chitieu-table-wrap:has(table[data-series-table]) .chitieu-downloads')
        ?.scrollIntoView({ block: 'end' }),
    );
    await c.page.screenshot({ path: join(screenshots, 'q-4-table-and-downloads.png'), fullPage: false });
    // the indicator, breakdown and compared-area controls
    t = await c.choose('Chỉ tiêu', 'Tỉ lệ điều tra, khám phá án hình sự');
    s = await c.check('indicator clearance_rate');
    compareSeries('criminal-cases.html', 'indicator clearance_rate', s.series, 'clearance_rate');
    await c.choose('So sánh với', 'Xã Can Lộc');
    s = await c.check('compare 18406');
    compareSeries('criminal-cases.html', '443 with 18406 (spread before 2025)', s.series, 'clearance_rate');
    if (!s.series.some((r) => r.area === '18406' && r.basis === 'spread_estimate'))
      fail('criminal-cases.html', '18406 before 2025 is not a spread estimate');
    await c.choose('Chỉ tiêu', 'Vi phạm');
    await c.choose('Chia theo', 'Ma túy');
    s = await c.check('breakdown field drugs');
    if (!s.search.includes('breakdown=field%3Adrugs') && !s.search.includes('breakdown=field:drugs'))
      fail('criminal-cases.html', `breakdown not in the address: ${s.search}`);
    // the library chart's SVG download = chitieu charts' file, for the same year and area
    await c.choose('Năm', '2024');
    await c.choose('Địa bàn', 'Tỉnh Hà Tĩnh');
    await compareSvgDownloads('criminal-cases.html', c.page);
    await c.page.close();
  }

  // --- a link reopens its view ----------------------------------------------------------------------------------
  {
    const query = '?year=2019&area=443&indicator=clearance_rate&compare=18406';
    const r = await open('criminal-cases.html', query);
    const s = await r.check('reopened');
    const want = {
      Năm: '2019',
      'Địa bàn': 'Huyện Can Lộc',
      'Chỉ tiêu': 'Tỉ lệ điều tra, khám phá án hình sự',
      'So sánh với': 'Xã Can Lộc',
    };
    for (const [label, text] of Object.entries(want))
      if (!s.selects[label]?.startsWith(text))
        fail('criminal-cases.html', `${query}: ${label} shows ${s.selects[label]}, not ${text}`);
    compareSeries('criminal-cases.html', `reopened ${query}`, s.series, 'clearance_rate');
    await r.page.close();
    const o = await open('overview.html', '?year=2021&area=443&targets=national');
    const so = await o.check('reopened overview');
    if (!so.command?.includes('--year 2021 --area 443 --targets national'))
      fail('overview.html', `?year=2021&area=443&targets=national reopened as: ${so.command}`);
    compareJson('reopened ?year=2021&area=443&targets=national', so);
    await o.page.close();
    // ?lang=en: a refused target file is said in English
    const e = await open('overview.html', '?lang=en');
    const path = join(work, 'eighty-en.json');
    await writeFile(path, '{"targets": {"clearance_rate": {"comparator": ">=", "threshold": 80}}}');
    const at = await e.now();
    await (await e.page.$('input[data-target-file]')).uploadFile(path);
    await e.settle(at);
    await e.check('lang=en, threshold 80');
    const english = await e.page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-target-file-refused]'), (el) => el.textContent),
    );
    if (
      english.length !== 1 ||
      !/was refused/.test(english[0]) ||
      !/eighty-en\.json:1:\d+: .*write 80 % as 0\.8/.test(english[0])
    )
      fail('overview.html', `?lang=en: a threshold of 80 is not refused in English: ${JSON.stringify(english)}`);
    else log('overview.html: ?lang=en: a threshold of 80 refused in English, with file:line:column');
    await e.page.close();
  }

  // --- the other pages: every control once, series against the command line ------------------------------------
  for (const [name, indicator, extra] of [
    ['reports-clearance.html', 'reports_resolution_rate', 'Giải quyết'],
    ['reoffending.html', 'reoffending_rate', null],
    ['safe-units.html', 'safe_communes_share', null],
  ]) {
    const p = await open(name);
    await p.check('opened');
    let t = await p.choose('Năm', '2026');
    if (t) timings.push({ page: name, change: 'year 2026', ...t });
    t = await p.choose('Địa bàn', 'Thành phố Hà Tĩnh');
    if (t) timings.push({ page: name, change: 'area 436', ...t });
    if (extra) {
      const clickedAt = await p.now();
      const clicked = await p.page.evaluate((extra) => {
        const r = Array.from(document.querySelectorAll('input[type=radio]')).find((i) =>
          i.closest('label')?.textContent?.startsWith(extra),
        );
        r?.click();
        return Boolean(r);
      }, extra);
      if (!clicked) fail(name, `no "${extra}" choice`);
      await p.settle(clickedAt);
    }
    const s = await p.check('2026, 436');
    compareSeries(name, '436 in 2026', s.series, indicator);
    const empty = await p.page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-empty-reason]'), (e) => e.getAttribute('data-empty-reason')),
    );
    if (name === 'safe-units.html' && !empty.includes('safe-units-comparison'))
      fail(name, '2026: the empty comparison says no reason');
    if (name === 'reoffending.html' && !empty.includes('no-cohort')) fail(name, '2026: the missing cohort is not said');
    if (name === 'reoffending.html') {
      // The release-type chart: a title and a legend inside its SVG, and every interval inside the frame.
      const chart = await p.page.evaluate(() => {
        const svg = document.querySelector('figure[data-chart="reoffending-by-release-type"] svg');
        const text = svg?.textContent ?? '';
        const ticks = Array.from(svg?.querySelectorAll('[aria-label="y-axis tick label"] text') ?? [], (t) =>
          Number(t.textContent.replace(',', '.')),
        );
        const highs = Array.from(document.querySelectorAll('table.chitieu-table tbody tr td:nth-child(6)'), (td) =>
          Number((td.textContent.split('–')[1] ?? '').replace('%', '').replace(',', '.').trim()),
        ).filter((x) => Number.isFinite(x));
        return { text, top: Math.max(...ticks), high: Math.max(...highs) };
      });
      if (!chart.text.includes('Tỉ lệ tái phạm theo hình thức ra tù') || !chart.text.includes('khoảng tin cậy 95 %'))
        fail(name, 'the release-type chart has no title or legend');
      if (!(chart.top >= chart.high))
        fail(name, `the release-type chart cuts intervals: axis to ${chart.top}, interval to ${chart.high}`);
    }
    await p.page.screenshot({ path: join(screenshots, `q-${name.replace('.html', '')}-436-2026.png`), fullPage: true });
    await p.page.close();
  }

  // --- every other page's charts of the set, downloaded as SVG, against chitieu charts (2024, the province) -------
  for (const name of ['overview.html', 'reports-clearance.html', 'reoffending.html', 'safe-units.html']) {
    const p = await open(name, '?year=2024&area=42');
    await p.check('2024');
    await compareSvgDownloads(name, p.page);
    await p.page.close();
  }

  // --- the pages in English (?lang=en) and the language switch ------------------------------------------------
  await checkEnglish(ctx, open);

  await rm(downloads, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
  if (lastDigits.length > 0)
    log(
      `SVG downloads equal to chitieu charts but for last digits (V8 exp/log): ${lastDigits.length} (${lastDigits.join(', ')})`,
    );
  return { timings };
}

/** A letter only Vietnamese writes among the languages of the pages (a vowel with a tone or hat, đ). */
const VIETNAMESE_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹ]/i;

/**
 * What an English page may show in Vietnamese: the province's name, the official title "An toàn về ANTT" (quoted,
 * straight or curly), the switch's own name of Vietnamese, and the Prime Minister's decisions' number suffix
 * (1944/QĐ-TTg, in the title of a target set). Data values (area names, the data set's title) are set aside as well.
 */
const KEPT_IN_ENGLISH = [/Hà Tĩnh/g, /["“]An toàn về ANTT["”]/g, /Tiếng Việt/g, /\/QĐ-TTg/g];

/** The words of a page's text written with a Vietnamese letter, once the names it may keep are set aside. */
function vietnameseWords(text, dataValues) {
  let rest = text;
  for (const v of dataValues) rest = rest.split(v).join(' ');
  for (const kept of KEPT_IN_ENGLISH) rest = rest.replace(kept, ' ');
  return rest
    .split('\n')
    .flatMap((line) =>
      (line.match(/[\p{L}\p{M}]+/gu) ?? [])
        .filter((w) => VIETNAMESE_LETTER.test(w))
        .map((word) => ({ word, line: line.trim().slice(0, 160) })),
    );
}

/**
 * Every page opened with `?lang=en` reads in English: its visible text (headings, prose, controls, tables, the
 * charts' SVG text, the tab's title) has no word with a Vietnamese letter but the kept names and the data's own
 * values (area names in either language, the data set's title and description); the link back to the index keeps
 * the language, and the index's links do too. The switch "Tiếng Việt" / "English" keeps `year` and `area` (and
 * any other parameter), changing only `lang`. Screenshot: q-5-overview-en.png.
 */
async function checkEnglish(ctx, open) {
  const { browser, serverUrl, dataDir, screenshots, fail, log } = ctx;
  const areaRows = (await readFile(join(dataDir, 'areas.csv'), 'utf8')).trim().split(/\r?\n/).slice(1);
  const meta = JSON.parse(await readFile(join(dataDir, 'datapackage.json'), 'utf8'));
  const dataValues = [...areaRows.flatMap((row) => row.split(',').slice(1, 3)), meta.title, meta.description]
    .filter((v) => typeof v === 'string' && v !== '')
    .sort((a, b) => b.length - a.length);
  const seenText = (page) => page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  const report = (name, query, words) => {
    if (words.length === 0) return true;
    const distinct = [...new Map(words.map((w) => [w.word, w])).values()];
    fail(
      name,
      `${query}: ${words.length} Vietnamese words on the English page: ${distinct
        .slice(0, 8)
        .map((w) => `"${w.word}" in "${w.line}"`)
        .join('; ')}`,
    );
    return false;
  };

  // the index: no controls, so opened here rather than with open()
  {
    const page = await browser.newPage();
    await page.goto(new URL('index.html?lang=en', serverUrl).href, { waitUntil: 'load', timeout: 90_000 });
    await page.waitForSelector('[data-lang-switch] a[data-lang="vi"]', { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelectorAll('main a[href*="overview.html"]').length > 0);
    const links = await page.evaluate(() =>
      Array.from(document.querySelectorAll('main a[href$=".html"], main a[href*=".html?"]'), (a) =>
        a.getAttribute('href'),
      ),
    );
    if (links.length < 5 || !links.every((href) => href.endsWith('?lang=en')))
      fail('index.html', `?lang=en: the list's links do not keep the language: ${links.join(' ')}`);
    if (report('index.html', '?lang=en', vietnameseWords(await seenText(page), dataValues)))
      log(`index.html: ?lang=en: in English (no Vietnamese word), ${links.length} links keep ?lang=en`);
    await page.close();
  }

  for (const [name, query] of [
    ['overview.html', '?lang=en'],
    ['overview.html', '?year=2026&area=443&lang=en'],
    ['criminal-cases.html', '?year=2019&area=443&lang=en'],
    ['criminal-cases.html', '?year=2026&area=443&lang=en'],
    ['reports-clearance.html', '?year=2026&area=42&lang=en'],
    ['reoffending.html', '?year=2026&area=436&lang=en'],
    ['safe-units.html', '?year=2026&area=443&lang=en'],
  ]) {
    const p = await open(name, query);
    await p.check(`${query}`);
    const page = await p.page.evaluate(() => ({
      lang: document.documentElement.lang,
      current: document.querySelector('[data-lang-switch] [aria-current]')?.getAttribute('lang') ?? null,
      back: document.querySelector('nav.chitieu-nav a:not([data-lang])')?.getAttribute('href') ?? null,
    }));
    if (page.lang !== 'en' || page.current !== 'en' || page.back !== './index.html?lang=en')
      fail(name, `${query}: not an English page (${JSON.stringify(page)})`);
    const words = vietnameseWords(await seenText(p.page), dataValues);
    if (report(name, query, words)) log(`${name}: ${query}: in English (no Vietnamese word, charts included)`);
    if (name === 'overview.html' && query === '?lang=en') {
      await p.page.screenshot({ path: join(screenshots, 'q-5-overview-en.png'), fullPage: false });
    }
    await p.page.close();
  }

  // the switch keeps the view: an area chosen in English, then Vietnamese, then English again
  {
    const name = 'criminal-cases.html';
    const p = await open(name, '?year=2024&lang=en');
    await p.choose('Area', 'Can Loc District');
    const follow = async (to) => {
      await Promise.all([
        p.page.waitForNavigation({ waitUntil: 'load', timeout: 90_000 }),
        p.page.click(`[data-lang-switch] a[data-lang="${to}"]`),
      ]);
      const areaShown = () =>
        Array.from(document.querySelectorAll('form'))
          .find((f) => /^(Địa bàn|Area)/.test(f.querySelector('label')?.textContent ?? ''))
          ?.querySelector('select')?.selectedOptions?.[0]?.textContent ?? null;
      await p.page.waitForFunction(areaShown, { timeout: 90_000 });
      const area = await p.page.evaluate(areaShown);
      const where = await p.page.evaluate(() => ({ search: location.search, lang: document.documentElement.lang }));
      return { ...where, area };
    };
    const vi = await follow('vi');
    const params = new URLSearchParams(vi.search);
    if (params.get('year') !== '2024' || params.get('area') !== '443' || params.has('lang') || vi.lang !== 'vi')
      fail(name, `the switch to Tiếng Việt did not keep the view: ${vi.search} (page in ${vi.lang})`);
    if (!vi.area?.startsWith('Huyện Can Lộc')) fail(name, `after the switch to Tiếng Việt, the area shows ${vi.area}`);
    const en = await follow('en');
    const back = new URLSearchParams(en.search);
    if (back.get('year') !== '2024' || back.get('area') !== '443' || back.get('lang') !== 'en' || en.lang !== 'en')
      fail(name, `the switch to English did not keep the view: ${en.search} (page in ${en.lang})`);
    if (!en.area?.startsWith('Can Loc District')) fail(name, `after the switch to English, the area shows ${en.area}`);
    else log(`${name}: the switch keeps the view: ?year=2024&lang=en, area 443 -> ${vi.search} -> ${en.search}`);
    await p.check('after the language switch');
    await p.page.close();
  }
}
