import ExcelJS from 'exceljs';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadDataFolder } from '../../../src/node/io/load.ts';
import { cellAddress, MAX_UNPACKED_BYTES } from '../../../src/node/io/xlsx.ts';
import { checkZipExpansion } from '../../../src/node/io/zip-guard.ts';
import { MINIMAL, loaded, minimalWith, places, refused, tempDir } from './helpers.ts';

type Cell = string | number | Date | ExcelJS.CellFormulaValue | null;

/** The minimal folder as a workbook: one sheet per CSV, digits written as numbers. */
async function minimalWorkbook(change: (wb: ExcelJS.Workbook) => void = () => {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const file of readdirSync(MINIMAL)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const sheet = wb.addWorksheet(file.replace(/\.csv$/, ''));
    const [header, ...rows] = readFileSync(join(MINIMAL, file), 'utf8').trim().split('\n');
    sheet.addRow(header!.split(','));
    for (const row of rows)
      sheet.addRow(row.split(',').map((v): Cell => (v === '' ? null : /^\d+$/.test(v) ? Number(v) : v)));
  }
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function workbookFolder(bytes: Buffer, name = 'book.xlsx'): Promise<string> {
  const dir = tempDir();
  writeFileSync(join(dir, name), bytes);
  return dir;
}

describe('reading a workbook', () => {
  it('a workbook path gives the same tables as the CSV folder', async () => {
    const dir = await workbookFolder(await minimalWorkbook());
    const fromXlsx = await loaded(join(dir, 'book.xlsx'));
    const fromCsv = await loaded(MINIMAL);
    const { meta: m1, ...t1 } = fromXlsx.data;
    const { meta: m2, ...t2 } = fromCsv.data;
    expect(t1).toEqual(t2);
    expect(m1.sources.map((s) => s.file)).toEqual(['book.xlsx']);
    expect(m2.sources).toHaveLength(11);
  });

  it('a folder holding one workbook (and a datapackage.json) loads', async () => {
    const dir = await workbookFolder(await minimalWorkbook());
    writeFileSync(
      join(dir, 'datapackage.json'),
      JSON.stringify({ title: 'Sổ tính', resources: [{ name: 'all', path: 'book.xlsx' }] }),
    );
    const { data } = await loaded(dir);
    expect(data.meta.title).toBe('Sổ tính');
    expect(data.meta.sources.map((s) => s.file)).toEqual(['book.xlsx', 'datapackage.json']);
    expect(data.criminal_cases).toHaveLength(3);
  });

  it('reads date cells as ISO dates', async () => {
    const bytes = await minimalWorkbook((wb) => {
      wb.getWorksheet('areas')!.getCell('F3').value = new Date(Date.UTC(2019, 0, 1));
    });
    const { data } = await loaded(join(await workbookFolder(bytes), 'book.xlsx'));
    expect(data.areas[1]!.valid_from).toBe('2019-01-01');
  });

  it('refuses a formula cell, naming the cell, and never evaluates it', async () => {
    const bytes = await minimalWorkbook((wb) => {
      wb.getWorksheet('criminal_cases')!.getCell('G3').value = { formula: 'F3-0', result: 3 };
    });
    const problems = await refused(join(await workbookFolder(bytes), 'book.xlsx'));
    expect(problems.map(formatProblem)).toEqual([
      'book.xlsx[criminal_cases]:3:7: cell G3 holds a formula; formulas in a file are never evaluated, paste the values instead',
    ]);
  });

  it('refuses merged cells at the top-left cell of the block', async () => {
    const bytes = await minimalWorkbook((wb) => {
      wb.getWorksheet('population')!.mergeCells('A2:A3');
    });
    const problems = await refused(join(await workbookFolder(bytes), 'book.xlsx'));
    expect(problems.map(formatProblem)).toEqual([
      'book.xlsx[population]:2:1: cells A2:A3 are merged; unmerge them so that each cell holds its own value',
    ]);
  });

  it('refuses numbers that are not whole, at the Excel row and column', async () => {
    const bytes = await minimalWorkbook((wb) => {
      wb.getWorksheet('population')!.getCell('C3').value = 38000.5;
    });
    expect(places(await refused(join(await workbookFolder(bytes), 'book.xlsx')))).toEqual([
      'book.xlsx[population]:3:3 not_whole_number',
    ]);
  });

  it('refuses a workbook without a required sheet; ignores other sheets with a warning', async () => {
    const bytes = await minimalWorkbook((wb) => {
      wb.removeWorksheet(wb.getWorksheet('safe_units')!.id);
      wb.addWorksheet('Ghi chú').getCell('A1').value = 'notes';
    });
    const result = await loadDataFolder(join(await workbookFolder(bytes), 'book.xlsx'), { lang: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      'book.xlsx: workbook book.xlsx has no sheet "safe_units", which is required',
    ]);
    expect(places(result.warnings)).toEqual(['book.xlsx[Ghi chú] unknown_sheet']);
  });

  it('takes the first row with a value as the header, wherever the table starts', async () => {
    const bytes = await minimalWorkbook((wb) => {
      wb.removeWorksheet(wb.getWorksheet('judicial_violations')!.id);
      const sheet = wb.addWorksheet('judicial_violations');
      sheet.getCell('A1').value = 'Bảng 7: vi phạm pháp luật trong hoạt động tư pháp';
      sheet.getRow(1).getCell(1).value = null;
      const rows = [
        ['year', 'area_code', 'violations'],
        [2024, '436', 0],
        [2024, '437', -1],
      ];
      rows.forEach((r, i) => r.forEach((v, j) => (sheet.getCell(3 + i, 2 + j).value = v)));
    });
    expect(places(await refused(join(await workbookFolder(bytes), 'book.xlsx')))).toEqual([
      'book.xlsx[judicial_violations]:5:4 negative',
    ]);
  });

  it('refuses a folder with several workbooks and no CSV files', async () => {
    const dir = await workbookFolder(await minimalWorkbook());
    writeFileSync(join(dir, 'copy.xlsx'), readFileSync(join(dir, 'book.xlsx')));
    expect(places(await refused(dir))).toEqual([`${dir} several_workbooks`]);
  });

  it('refuses a file that is not a zip archive', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'book.xlsx'), 'year,area_code\n');
    expect(places(await refused(join(dir, 'book.xlsx')))).toEqual(['book.xlsx workbook_unreadable']);
  });
});

