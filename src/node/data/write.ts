/**
 * Writes a generated data set as a data folder (`shared/CONTRACT.md`): one CSV per table (UTF-8,
 * comma, header row, LF, no byte-order mark), the same tables as one `.xlsx` workbook, a Frictionless
 * `datapackage.json`, and a bilingual `README.md` data dictionary.
 *
 * Every byte depends only on the rows and the seed: no clock, no locale, no file-system order. The
 * workbook's created/modified dates and its zip entries' times are set to `FIXED_DATE`.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TABLE_NAMES, type TableName } from '../../core/types.ts';
import { TABLE_DOCS, tableDoc, type ColumnDoc } from './dictionary.ts';
import {
  BASELINE_YEAR,
  CUTOFF,
  FIRST_YEAR,
  LAST_COHORT,
  LAST_COHORT_FOLLOW_UP,
  LAST_MONTH,
  LAST_SAFE_UNITS_YEAR,
  LAST_YEAR,
  WEIGHT_DECIMALS,
  generateDataset,
  type Tables,
} from './generate.ts';
import { percent, yearlySummary } from './summary.ts';
import { fixZipTimestamps } from '../zip/fix-timestamps.ts';

/** The workbook's file name. */
export const WORKBOOK_FILE = 'hatinh-2019-2026.xlsx';
/** The date stamped into the workbook: the data's cut-off, midnight UTC. */
export const FIXED_DATE = new Date(`${CUTOFF}T00:00:00Z`);
/** What wrote the files, as recorded in datapackage.json. */
export const GENERATOR = 'chitieu src/node/data/generate.ts (npm run data:generate)';

type Cell = string | number | null;

/** A cell's value as written in CSV and xlsx: codes stay text, counts numbers, null empty. */
function cellOf(column: ColumnDoc, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (column.type === 'string' || column.type === 'date') return String(value);
  return value as number;
}

/** A cell as CSV text: numbers in plain decimal, crosswalk weights to `WEIGHT_DECIMALS` places. */
function csvText(column: ColumnDoc, value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (column.name === 'weight' && !Number.isInteger(value)) return value.toFixed(WEIGHT_DECIMALS).replace(/0+$/, '');
    return String(value);
  }
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The rows of a table as cells in the dictionary's column order. */
function cellRows(table: TableName, rows: readonly object[]): Cell[][] {
  const columns = tableDoc(table).columns;
  return rows.map((row) => columns.map((c) => cellOf(c, (row as Record<string, unknown>)[c.name])));
}

/**
 * A table as CSV text: header row, comma-separated, LF line ends (also after the last row), no BOM.
 *
 * @example
 * toCsv('judicial_violations', [{ year: 2024, area_code: '436', violations: 0 }]);
 * // => 'year,area_code,violations\n2024,436,0\n'
 */
