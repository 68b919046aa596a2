/**
 * Text from the data never acts: a whole report is made by the BUILT command from a data folder whose
 * area names and title are markup and spreadsheet formulas, and then every file it wrote is read back:
 *
 * - HTML and SVG: the names show as text (escaped), no element or attribute comes from the data;
 * - CSV and .xlsx: no cell a spreadsheet would run (text starting with = + - @ gets a leading ');
 *   a workbook holds no formula;
 * - Word (.docx): the names are text in the document's XML.
 *
 * Not checked here: notebooks/, the notebooks built into the pack (checked in Chromium by
 * test/browser/run.mjs). Its data/ folder holds the input files byte for byte, since their SHA-256 is
 * the notebooks' provenance: a formula typed into an input CSV is still there, as the user wrote it.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/io/csv.ts';
import { ROOT } from '../../helpers/cli.ts';
import { runAsync, type Run } from './run.ts';

const BUNDLED = join(ROOT, 'data');
const SCRIPT_NAME = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
const FORMULA_NAME = '=HYPERLINK("http://evil.example","click")';
const PROVINCE_EN = '@SUM(1+1) <b>Ha Tinh</b>';
const TITLE = '<img src=x onerror=alert(2)> "Số liệu" & co';
/** What must never appear in markup: an element or a handler made from the data. */
const RAW_MARKUP = ['<script>alert', '<img src=x', '<b>Ha Tinh'];

let temp = '';
let out = '';
let run: Run;
/** Every file of the report, relative, with `/`. */
let files: string[] = [];

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'chitieu-escaping-'));
  const data = join(temp, 'data');
  // The bundled data, whose charts name the districts, with three names replaced.
  cpSync(BUNDLED, data, { recursive: true });
  const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const names: Record<string, [string, string]> = {
    '42': ['Tỉnh Hà Tĩnh', PROVINCE_EN],
    '436': [SCRIPT_NAME, SCRIPT_NAME],
    '437': [FORMULA_NAME, FORMULA_NAME],
  };
  const areas = readFileSync(join(data, 'areas.csv'), 'utf8')
    .split('\n')
    .map((line) => {
      const cells = line.split(',');
      const name = names[cells[0]!];
      return name && cells.length === 7 ? [cells[0], q(name[0]), q(name[1]), ...cells.slice(3)].join(',') : line;
    });
  writeFileSync(join(data, 'areas.csv'), areas.join('\n'));
  const pkg = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(data, 'datapackage.json'), JSON.stringify({ ...pkg, title: TITLE }));
  out = join(temp, 'report');
  run = await runAsync(['report', '--data', data, '--out', out, '--quiet', '--lang', 'en'], { timeoutMs: 170_000 });
  if (run.code === 0) {
    files = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(out, join(e.parentPath, e.name)).split(sep).join('/'))
      .sort();
  }
}, 180_000);
afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** Files the report made from the data (not the notebooks it copies, nor their copy of the input). */
const made = (ext: string) => files.filter((f) => f.endsWith(ext) && !f.startsWith('notebooks/'));

describe('text from the data is inert in every file `chitieu report` writes', () => {
  it('the report is made from hostile names', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(made('.html').length).toBeGreaterThan(0);
    expect(made('.csv').length).toBeGreaterThan(0);
    expect(made('.xlsx').length).toBeGreaterThan(0);
    // the hostile names did reach the outputs (escaped), so the checks below check something
    expect(made('.svg').some((f) => readFileSync(join(out, f), 'utf8').includes('&lt;script&gt;alert('))).toBe(true);
    expect(made('.csv').some((f) => readFileSync(join(out, f), 'utf8').includes(`'=HYPERLINK`))).toBe(true);
  });

  it('HTML: the names show as text, and no element or handler comes from them', () => {
    for (const file of made('.html')) {
      const html = readFileSync(join(out, file), 'utf8');
      for (const raw of RAW_MARKUP) expect(html, `${file} holds ${raw}`).not.toContain(raw);
      const document = new DOMParser().parseFromString(html, 'text/html');
      expect(document.querySelectorAll('[onerror], [onload], img[src="x"]').length, file).toBe(0);
      for (const b of document.querySelectorAll('b')) expect(b.textContent, file).not.toBe('Ha Tinh');
      for (const script of document.querySelectorAll('script'))
        expect(script.textContent ?? '', file).not.toContain('alert(');
    }
    const briefing = made('.html').find((f) => f.startsWith('briefing-'));
    if (briefing) {
      const text =
        new DOMParser().parseFromString(readFileSync(join(out, briefing), 'utf8'), 'text/html').body?.textContent ?? '';
      expect(text, "the briefing shows the province's name as written").toContain(PROVINCE_EN);
    }
  });

  it('SVG: the names are text nodes; every chart parses as XML with no script or handler', () => {
    const svgs = made('.svg');
    expect(svgs.length).toBeGreaterThan(0);
    for (const file of svgs) {
      const svg = readFileSync(join(out, file), 'utf8');
      for (const raw of RAW_MARKUP) expect(svg, `${file} holds ${raw}`).not.toContain(raw);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelectorAll('script, foreignObject, img, [onerror], [onload]').length, file).toBe(0);
    }
  });

  it('CSV: no cell that a spreadsheet would run', () => {
    for (const file of made('.csv')) {
      const parsed = parseCsv(readFileSync(join(out, file), 'utf8'));
      for (const record of parsed.records) {
        for (const field of record.fields) {
          if (/^[=+@\t\r]/.test(field) || (field.startsWith('-') && !/^-\d/.test(field))) {
            throw new Error(`${file}:${record.line}: a cell a spreadsheet would run: ${field}`);
          }
        }
      }
      const text = readFileSync(join(out, file), 'utf8');
      if (text.includes('HYPERLINK')) expect(text, file).toContain(`'=HYPERLINK`);
    }
  });

  it('.xlsx: no formula, and text that looks like one starts with a quote', async () => {
    for (const file of made('.xlsx')) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(out, file)) as unknown as ArrayBuffer);
      for (const sheet of wb.worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type, `${file}[${sheet.name}]!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
            if (typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value)) {
              throw new Error(`${file}[${sheet.name}]!${cell.address}: text a spreadsheet would run: ${cell.value}`);
            }
          }),
        );
      }
    }
  });

  it('.docx: the names are text in the document, not markup', () => {
    for (const file of made('.docx')) {
      const xml = spawnSync('unzip', ['-p', join(out, file), 'word/document.xml'], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      }).stdout;
      expect(xml.length, file).toBeGreaterThan(0);
      for (const raw of RAW_MARKUP) expect(xml, `${file} holds ${raw}`).not.toContain(raw);
    }
  });
});
