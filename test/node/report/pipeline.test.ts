import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataSet } from '../../../src/core/types.ts';
import { notoSansFiles } from '../../../src/node/report/fonts.ts';
import { OutFolderError } from '../../../src/node/report/output-folder.ts';
import { createProgress } from '../../../src/node/report/progress-bar.ts';
import { REPORT_STEPS } from '../../../src/core/messages/report.ts';
import { REPORT_PIPELINE, ReportStepError, buildReport } from '../../../src/node/report/pipeline.ts';
import type { ChartExporter, ReportDeps, ReportStep } from '../../../src/node/report/types.ts';
import type { Manifest } from '../../../src/node/report/step-manifest.ts';
import { listFiles } from '../../../src/node/report/walk.ts';
import { FORMULA_NAME, MARKUP_NAME, reportDataSet } from './data.ts';
import { resultRowsPerReport } from '../../helpers/result-rows.ts';
import { stubCharts } from './stub-charts.ts';

let parent: string;
beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'chitieu-report-'));
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

const deps = (overrides: Partial<ReportDeps> = {}): ReportDeps => ({
  exportCharts: stubCharts,
  version: '9.9.9-test',
  buildNotebooks: null,
  fonts: null,
  ...overrides,
});

async function build(
  out: string,
  data: DataSet = reportDataSet(),
  d: Partial<ReportDeps> = {},
  lang: 'vi' | 'en' = 'vi',
) {
  return buildReport({ data, outDir: out, year: 2024, lang }, deps(d));
}

const readManifest = async (out: string) => JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;