export function toCsv(table: TableName, rows: readonly object[]): string {
  const columns = tableDoc(table).columns;
  const lines = [columns.map((c) => c.name).join(',')];
  for (const cells of cellRows(table, rows)) lines.push(cells.map((v, i) => csvText(columns[i]!, v)).join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * The tables as one workbook, a sheet per table named as the table, header row bold and frozen.
 * Codes and dates are text cells, counts number cells, empty values empty cells.
 */
export async function toXlsx(tables: Tables): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'chitieu';
  workbook.lastModifiedBy = 'chitieu';
  workbook.title = 'Hà Tĩnh 2019-2026: dữ liệu MÔ PHỎNG / SYNTHETIC data';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const name of TABLE_NAMES) {
    const columns = tableDoc(name).columns;
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ header: c.name, key: c.name, width: Math.max(10, c.name.length + 2) }));
    sheet.getRow(1).font = { bold: true };
    for (const cells of cellRows(name, tables[name])) sheet.addRow(cells);
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(bytes as ArrayBuffer), FIXED_DATE);
}

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** A Frictionless Tabular Data Package describing the CSV files, with chitieu's custom properties. */
export function dataPackage(seed: number, csv: ReadonlyMap<TableName, string>): object {
  return {
    profile: 'tabular-data-package',
    name: 'hatinh-chitieu-synthetic-2019-2026',
    title:
      'Hà Tĩnh 2019-2026: dữ liệu MÔ PHỎNG, không phải số liệu thật / Hà Tĩnh 2019-2026: SYNTHETIC data, not real statistics',
    description:
      'Bộ dữ liệu tổng hợp (mô phỏng) cho chương trình phòng, chống tội phạm của tỉnh Hà Tĩnh (KL 13-KL/TW, 2021-2025): ' +
      'hình dạng giống số liệu thật nhưng mọi con số đều do máy sinh ngẫu nhiên. / ' +
      'A synthetic data set for the Hà Tĩnh crime-prevention programme (KL 13-KL/TW, 2021-2025): ' +
      'shaped like the real series, but every figure is randomly generated. See README.md.',
    synthetic: true,
    periods: 'police',
    cutoff: CUTOFF,
    generator: GENERATOR,
    seed,
    workbook: WORKBOOK_FILE,
    licenses: [
      { name: 'MIT', title: 'MIT License (as the chitieu repository)', path: 'https://opensource.org/licenses/MIT' },
    ],
    resources: TABLE_DOCS.map((doc) => {
      const text = csv.get(doc.name)!;
      const hasArea = doc.columns.some((c) => c.name === 'area_code') && doc.name !== 'areas';
      return {
        name: doc.name,
        path: `${doc.name}.csv`,
        profile: 'tabular-data-resource',
        title: `${doc.title.vi} / ${doc.title.en}`,
        description: `${doc.period.vi}. ${doc.synthetic.vi} / ${doc.period.en}. ${doc.synthetic.en}`,
        sources: [{ title: `${doc.source.vi} / ${doc.source.en}` }],
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: Buffer.byteLength(text, 'utf8'),
        hash: `sha256:${sha256(text)}`,
        dialect: { delimiter: ',', lineTerminator: '\n', header: true },
        schema: {
          fields: doc.columns.map((c) => ({
            name: c.name,
            type: c.type,
            title: c.vi,
            description: c.unit === undefined ? c.en : `${c.en} (${c.unit.en})`,
            ...(c.unit === undefined ? {} : { unit: c.unit.en }),
            constraints: {
              required: c.nullable !== true,
              ...(c.values === undefined ? {} : { enum: c.values }),
              ...(c.minimum === undefined ? {} : { minimum: c.minimum }),
              ...(c.maximum === undefined ? {} : { maximum: c.maximum }),
            },
          })),
          missingValues: [''],
          primaryKey: doc.primaryKey,
          ...(hasArea
            ? { foreignKeys: [{ fields: 'area_code', reference: { resource: 'areas', fields: 'area_code' } }] }
            : {}),
          ...(doc.name === 'area_crosswalk'
            ? {
                foreignKeys: [
                  { fields: 'from_code', reference: { resource: 'areas', fields: 'area_code' } },
                  { fields: 'to_code', reference: { resource: 'areas', fields: 'area_code' } },
                ],
              }
            : {}),
        },
      };
    }),
  };
}

