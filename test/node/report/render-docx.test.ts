import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportStepError, buildReport } from '../../../src/node/report/pipeline.ts';
import type { Manifest } from '../../../src/node/report/step-manifest.ts';
import { MAX_CHART_HEIGHT_MM, PAGE_MM } from '../../../src/node/report/render-docx.ts';
import { reportDataSet } from './data.ts';
import { stubCharts } from './stub-charts.ts';

let parent: string;
const SETTINGS = {
  parent_body: 'Bộ Công an',
  issuing_body: 'Công an tỉnh Hà Tĩnh',
  number: '125',
  issuer_code: 'CAT-PV01',
  date: '2026-12-04',
  recipients: ['- Bộ Công an (V01);', '- Lưu: VT, PV01.'],
  signer_authority: 'KT. Giám đốc',
  signer_position: 'Phó Giám đốc',
  signer_name: 'Nguyễn Văn An',
};

/** The document's XML parts of the briefing made from the test data (2021-2024), with or without settings. */
async function briefingXml(
  lang: 'vi' | 'en',
  settings: object | null,
): Promise<{ document: string; header: string; text: string; out: string }> {
  const out = join(parent, `report-${lang}-${settings ? 'settings' : 'none'}`);
  let briefingSettingsFile: string | undefined;
  if (settings) {
    briefingSettingsFile = join(parent, `briefing-${lang}.json`);
    await writeFile(briefingSettingsFile, JSON.stringify(settings));
  }
  await buildReport(
    {
      data: reportDataSet({ title: 'Số liệu thử / Test data' }),
      outDir: out,
      year: 2024,
      lang,
      ...(briefingSettingsFile ? { briefingSettingsFile } : {}),
    },
    { exportCharts: stubCharts, version: '9.9.9-test', buildNotebooks: null, fonts: null },
  );
  const file = join(out, 'briefing-2024.docx');
  const part = (name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const document = part('word/document.xml');
  const header = part('word/header1.xml') + part('word/header2.xml');
  // The text a reader sees, a paragraph a line.
  const text = document
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\u00a0/g, ' ');
  return { document, header, text, out };
}

/** The paragraph (`<w:p>…</w:p>`) holding a text. */
function paragraphOf(document: string, text: string): string {
  const at = document.indexOf(text);
  if (at < 0) throw new Error(`no "${text}"`);
  const start =
    document.lastIndexOf('<w:p>', at) >= document.lastIndexOf('<w:p ', at)
      ? document.lastIndexOf('<w:p>', at)
      : document.lastIndexOf('<w:p ', at);
  return document.slice(start, document.indexOf('</w:p>', at));
}

const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