/** Everything under a folder, each file with its bytes' hash: a snapshot to compare. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await listFiles(dir))
    out[f] = createHash('sha256')
      .update(await readFile(join(dir, f)))
      .digest('hex');
  return out;
}

describe('chitieu report: the pack', () => {
  it('holds the scorecard (JSON, CSV, xlsx), the chart set, the briefing (HTML, docx) and the manifest', async () => {
    const out = join(parent, 'report');
    const summary = await build(out);
    expect(summary.files).toEqual([
      'briefing-2024.docx',
      'briefing-2024.html',
      ...['01-scorecard', '02-crime-baseline', '03-rate-trend-clearance-rate'].flatMap((name) =>
        ['json', 'png', 'print.png', 'svg', 'vl.json'].map((ext) => `charts/${name}.${ext}`),
      ),
      'manifest.json',
      'scorecard.csv',
      'scorecard.json',
      'scorecard.xlsx',
    ]);
    const manifest = await readManifest(out);
    expect(manifest).toMatchObject({
      kind: 'chitieu-report',
      tool: 'chitieu',
      version: '9.9.9-test',
      year: 2024,
      target_set: 'in-force',
    });
    expect(manifest.outputs.map((o) => o.file)).toEqual(summary.files.filter((f) => f !== 'manifest.json'));
    for (const o of manifest.outputs) {
      const bytes = await readFile(join(out, o.file));
      expect(o.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(o.bytes).toBe(bytes.length);
    }
    expect(manifest.inputs).toEqual([{ file: 'areas.csv', sha256: '0'.repeat(64) }]);
    expect(manifest.notebooks).toEqual({ included: false, reason: expect.stringContaining('--no-notebooks') });
  });

  it('puts every indicator of every year and area in the scorecard', async () => {
    const out = join(parent, 'report');
    await build(out);
    const json = JSON.parse(await readFile(join(out, 'scorecard.json'), 'utf8')) as {
      years: number[];
      reports: { year: number; area_code: string; results: unknown[] }[];
    };
    expect(json.years).toEqual([2021, 2022, 2023, 2024]);
    expect(json.reports.map((r) => `${r.year}:${r.area_code}`)).toEqual(
      [2021, 2022, 2023, 2024].flatMap((y) => [`${y}:42`, `${y}:101`, `${y}:102`]),
    );
    for (const r of json.reports) expect(r.results).toHaveLength(resultRowsPerReport());
    const csv = (await readFile(join(out, 'scorecard.csv'), 'utf8')).split('\r\n').filter((l) => l !== '');
    expect(csv).toHaveLength(1 + 12 * resultRowsPerReport());
    expect(csv[0]).toMatch(/^\uFEFFNăm,Số tháng có số liệu,Mã địa bàn,Địa bàn,/);
  });

  it('writes English headers and briefing with --lang en', async () => {
    const out = join(parent, 'report');
    await build(out, reportDataSet(), {}, 'en');
    const csv = await readFile(join(out, 'scorecard.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFYear,Months with data,Area code,Area,')).toBe(true);
    const html = await readFile(join(out, 'briefing-2024.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('SYNTHETIC DATA');
  });

  it('says on the briefing that the data are synthetic, gives the cut-off date and a verdict per target', async () => {
    const out = join(parent, 'report');
    await build(out);
    const html = (await readFile(join(out, 'briefing-2024.html'), 'utf8')).replace(/\u00a0/g, ' ');
    const first = html.slice(0, html.indexOf('<section'));
    expect(first).toContain('SỐ LIỆU GIẢ LẬP');
    expect(first).toContain('31/12/2024');
    // 383 + 140 resolved of 30 + 400 - 10 + 10 + 149 - 2 = 577 to resolve.
    // differences follow the printed figures (90,5 → 90,6: 0,1), not the unrounded ones (0,16…)
    expect(html).toContain('Tỉ lệ giải quyết tin báo, tố giác tội phạm đạt 90,6 % (523/577 tin), vượt chỉ tiêu 90 %.');
    expect(html).toContain(
      'So với năm 2023 (90,5 %): tăng 0,1 điểm phần trăm; so với năm 2021 (90,1 %): tăng 0,5 điểm phần trăm.',
    );
  });
});

describe('chitieu report: the same data give the same bytes', () => {
  it('gives identical manifests, and identical files, on two runs', async () => {
    const a = join(parent, 'a');
    const b = join(parent, 'b');
    await build(a, reportDataSet(), { fonts: notoSansFiles() });
    await build(b, reportDataSet(), { fonts: notoSansFiles() });
    expect(await readFile(join(b, 'manifest.json'), 'utf8')).toBe(await readFile(join(a, 'manifest.json'), 'utf8'));
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  it('replaces an earlier report by a new one in the same folder', async () => {
    const out = join(parent, 'report');
    await build(out);
    const first = await snapshot(out);
    await build(out);
    expect(await snapshot(out)).toEqual(first);
    expect(await readdir(parent)).toEqual(['report']);
  });
});

describe('chitieu report: nothing lost', () => {
  it('leaves an earlier report untouched and no temporary folder when a step fails midway', async () => {
    const out = join(parent, 'report');
    await build(out);
    const before = await snapshot(out);
    const failing: ChartExporter = async (data, options) => {
      await stubCharts(data, options);
      throw new Error('the chart renderer ran out of memory');
    };
    const error = await build(out, reportDataSet(), { exportCharts: failing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportStepError);
    expect(error).toMatchObject({ step: 'charts', detail: 'the chart renderer ran out of memory', earlierKept: true });
    expect(await snapshot(out)).toEqual(before);
    expect(await readdir(parent)).toEqual(['report']);
  });

  it('writes nothing when a step fails and there was no earlier report', async () => {
    const out = join(parent, 'new', 'report');
    const failing: ChartExporter = async () => {
      throw new Error('boom');
    };
    await expect(build(out, reportDataSet(), { exportCharts: failing })).rejects.toMatchObject({
      step: 'charts',
      earlierKept: false,
    });
    expect(await readdir(join(parent, 'new'))).toEqual([]);
  });

  it('refuses a non-empty --out that is not an earlier report, and deletes nothing', async () => {
    const out = join(parent, 'mine');
    await mkdir(out);
    await writeFile(join(out, 'thesis.docx'), 'precious');
    await expect(build(out)).rejects.toBeInstanceOf(OutFolderError);
    expect(await readFile(join(out, 'thesis.docx'), 'utf8')).toBe('precious');
    expect(await readdir(parent)).toEqual(['mine']);
  });

  it('refuses a folder whose manifest.json is not a chitieu report', async () => {
    const out = join(parent, 'other');
    await mkdir(out);
    await writeFile(join(out, 'manifest.json'), '{"name": "something else"}');
    await expect(build(out)).rejects.toBeInstanceOf(OutFolderError);
  });

  it('refuses an earlier report to which someone added a file, since the swap would delete it', async () => {
    const out = join(parent, 'report');
    await build(out);
    await writeFile(join(out, 'notes for the meeting.txt'), 'keep me');
    const error = await build(out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutFolderError);
    expect((error as OutFolderError).text.en).toContain('notes for the meeting.txt');
    expect(await readFile(join(out, 'notes for the meeting.txt'), 'utf8')).toBe('keep me');
  });

  it('refuses an --out that is a file', async () => {
    const out = join(parent, 'file');
    await writeFile(out, 'x');
    await expect(build(out)).rejects.toBeInstanceOf(OutFolderError);
    expect(await readFile(out, 'utf8')).toBe('x');
  });

  it('accepts an empty folder', async () => {
    const out = join(parent, 'empty');
    await mkdir(out);
    await build(out);
    expect(await readdir(out)).toContain('manifest.json');
  });
});

describe('chitieu report: hostile text from the data', () => {
  it('neutralises cells that start like a formula in the CSV', async () => {
    const out = join(parent, 'report');
    await build(out);
    const csv = await readFile(join(out, 'scorecard.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    for (const line of csv.split('\r\n')) {
      for (const field of line.split(',')) expect(field.replace(/^"/, '')).not.toMatch(/^[=+@\t\r]/);
    }
  });

  it('neutralises them in the workbook too', async () => {
    const out = join(parent, 'report');
    await build(out);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(join(out, 'scorecard.xlsx'))) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const texts: string[] = [];
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value);
        expect(cell.formula).toBeUndefined();
      }),
    );
    expect(texts).toContain(`'${FORMULA_NAME}`);
    expect(texts).toContain(MARKUP_NAME);
    expect(texts.filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([]);
    expect(sheet?.getRow(1).getCell(1).value).toBe('Mã địa bàn');
  });

  it('escapes text from the data in the HTML', async () => {
    const out = join(parent, 'report');
    await build(
      out,
      reportDataSet({ rootName: '<script>alert("x")</script> Tỉnh', title: '<img src=x onerror=alert(1)>' }),
    );
    const html = await readFile(join(out, 'briefing-2024.html'), 'utf8');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tỉnh');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('chitieu report: notebooks', () => {
  it('builds the notebooks into the pack when asked, and says so in the manifest', async () => {
    const buildNotebooks = async (to: string) => {
      await mkdir(join(to, 'assets'), { recursive: true });
      await writeFile(join(to, 'index.html'), '<p>notebook</p>');
      await writeFile(join(to, 'assets', 'app.js'), '1');
    };
    const out = join(parent, 'report');
    const summary = await build(out, reportDataSet(), { buildNotebooks });
    expect(summary.files).toContain('notebooks/index.html');
    expect(summary.files).toContain('notebooks/assets/app.js');
    expect((await readManifest(out)).notebooks).toEqual({ included: true, files: 2 });
  });

  it('starts the notebooks before the first step, so that they build beside the others', async () => {
    const order: string[] = [];
    const buildNotebooks = async (to: string) => {
      order.push('notebooks started');
      await new Promise((r) => setTimeout(r, 50));
      await mkdir(to, { recursive: true });
      await writeFile(join(to, 'index.html'), '<p>notebook</p>');
      order.push('notebooks done');
    };
    const exportCharts: ChartExporter = async (data, options) => {
      order.push('charts');
      return stubCharts(data, options);
    };
    await build(join(parent, 'report'), reportDataSet(), { buildNotebooks, exportCharts });
    expect(order[0]).toBe('notebooks started');
    expect(order).toContain('notebooks done');
  });

  it("draws every chart set's SVGs first, one set after the other, then runs the steps while their PNGs draw", async () => {
    const order: string[] = [];
    let scorecardRan!: () => void;
    const scorecardStarted = new Promise<void>((resolve) => (scorecardRan = resolve));
    const exportCharts: ChartExporter = async (data, options) => {
      order.push(`svgs ${options.year}`);
      const result = await stubCharts(data, options);
      options.onSvgsDrawn?.();
      order.push(`drawn ${options.year}`);
      await scorecardStarted; // the PNGs, still drawing when the steps go on (a pipeline waiting for them never ends)
      order.push(`done ${options.year}`);
      return result;
    };
    const steps = REPORT_PIPELINE.map((step): ReportStep =>
      step.id !== 'scorecard'
        ? step
        : {
            ...step,
            run: async (ctx) => {
              order.push('scorecard');
              scorecardRan();
              await step.run(ctx);
            },
          },
    );
    expect(REPORT_PIPELINE[0]?.id).toBe('charts');
    const out = join(parent, 'report');
    const options = { data: reportDataSet(), outDir: out, year: 2024, alsoYears: [2023], lang: 'vi' as const };
    const summary = await buildReport(options, deps({ exportCharts }), steps);
    expect(order.slice(0, 5)).toEqual(['svgs 2024', 'drawn 2024', 'svgs 2023', 'drawn 2023', 'scorecard']);
    expect(order.slice(5).sort()).toEqual(['done 2023', 'done 2024']);
    expect(summary.files).toContain('charts/01-scorecard.print.png');
    expect(summary.files).toContain('charts/2023/01-scorecard.print.png');
    expect(summary.files).toContain('briefing-2023.docx');
  });

  it('reports a chart set failing after its SVGs were drawn at the briefing that waits for it', async () => {
    const exportCharts: ChartExporter = async (data, options) => {
      await stubCharts(data, options);
      options.onSvgsDrawn?.();
      throw new Error('resvg could not draw a PNG');
    };
    const out = join(parent, 'report');
    const error = await build(out, reportDataSet(), { exportCharts }).catch((e: unknown) => e);
    expect(error).toMatchObject({ step: 'briefing_html', detail: 'resvg could not draw a PNG' });
    expect(await readdir(parent)).toEqual([]);
  });

  it("reports the whole year's chart set failing before its SVGs are drawn at the charts step", async () => {
    const exportCharts: ChartExporter = async (data, options) => {
      if (options.year === 2023) throw new Error('the 2023 chart set could not be drawn');
      return stubCharts(data, options);
    };
    const out = join(parent, 'report');
    const options = { data: reportDataSet(), outDir: out, year: 2024, alsoYears: [2023], lang: 'vi' as const };
    const error = await buildReport(options, deps({ exportCharts })).catch((e: unknown) => e);
    // its SVGs were never drawn: the charts step says so
    expect(error).toMatchObject({ step: 'charts', detail: 'the 2023 chart set could not be drawn' });
    expect(await readdir(parent)).toEqual([]);
  });

  it('waits for a notebooks build still writing before it removes a failed run, so nothing is left behind', async () => {
    let finished = false;
    const buildNotebooks = async (to: string) => {
      await new Promise((r) => setTimeout(r, 300));
      await mkdir(to, { recursive: true });
      await writeFile(join(to, 'index.html'), '<p>late</p>');
      finished = true;
    };
    const failing: ChartExporter = async () => {
      throw new Error('the chart renderer ran out of memory');
    };
    const out = join(parent, 'report');
    const error = await build(out, reportDataSet(), { buildNotebooks, exportCharts: failing }).catch((e: unknown) => e);
    expect(error).toMatchObject({ step: 'charts' });
    expect(finished).toBe(true);
    expect(await readdir(parent)).toEqual([]);
  });

  it('reports a notebooks build that fails at its own step, after the steps before it', async () => {
    const buildNotebooks = async () => {
      throw new Error('Notebook Kit could not parse a cell');
    };
    const error = await build(join(parent, 'report'), reportDataSet(), { buildNotebooks }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      step: 'notebooks',
      detail: 'Notebook Kit could not parse a cell',
      earlierKept: false,
    });
    expect(await readdir(parent)).toEqual([]);
  });

  it('says in the manifest why the notebooks are missing when they were left out', async () => {
    const out = join(parent, 'report');
    await build(out, reportDataSet(), { buildNotebooks: null });
    expect((await readManifest(out)).notebooks).toMatchObject({ included: false });
  });

  it('neither counts nor names the notebooks step in the progress when it is skipped', async () => {
    const shown = async (buildNotebooks: ReportDeps['buildNotebooks']) => {
      let text = '';
      const progress = createProgress(
        (t) => {
          text += t;
        },
        'vi',
        'lines',
      );
      await build(join(parent, `report-${buildNotebooks === null ? 'without' : 'with'}`), reportDataSet(), {
        buildNotebooks,
        progress,
      });
      return text;
    };
    const without = await shown(null);
    expect(without).not.toContain(REPORT_STEPS.notebooks.vi);
    expect(without).not.toMatch(/\/9\]/);
    expect(without.trimEnd().split('\n').at(-1)).toBe(`[8/8] ${REPORT_STEPS.manifest.vi}`);
    const withThem = await shown(async (to) => {
      await mkdir(to, { recursive: true });
    });
    expect(withThem).toContain(`[8/9] ${REPORT_STEPS.notebooks.vi}`);
    expect(withThem.trimEnd().split('\n').at(-1)).toBe(`[9/9] ${REPORT_STEPS.manifest.vi}`);
  });
});

describe('scorecard.json', () => {
  it('parses to the scorecard, one line per result', async () => {
    const out = join(parent, 'report');
    await build(out);
    const text = await readFile(join(out, 'scorecard.json'), 'utf8');
    const json = JSON.parse(text) as { kind: string; reports: { results: { id: string }[] }[] };
    expect(json.kind).toBe('chitieu-scorecard');
    expect(text.split('\n').filter((l) => l.trimStart().startsWith('{"id":'))).toHaveLength(12 * resultRowsPerReport());
  });
});