/** Sets the declared unpacked size of every entry in a zip's central directory. */
function declareSizes(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (
    let i = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    i !== -1;
    i = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)
  ) {
    out.writeUInt32LE(size, i + 24);
  }
  return out;
}

/** A one-entry zip archive of `data`, deflated, with the sizes it declares. */
function zipOf(name: string, data: Buffer, declaredSize = data.length): Buffer {
  const packed = deflateRawSync(data);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(fileName.length, 28);
  const directoryOffset = local.length + fileName.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, fileName, packed, central, fileName, end]);
}

describe('zip bomb guard', () => {
  it('refuses a workbook whose parts declare more than 200 MB unpacked, before exceljs reads it', async () => {
    const bytes = declareSizes(await minimalWorkbook(), 30_000_000);
    const problems = await refused(join(await workbookFolder(bytes), 'book.xlsx'));
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^book\.xlsx: the workbook would unpack to more than 200 MB \(at least \d+ MB\); refused/),
    ]);
    expect(MAX_UNPACKED_BYTES).toBe(200e6);
  });

  it('counts the bytes each part really inflates to, since declared sizes can lie', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(5_000_000), 100);
    expect(bomb.length).toBeLessThan(10_000);
    expect(await checkZipExpansion(bomb, 1_000_000)).toEqual({
      ok: false,
      reason: 'too_large',
      bytes: expect.any(Number),
    });
    expect(await checkZipExpansion(bomb, 10_000_000)).toEqual({ ok: true, entries: 1, unpackedBytes: 5_000_000 });
  });

  it('passes an ordinary workbook', async () => {
    const check = await checkZipExpansion(await minimalWorkbook(), MAX_UNPACKED_BYTES);
    expect(check).toMatchObject({ ok: true });
  });

  it('refuses what is not a zip archive', async () => {
    expect(await checkZipExpansion(Buffer.from('not a zip'), MAX_UNPACKED_BYTES)).toMatchObject({
      ok: false,
      reason: 'not_zip',
    });
  });
});

describe('cellAddress', () => {
  it('writes A1-style addresses', () => {
    expect([
      cellAddress(1, 1),
      cellAddress(12, 5),
      cellAddress(3, 26),
      cellAddress(3, 27),
      cellAddress(9, 703),
    ]).toEqual(['A1', 'E12', 'Z3', 'AA3', 'AAA9']);
  });
});

describe('workbook odds and ends', () => {
  it('an empty sheet (header, no rows) is a valid empty table', async () => {
    const bytes = await minimalWorkbook((wb) => {
      wb.removeWorksheet(wb.getWorksheet('judicial_violations')!.id);
      wb.addWorksheet('judicial_violations').addRow(['year', 'area_code', 'violations']);
    });
    const { data } = await loaded(join(await workbookFolder(bytes), 'book.xlsx'));
    expect(data.judicial_violations).toEqual([]);
  });

  it('a sheet with no value at all is an empty file, not a missing sheet', async () => {
    const bytes = await minimalWorkbook((wb) => {
      wb.removeWorksheet(wb.getWorksheet('judicial_violations')!.id);
      wb.addWorksheet('judicial_violations');
    });
    expect(places(await refused(join(await workbookFolder(bytes), 'book.xlsx')))).toEqual([
      'book.xlsx[judicial_violations] empty_file',
    ]);
  });

  it('warns about a value in a column without a header', async () => {
    const bytes = await minimalWorkbook((wb) => {
      wb.getWorksheet('population')!.getCell('E2').value = 'ghi chú';
    });
    const { warnings } = await loaded(join(await workbookFolder(bytes), 'book.xlsx'));
    expect(places(warnings)).toEqual(['book.xlsx[population]:2:5 value_without_header']);
  });

  it('a folder with CSV files ignores a workbook beside them, with a warning', async () => {
    const dir = minimalWith({ 'old.xlsx': await minimalWorkbook() });
    const { warnings } = await loaded(dir);
    expect(places(warnings)).toEqual(['old.xlsx workbook_ignored']);
  });

  it('no warning for a workbook that datapackage.json names as a companion of the CSV files', async () => {
    const dir = minimalWith({
      'book.xlsx': await minimalWorkbook(),
      'datapackage.json': JSON.stringify({ workbook: 'book.xlsx' }),
    });
    const { warnings, data } = await loaded(dir);
    expect(warnings).toEqual([]);
    expect(data.meta.sources.map((s) => s.file)).not.toContain('book.xlsx');
  });
});