let vi: Awaited<ReturnType<typeof briefingXml>>;
let viBare: Awaited<ReturnType<typeof briefingXml>>;
let en: Awaited<ReturnType<typeof briefingXml>>;
beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'chitieu-docx-'));
  [vi, viBare, en] = [await briefingXml('vi', SETTINGS), await briefingXml('vi', null), await briefingXml('en', null)];
}, 120_000);
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('the Word briefing: an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I)', () => {
  it("is A4 with the decree's margins, in Times New Roman, page numbers at the top from page 2", () => {
    expect(vi.document).toContain(`<w:pgSz w:w="${mm(210)}" w:h="${mm(297)}"`);
    expect(vi.document).toMatch(
      new RegExp(
        `<w:pgMar w:top="${mm(PAGE_MM.top)}" w:right="${mm(PAGE_MM.right)}" w:bottom="${mm(PAGE_MM.bottom)}" w:left="${mm(PAGE_MM.left)}"`,
      ),
    );
    expect(PAGE_MM.top).toBeGreaterThanOrEqual(20);
    expect(PAGE_MM.top).toBeLessThanOrEqual(25);
    expect(PAGE_MM.left).toBeGreaterThanOrEqual(30);
    expect(PAGE_MM.left).toBeLessThanOrEqual(35);
    expect(PAGE_MM.right).toBeGreaterThanOrEqual(15);
    expect(PAGE_MM.right).toBeLessThanOrEqual(20);
    const fonts = new Set([...vi.document.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    expect(vi.document).toContain('<w:titlePg/>');
    expect(vi.header).toContain('PAGE');
  });

  it('opens with the issuing body, the quốc hiệu and tiêu ngữ, the number and the place and date', () => {
    const lines = vi.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    expect(lines.slice(0, 8)).toEqual([
      'BỘ CÔNG AN',
      'CÔNG AN TỈNH HÀ TĨNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/BC-CAT-PV01',
      'Hà Tĩnh, ngày 04 tháng 12 năm 2026',
      'BÁO CÁO',
      'Kết quả thực hiện các chỉ tiêu phòng, chống tội phạm năm 2024',
    ]);
    expect(lines[8]).toMatch(/^SỐ LIỆU GIẢ LẬP\./);
    const national = paragraphOf(vi.document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(national).toMatch(/<w:b\/>/);
    expect(national).toMatch(/<w:sz w:val="2[46]"\/>/); // 12-13 pt
    const motto = paragraphOf(vi.document, 'Độc lập - Tự do - Hạnh phúc');
    expect(motto).toMatch(/<w:b\/>/);
    expect(motto).toMatch(/<w:u w:val="single"\/>/);
    expect(motto).toMatch(/<w:sz w:val="2[68]"\/>/); // 13-14 pt
    expect(paragraphOf(vi.document, 'CÔNG AN TỈNH HÀ TĨNH')).toMatch(/<w:b\/>/);
    expect(paragraphOf(vi.document, 'Hà Tĩnh, ngày 04 tháng 12 năm 2026')).toMatch(/<w:i\/>/);
    const title = paragraphOf(vi.document, '>BÁO CÁO<');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toMatch(/<w:b\/>/);
  });

  it('ends with the recipients on the left and the signature on the right', () => {
    const end = vi.text
      .slice(vi.text.lastIndexOf('Nơi nhận:'))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    expect(end).toEqual([
      'Nơi nhận:',
      '- Bộ Công an (V01);',
      '- Lưu: VT, PV01.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn An',
    ]);
    const label = paragraphOf(vi.document, 'Nơi nhận:');
    expect(label).toMatch(/<w:b\/>/);
    expect(label).toMatch(/<w:i\/>/);
    expect(label).toContain('<w:sz w:val="24"/>');
    expect(paragraphOf(vi.document, '- Lưu: VT, PV01.')).toContain('<w:sz w:val="22"/>');
    expect(paragraphOf(vi.document, 'Nguyễn Văn An')).toMatch(/<w:b\/>/);
  });

  it("prints placeholders where there are no settings, dated by the data's cut-off", () => {
    for (const t of [
      '[CƠ QUAN CHỦ QUẢN]',
      '[TÊN CƠ QUAN BAN HÀNH]',
      'Số: ......./BC-.....',
      'Hà Tĩnh, ngày 31 tháng 12 năm 2024',
      '[Chức vụ người ký]',
      '[Họ và tên]',
    ]) {
      expect(viBare.text).toContain(t);
    }
  });

  it('sets the body justified with a first-line indent, in 13 pt', () => {
    const summary = paragraphOf(vi.document, 'Biểu đồ phễu so sánh từng địa bàn');
    expect(summary).toContain('<w:jc w:val="both"/>');
    expect(summary).toMatch(/<w:ind w:firstLine="72\d"\/>/);
    expect(summary).toContain('<w:sz w:val="26"/>');
  });

  it('keeps each chart with its caption, no taller than two to a page, and names its period', () => {
    const drawings = [...vi.document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:drawing>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map(
      (m) => m[0],
    );
    expect(drawings.length).toBe(2);
    for (const d of drawings) {
      expect(d).toContain('<w:keepNext/>');
      const cy = Number(/<wp:extent cx="\d+" cy="(\d+)"\/>/.exec(d)?.[1]);
      expect(cy / 36000).toBeLessThanOrEqual(MAX_CHART_HEIGHT_MM + 0.5);
    }
    expect(2 * (MAX_CHART_HEIGHT_MM + 15)).toBeLessThan(PAGE_MM.height - PAGE_MM.top - PAGE_MM.bottom);
    // The stub charts' titles name no year: the caption adds the years of the data.
    expect(vi.text).toContain('Hình 1. Tổng số vụ so với 2021, năm 2021-2024');
    expect(vi.text).toContain('Hình 2. Tỉ lệ điều tra, khám phá, năm 2021-2024');
    expect(en.text).toContain('Figure 1. Tổng số vụ so với 2021, 2021–2024');
  });

  it('has a section on the areas to watch', () => {
    expect(vi.text).toContain('Địa bàn cần chú ý');
    expect(vi.text).toContain('Biểu đồ phễu so sánh từng địa bàn với mục tiêu');
    expect(en.text).toContain('Areas to watch');
  });

  it('keeps every table header row with the row after it: never alone at the foot of a page', () => {
    const headers = [...vi.document.matchAll(/<w:tr>(?:(?!<\/w:tr>).)*?<w:tblHeader\/>.*?<\/w:tr>/gs)].map((m) => m[0]);
    const dataTables = vi.document.match(/<w:tblHeader\/>/g) ?? [];
    expect(headers.length).toBe(dataTables.length);
    expect(headers.length).toBeGreaterThan(0);
    for (const row of headers) {
      const paragraphs = row.match(/<w:p>.*?<\/w:p>/gs) ?? [];
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const p of paragraphs) expect(p).toContain('<w:keepNext/>');
    }
  });

  it('holds no English in Vietnamese (a bilingual data title gives its Vietnamese half)', () => {
    expect(vi.text).toContain('Số liệu thử.');
    for (const word of ['Test data', 'SYNTHETIC', 'Figure', 'Distribution', 'REPORT', ' the ', 'Target'])
      expect(vi.text).not.toContain(word);
  });

  it('has an English equivalent without the national motto', () => {
    expect(en.text).not.toContain('CỘNG HÒA');
    expect(en.text).not.toContain('Số liệu thử');
    for (const t of [
      '[Issuing body]',
      'No. ......./BC-.....',
      'Hà Tĩnh, 31 December 2024',
      'REPORT',
      'Distribution:',
      '[Position of the signatory]',
      '[Full name]',
    ]) {
      expect(en.text).toContain(t);
    }
  });

  it('hashes the settings file into the manifest as an input', async () => {
    const manifest = JSON.parse(await readFile(join(vi.out, 'manifest.json'), 'utf8')) as Manifest;
    const file = join(parent, 'briefing-vi.json');
    expect(manifest.inputs).toContainEqual({
      file,
      sha256: createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    });
  });

  it('refuses a settings file with an unknown field, naming it, and writes nothing', async () => {
    const file = join(parent, 'typo.json');
    await writeFile(file, '{"signer_nane": "Nguyễn Văn An"}');
    const out = join(parent, 'refused');
    const error = await buildReport(
      { data: reportDataSet(), outDir: out, year: 2024, lang: 'vi', briefingSettingsFile: file },
      { exportCharts: stubCharts, version: '9.9.9-test', buildNotebooks: null, fonts: null },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportStepError);
    expect(error).toMatchObject({
      step: 'briefing_docx',
      detail: expect.stringContaining('không có mục "signer_nane"'),
    });
    expect(await readdir(parent)).not.toContain('refused');
  });
});