/** A markdown table. */
function mdTable(header: string[], rows: string[][]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

/** `README.md`: the bilingual data dictionary, with the yearly totals of the key series. */
export function readme(tables: Tables, seed: number): string {
  const summary = yearlySummary(tables);
  const base = summary.find((s) => s.year === BASELINE_YEAR)!;
  const nf = (n: number): string => String(n);
  const keyRows = summary.map((s) => [
    s.year === LAST_YEAR ? `${s.year} (1-${LAST_MONTH})` : String(s.year),
    nf(s.occurred),
    nf(s.cleared),
    percent(s.cleared, s.occurred),
    nf(s.socialOrder),
    `${s.seriousCleared}/${s.seriousOccurred}`,
    percent(s.seriousCleared, s.seriousOccurred),
    `${s.accepted}/${s.received}`,
    `${s.resolved}/${s.resolutionBase}`,
    percent(s.resolved, s.resolutionBase),
    `${s.occurred >= base.occurred ? '+' : ''}${((s.occurred / base.occurred - 1) * 100).toFixed(1)} %`,
  ]);
  const areas = tables.areas;
  const districts = areas.filter((a) => a.level === 'district');
  const units = areas.filter((a) => a.level === 'commune');

  const tableSections = TABLE_DOCS.map((doc) => {
    const n = tables[doc.name].length;
    return [
      `### \`${doc.name}.csv\` — ${doc.title.vi} / ${doc.title.en}`,
      '',
      `- **Kỳ / Period:** ${doc.period.vi} / ${doc.period.en}. **Số dòng / Rows:** ${n}.`,
      `- **Nguồn trong thực tế:** ${doc.source.vi}`,
      `- **Source in practice:** ${doc.source.en}`,
      `- **Cách sinh dữ liệu:** ${doc.synthetic.vi}`,
      `- **How the synthetic rows were made:** ${doc.synthetic.en}`,
      '',
      mdTable(
        ['cột / column', 'kiểu / type', 'đơn vị / unit', 'tiếng Việt', 'English'],
        doc.columns.map((c) => [
          `\`${c.name}\``,
          c.type + (c.nullable === true ? ' (có thể trống / may be empty)' : ''),
          c.unit === undefined ? '' : `${c.unit.vi} / ${c.unit.en}`,
          c.vi + (c.values === undefined ? '' : ` (${c.values.map((v) => `\`${v}\``).join(', ')})`),
          c.en,
        ]),
      ),
      '',
    ].join('\n');
  }).join('\n');

  return `# Hà Tĩnh 2019-2026: dữ liệu MÔ PHỎNG / SYNTHETIC data

> **Cảnh báo: đây là dữ liệu tổng hợp (mô phỏng), KHÔNG phải số liệu thống kê thật.** Mọi con số do máy
> sinh ngẫu nhiên từ hạt giống (seed) ${seed}, theo hình dạng của các chuỗi số liệu thật (quy mô, xu hướng,
> mùa vụ, khác biệt giữa các địa bàn). Chỉ tên và mã đơn vị hành chính là thật. Dùng để thử, minh họa và
> kiểm thử \`chitieu\`, không dùng để đánh giá tình hình thật của tỉnh.
>
> **Warning: these are SYNTHETIC (simulated) data, NOT real statistics.** Every figure was randomly
> generated from seed ${seed}, shaped like the real series (scale, trends, seasons, differences between
> areas). Only the names and codes of the administrative units are real. Use them to try out,
> illustrate and test \`chitieu\`, never to judge the province's real situation.

## Tiếng Việt

**Nội dung.** Mỗi bảng một tệp CSV (UTF-8, dấu phẩy, có dòng tiêu đề, xuống dòng LF, không BOM); cùng các
bảng đó trong \`${WORKBOOK_FILE}\` (mỗi bảng một trang tính cùng tên); \`datapackage.json\` mô tả các tệp
theo chuẩn Frictionless Data Package (có \`"synthetic": true\`, \`"periods": "police"\`,
\`"cutoff": "${CUTOFF}"\`, seed và chương trình sinh). Định dạng theo hợp đồng dữ liệu của \`chitieu\`.

**Kỳ số liệu.** Từ tháng 1/${FIRST_YEAR} đến tháng ${LAST_MONTH}/${LAST_YEAR} theo tháng thống kê của công an: tháng m
tính từ ngày 15 tháng m-1 đến ngày 14 tháng m (tháng 1 bắt đầu từ 15/12 năm trước). Ngày chốt số liệu
${CUTOFF} là ngày cuối của tháng ${LAST_MONTH}/${LAST_YEAR}. Năm ${LAST_YEAR} là số lũy kế từ đầu năm (10 tháng), nên
không so sánh trực tiếp được với cả năm ${LAST_YEAR - 1}. Các bảng tháng: \`criminal_cases\`, \`crime_reports\`,
\`violations_detected\`; các bảng khác theo năm. Nhóm tái phạm có đến năm ${LAST_COHORT} (nhóm ${LAST_COHORT} mới theo dõi
được ${LAST_COHORT_FOLLOW_UP} tháng); đánh giá "An toàn về ANTT" có đến năm ${LAST_SAFE_UNITS_YEAR} (đợt ${LAST_YEAR} diễn ra sau ngày chốt).

**Đơn vị hành chính.** Dòng số liệu luôn ở cấp lá của kỳ đó và không có dòng cấp tỉnh:
- đến hết tháng 12/2024: ${districts.length} đơn vị cấp huyện (mã quốc gia ${districts.map((d) => d.area_code).join(', ')});
- tháng 1-6/2025: 12 đơn vị cấp huyện — huyện Lộc Hà (448) đã nhập vào huyện Thạch Hà (445) từ 01/01/2025
  theo Nghị quyết 1283/NQ-UBTVQH15;
- từ tháng 7/2025: ${units.length} xã, phường mới (Nghị quyết 1665/NQ-UBTVQH15), trực thuộc tỉnh.

Các bảng năm của 2025 có dòng của cả huyện (6 tháng đầu năm) và đơn vị mới (6 tháng cuối năm), trừ các
bảng số tồn (\`population\`, \`safe_units\`, \`drug_free_communes\`) chỉ có 69 đơn vị mới. \`area_crosswalk.csv\` chuyển số của đơn vị bị
bãi bỏ sang đơn vị kế thừa.

**Cái gì thật, cái gì tổng hợp.** Thật: tên và mã của tỉnh (42), 13 đơn vị cấp huyện và 69 xã, phường mới
(mã 5 chữ số theo danh mục sau Nghị quyết 1665, đối chiếu với danh sách công khai), việc Lộc Hà nhập vào
Thạch Hà. Tổng hợp: mọi con số, dân số, trọng số chuyển đổi, số xã thuộc diện đánh giá của từng huyện.
Giản lược: việc điều chỉnh địa giới ngày 01/01/2025 (một số xã của Thạch Hà và Cẩm Xuyên chuyển về thành
phố Hà Tĩnh) không được mô phỏng — mỗi mã huyện giữ phạm vi 2019-2024 đến 30/6/2025 (trừ Lộc Hà); mỗi
đơn vị mới được gán cho một huyện, đơn vị nằm trên hai huyện không được chia.

**Cách sinh.** Lãnh thổ được chia thành 69 mảnh (phạm vi của 69 đơn vị mới), mỗi mảnh có dân số tổng hợp
và mang các hệ số của huyện chứa nó (mức tội phạm, ma túy, buôn lậu, tốc độ làm rõ án và giải quyết tin
báo). Số kỳ vọng của một dòng = tổng trên các mảnh thuộc đơn vị đó × xu hướng năm × hệ số mùa vụ (đỉnh
trong bốn tuần trước và một tuần sau Tết) × hiệu ứng ngẫu nhiên theo địa bàn-năm; số đếm rút theo phân
phối Poisson, các tỉ lệ (làm rõ, thụ lý, giải quyết, công nhận, tái phạm) rút theo phân phối nhị thức.
Bộ sinh số giả ngẫu nhiên mulberry32, mỗi bảng một luồng riêng. Cùng seed cho ra các tệp giống hệt nhau
từng byte (kể cả tệp .xlsx: ngày tạo/sửa và thời gian trong tệp zip được cố định là ${CUTOFF}).
Seed mặc định ${seed} cho năm 2025 thấp hơn 2021 khoảng ${((1 - summary.find((s) => s.year === 2025)!.occurred / base.occurred) * 100).toFixed(1).replace('.', ',')} %, sát chỉ tiêu giảm 5 %.

**Tạo lại.** \`npm run data:generate -- --seed ${seed} --out data\` (hoặc \`npm run build && node dist/generate-data.js --seed ${seed} --out data\`).
Seed khác cho một bộ dữ liệu khác cùng hình dạng.

## English

**Contents.** One CSV per table (UTF-8, comma, header row, LF line ends, no BOM); the same tables in
\`${WORKBOOK_FILE}\` (one sheet per table, named as the table); \`datapackage.json\` describes the files as a
Frictionless Data Package (with \`"synthetic": true\`, \`"periods": "police"\`, \`"cutoff": "${CUTOFF}"\`, the
seed and the generator). The layout follows \`chitieu\`'s data contract.

**Periods.** January ${FIRST_YEAR} to month ${LAST_MONTH} of ${LAST_YEAR}, in police statistical months: month m runs from the 15th
of month m-1 to the 14th of month m (January starts on 15 December). The cut-off ${CUTOFF} is the last day of
month ${LAST_MONTH}/${LAST_YEAR}. ${LAST_YEAR} is year-to-date (10 months), so it does not compare directly with the whole of
${LAST_YEAR - 1}. Monthly tables: \`criminal_cases\`, \`crime_reports\`, \`violations_detected\`; the others are annual.
Reoffending cohorts run to ${LAST_COHORT} (the ${LAST_COHORT} cohort has only ${LAST_COHORT_FOLLOW_UP} months of follow-up); the "An toàn về ANTT"
review runs to ${LAST_SAFE_UNITS_YEAR} (the ${LAST_YEAR} review falls after the cut-off).

**Administrative units.** Rows are always at the leaf level of their period, and there are no province rows:
- to December 2024: the ${districts.length} district-level units (national codes ${districts.map((d) => d.area_code).join(', ')});
- January-June 2025: 12 district-level units — Lộc Hà (448) was merged into Thạch Hà (445) on
  1 January 2025 by Resolution 1283/NQ-UBTVQH15;
- from July 2025: the ${units.length} new communes and wards (Resolution 1665/NQ-UBTVQH15), directly under the province.

Annual tables for 2025 hold rows for both the districts (first half-year) and the new units (second
half-year), except the stock tables (\`population\`, \`safe_units\`, \`drug_free_communes\`), which hold the 69 new units only.
\`area_crosswalk.csv\` passes an abolished unit's figures to its successors.

**What is real, what is synthetic.** Real: the names and codes of the province (42), the 13 district-level
units and the 69 new communes and wards (5-digit codes of the national list after Resolution 1665, checked
against public lists), and Lộc Hà's merger into Thạch Hà. Synthetic: every figure, the populations, the
crosswalk weights, the number of communes in scope per district. Simplified: the boundary changes of
1 January 2025 (some communes of Thạch Hà and Cẩm Xuyên moved into Hà Tĩnh city) are not modelled — each
district code keeps its 2019-2024 extent until 30 June 2025 (except Lộc Hà); each new unit is assigned to
one district, and units straddling two districts are not split.

**How it was made.** The territory is cut into 69 pieces (the extent of the 69 new units); each piece has a
synthetic population and carries the multipliers of its district (crime level, drugs, smuggling, speed of
clearing cases and resolving reports). A row's expected count = the sum over the pieces its area covers ×
a yearly trend × a seasonal factor (a peak in the four weeks before and the week after Tết) × a random
area-year effect; counts are Poisson draws and shares (cleared, accepted, resolved, certified, reoffended)
binomial draws. The random numbers come from mulberry32, one stream per table. The same seed gives
byte-identical files (the .xlsx too: its created/modified dates and the zip entries' times are fixed at
${CUTOFF}). The default seed ${seed} puts 2025 about ${((1 - summary.find((s) => s.year === 2025)!.occurred / base.occurred) * 100).toFixed(1)} % below 2021, close to the 5 % reduction target.

**Regenerate.** \`npm run data:generate -- --seed ${seed} --out data\` (or \`npm run build && node dist/generate-data.js --seed ${seed} --out data\`).
Another seed gives another data set of the same shape.

## Số liệu chính theo năm / Key yearly figures (toàn tỉnh / province-wide)

${mdTable(
  [
    'năm / year',
    'vụ xảy ra / cases',
    'làm rõ / cleared',
    '%',
    'TTXH / social order',
    'RNT+ĐBNT làm rõ / very+especially serious cleared',
    '%',
    'tin thụ lý / reports accepted',
    'tin giải quyết / reports resolved',
    '%',
    'so với / vs 2021',
  ],
  keyRows,
)}

Tỉ lệ giải quyết tin báo = resolved / (carried_over của tháng đầu năm + accepted - transferred). /
Report resolution rate = resolved / (carried_over of the year's first month + accepted - transferred).

## Từ điển dữ liệu / Data dictionary

${tableSections}`;
}

/**
 * Generates the data set of `seed` and writes every file into `outDir` (created if missing).
 * Returns the file names written, in order, and the tables.
 */
export async function writeDataset(outDir: string, seed: number): Promise<{ files: string[]; tables: Tables }> {
  const tables = generateDataset(seed);
  await mkdir(outDir, { recursive: true });
  const csv = new Map<TableName, string>();
  const files: string[] = [];
  for (const name of TABLE_NAMES) {
    const text = toCsv(name, tables[name]);
    csv.set(name, text);
    await writeFile(join(outDir, `${name}.csv`), text, 'utf8');
    files.push(`${name}.csv`);
  }
  await writeFile(join(outDir, WORKBOOK_FILE), await toXlsx(tables));
  files.push(WORKBOOK_FILE);
  await writeFile(join(outDir, 'datapackage.json'), `${JSON.stringify(dataPackage(seed, csv), null, 2)}\n`, 'utf8');
  files.push('datapackage.json');
  await writeFile(join(outDir, 'README.md'), readme(tables, seed), 'utf8');
  files.push('README.md');
  return { files, tables };
}
