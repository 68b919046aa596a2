/**
 * The briefing as a Word document laid out as a Vietnamese administrative text (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I): A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman; above the title
 * the issuing body (left) and the quốc hiệu and tiêu ngữ (right), then the number and the place and date;
 * the title 'BÁO CÁO' and the subject centred; the body justified with a first-line indent; at the end the
 * recipients (left) and the signature (right); page numbers centred at the top from page 2. In English the
 * same frame without the national motto. Charts are PNGs sized so that two fit on a page, each kept with its
 * caption. Built with the `docx` package and made byte-stable: the package stamps the current time into the
 * document properties and the zip entries, so the properties get the data's date and the zip is packed
 * with fixed stamps (`pack-docx.ts`).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { typeset, type Briefing, type BriefingRow } from './briefing.ts';
import type { AreasToWatch, AreaToWatch } from './areas-to-watch.ts';
import type { DocumentFrame } from './document-frame.ts';
import { packDocx } from './pack-docx.ts';

const FONT = 'Times New Roman';
/** Font sizes in half-points: 13 pt body; 14 pt title; 12 pt frame; 11 pt tables, notes and recipients. */
const BODY = 26;
const TITLE = 28;
const FRAME = 24;
const SMALL = 22;
/** The page (A4) and its margins, in millimetres (Phụ lục I: top and bottom 20-25, left 30-35, right 15-20). */
export const PAGE_MM = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;
const TEXT_WIDTH_MM = PAGE_MM.width - PAGE_MM.left - PAGE_MM.right;
/** Millimetres to twips, rounded (A4 is 11906 × 16838; the package's own conversion truncates). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
/** First-line indent of the body (1 to 1.27 cm). */
const INDENT = twip(12.7);
/** Width of the text in pixels at 96 dpi (what `ImageRun` sizes are in). */
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH_MM / 25.4) * 96);
/**
 * The tallest a chart may be: two charts with their captions fit on a page of 257 mm of text, so a chart
 * that does not fit under the text before it leaves a gap of less than half a page.
 */
export const MAX_CHART_HEIGHT_MM = 105;
const MAX_CHART_HEIGHT_PX = Math.floor((MAX_CHART_HEIGHT_MM / 25.4) * 96);
/** Widths of the verdict table's columns, in twips (they add up to the width of the text). */
const COLUMNS = [3300, 950, 1150, 1900, 2054];
/** Widths of the areas table's columns: area, target, result, counts, target value, finding. */
const AREA_COLUMNS = [1500, 1650, 950, 1450, 1000, 2804];
/** The frame's two columns above the title and below the text. */
const HEAD_COLUMNS = [twip(62), twip(TEXT_WIDTH_MM - 62)];
const SIGN_COLUMNS = [twip(80), twip(TEXT_WIDTH_MM - 80)];
const STATUS_COLOURS: Record<string, string> = { met: '17602F', not_met: '9F1D1D', no_data: '555555' };

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.readUInt32BE(12) !== 0x49484452) throw new Error('not a PNG file');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

interface RunOptions {
  bold?: boolean;
  size?: number;
  color?: string;
  italics?: boolean;
  underline?: boolean;
}

const text = (t: string, options: RunOptions = {}) =>
  new TextRun({
    text: typeset(t),
    font: FONT,
    size: options.size ?? BODY,
    bold: options.bold,
    color: options.color,
    italics: options.italics,
    underline: options.underline ? {} : undefined,
  });

/** A centred line of the frame. */
const centred = (t: string, options: RunOptions = {}, spacing: { before?: number; after?: number } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 },
    children: [text(t, { size: FRAME, ...options })],
  });

/**
 * A short horizontal rule, centred: an empty paragraph whose bottom border spans the width left between its
 * indents (the rule under the issuing body and under the subject, 1/3 to 1/2 of the line above).
 */
function rule(widthMm: number, boxMm: number): Paragraph {
  const side = twip(Math.max(0, (boxMm - widthMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** A cell of a borderless frame table. */
const frameCell = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 0, bottom: 0, left: 40, right: 40 },
    children,
  });

/** A borderless table of two columns. */
const frameTable = (widths: number[], rows: TableRow[]) =>
  new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows,
  });

/** Above the title: issuing body and quốc hiệu, then number and place and date. */
function frameHead(f: DocumentFrame): Table {
  const [left, right] = HEAD_COLUMNS as [number, number];
  const body: Paragraph[] = [];
  if (f.parentBody) body.push(centred(f.parentBody));
  body.push(centred(f.issuingBody, { bold: true }), rule(20, 62));
  const national: Paragraph[] = f.national
    ? [centred(f.national.name, { bold: true }), centred(f.national.motto, { bold: true, size: BODY, underline: true })]
    : [];
  return frameTable(HEAD_COLUMNS, [
    new TableRow({
      cantSplit: true,
      children: [frameCell(left, body), frameCell(right, national.length > 0 ? national : [centred('')])],
    }),
    new TableRow({
      cantSplit: true,
      children: [
        frameCell(left, [centred(f.number, { size: BODY }, { before: 120 })]),
        frameCell(right, [centred(f.placeAndDate, { size: BODY, italics: true }, { before: 120 })]),
      ],
    }),
  ]);
}

/** Below the text: recipients on the left, the signature on the right. */
function frameFoot(f: DocumentFrame): Table {
  const [left, right] = SIGN_COLUMNS as [number, number];
  const recipients = [
    new Paragraph({
      spacing: { after: 0 },
      children: [text(f.recipientsLabel, { bold: true, italics: true, size: FRAME })],
    }),
    ...f.recipients.map((r) => new Paragraph({ spacing: { after: 0 }, children: [text(r, { size: SMALL })] })),
  ];
  const signature = [
    ...(f.signerAuthority ? [centred(f.signerAuthority, { bold: true, size: BODY })] : []),
    centred(f.signerPosition, { bold: true, size: BODY }),
    // Room for the signature and the seal.
    centred(f.signerName, { bold: true, size: BODY }, { before: twip(28) }),
  ];
  return frameTable(SIGN_COLUMNS, [
    new TableRow({
      cantSplit: true,
      children: [
        frameCell(left, recipients),
        new TableCell({
          width: { size: right, type: WidthType.DXA },
          verticalAlign: VerticalAlign.TOP,
          margins: { left: 40, right: 40 },
          children: signature,
        }),
      ],
    }),
  ]);
}

function cell(
  t: string,
  width: number,
  options: {
    bold?: boolean;
    right?: boolean;
    color?: string;
    shade?: boolean;
    span?: number;
    indent?: boolean;
    /** Kept on the page of the next row (a header row: never alone at the foot of a page). */
    keepNext?: boolean;
  } = {},
): TableCell {
  return new TableCell({
    columnSpan: options.span,
    width: { size: width, type: WidthType.DXA },
    shading: options.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EFEFEF' } : undefined,
    margins: { top: 30, bottom: 30, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: options.indent ? { left: twip(4) } : undefined,
        keepNext: options.keepNext,
        children: [text(t, { bold: options.bold, size: SMALL, color: options.color })],
      }),
    ],
  });
}

const widthOf = (columns: number[], from: number, span = 1) =>
  columns.slice(from, from + span).reduce((a, b) => a + b, 0);

function tableRow(r: BriefingRow): TableRow {
  const w = (i: number, span = 1) => widthOf(COLUMNS, i, span);
  if (r.kind === 'group')
    return new TableRow({
      cantSplit: true,
      children: [cell(r.indicator, w(0, 5), { bold: true, shade: true, span: 5 })],
    });
  const muted = r.kind === 'of_which' ? '555555' : undefined;
  return new TableRow({
    cantSplit: true,
    children: [
      cell(r.indicator, w(0), { indent: r.sub, color: muted }),
      cell(r.value, w(1), { right: true, color: muted }),
      cell(r.target, w(2), { right: true }),
      cell(r.statusText, w(3), { bold: true, color: r.status ? STATUS_COLOURS[r.status] : undefined }),
      cell(r.sure, w(4)),
    ],
  });
}

/** A table with a header row repeated on every page. */
function dataTable(columns: number[], header: string[], rightAligned: Set<number>, rows: TableRow[]): Table {
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) =>
          // Kept with the first row: a header alone at the foot of a page (LibreOffice then even dropped the one
          // row that followed it, the areas-to-watch table of the 2026 briefing).
          cell(h, columns[i] as number, { bold: true, shade: true, right: rightAligned.has(i), keepNext: true }),
        ),
      }),
      ...rows,
    ],
  });
}

function areaRow(a: AreaToWatch): TableRow {
  const w = (i: number) => AREA_COLUMNS[i] as number;
  return new TableRow({
    cantSplit: true,
    children: [
      cell(a.area, w(0)),
      cell(a.indicator, w(1)),
      cell(a.value, w(2), { right: true }),
      cell(a.counts, w(3), { right: true }),
      cell(a.target, w(4), { right: true }),
      cell(a.finding, w(5), { color: a.kind === 'furthest' ? '555555' : STATUS_COLOURS.not_met }),
    ],
  });
}

const heading = (t: string, level: 1 | 2) =>
  new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
    keepLines: true,
    indent: { firstLine: INDENT },
    spacing: { before: level === 1 ? 240 : 160, after: 80 },
    children: [text(t, { bold: true, size: BODY, color: '000000', italics: level === 2 })],
  });

const body = (t: string, options: { size?: number; italics?: boolean; keepNext?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    keepNext: options.keepNext,
    spacing: { before: 0, after: 120, line: 288 },
    children: [text(t, options)],
  });

/** What the Word document adds to the briefing: its administrative frame, and the areas to watch. */
export interface DocxExtras {
  frame: DocumentFrame;
  areas: AreasToWatch | null;
}

/**
 * The Word document of a briefing. `pngs` gives the PNG bytes of each chart (by its path in the report);
 * `date` goes into the document's created and modified properties.
 */
export async function renderBriefingDocx(
  b: Briefing,
  pngs: ReadonlyMap<string, Buffer>,
  date: Date,
  extras: DocxExtras,
): Promise<Buffer> {
  const { frame, areas } = extras;
  const children: (Paragraph | Table)[] = [];
  children.push(frameHead(frame));
  children.push(centred(frame.kind, { bold: true, size: TITLE }, { before: 360 }));
  children.push(centred(frame.subject, { bold: true, size: TITLE }, { after: 40 }));
  children.push(rule(40, TEXT_WIDTH_MM));
  children.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  if (b.synthetic) {
    const line = { style: BorderStyle.SINGLE, size: 12, color: '8A4B00', space: 4 };
    children.push(
      new Paragraph({
        border: { top: line, bottom: line, left: line, right: line },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF4E5' },
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 80, after: 160 },
        children: [text(b.synthetic, { bold: true, size: SMALL, color: '4A2800' })],
      }),
    );
  }
  if (b.partial) {
    children.push(
      new Paragraph({
        border: { left: { style: BorderStyle.SINGLE, size: 24, color: '8A4B00', space: 6 } },
        alignment: AlignmentType.JUSTIFIED,
        spacing: { after: 160 },
        children: [text(b.partial, { size: SMALL })],
      }),
    );
  }
  for (const f of b.facts) {
    children.push(
      new Paragraph({
        indent: { firstLine: INDENT },
        spacing: { after: 20 },
        children: [text(`${f.label}: `, { italics: true }), text(f.value)],
      }),
    );
  }

  children.push(heading(b.sections.overview, 1));
  children.push(body(b.summary, { keepNext: true }));
  children.push(
    dataTable(
      COLUMNS,
      [b.headers.indicator, b.headers.value, b.headers.target, b.headers.status, b.headers.sure],
      new Set([1, 2]),
      b.table.map(tableRow),
    ),
  );
  children.push(body(b.summaryNote, { size: SMALL, italics: true }));
  if (areas) {
    children.push(heading(areas.title, 2));
    children.push(body(areas.intro, { keepNext: areas.rows.length > 0 }));
    if (areas.rows.length > 0) {
      const h = areas.headers;
      children.push(
        dataTable(
          AREA_COLUMNS,
          [h.area, h.indicator, h.value, h.counts, h.target, h.finding],
          new Set([2, 3, 4]),
          areas.rows.map(areaRow),
        ),
      );
    } else {
      children.push(body(areas.empty));
    }
    for (const n of areas.notes) children.push(body(n, { size: SMALL, italics: true }));
  }

  children.push(heading(b.sections.targets, 1));
  for (const p of b.paragraphs) {
    children.push(
      new Paragraph({
        keepNext: true,
        keepLines: true,
        indent: { firstLine: INDENT },
        spacing: { before: 120, after: 40 },
        children: [
          ...(p.status ? [text(`${p.statusText}  `, { bold: true, color: STATUS_COLOURS[p.status] })] : []),
          text(p.title, { bold: true }),
        ],
      }),
    );
    children.push(body(p.text));
  }

  children.push(heading(b.sections.charts, 1));
  let figure = 0;
  for (const c of b.charts) {
    const png = c.png ? pngs.get(c.png) : undefined;
    if (!png) continue;
    figure++;
    const size = pngSize(png);
    const scale = Math.min(TEXT_WIDTH_PX / size.width, MAX_CHART_HEIGHT_PX / size.height);
    children.push(
      new Paragraph({
        keepNext: true,
        keepLines: true,
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 40 },
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
            // A fixed drawing id: the package's default comes from a counter shared by the whole process.
            altText: { id: String(figure), name: `chart-${figure}`, title: c.caption, description: c.caption },
          }),
        ],
      }),
    );
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepLines: true,
        spacing: { after: 200 },
        children: [
          text(`${b.figureLabel(figure)} `, { bold: true, size: FRAME }),
          text(c.caption, { size: FRAME, italics: true }),
        ],
      }),
    );
  }
  if (figure === 0) children.push(body(b.noCharts));
  children.push(body(b.chartsNote, { size: SMALL, italics: true }));

  children.push(heading(b.sections.notes, 1));
  for (const n of b.notes) {
    children.push(heading(n.title, 2));
    children.push(body(n.text, { size: SMALL }));
  }
  children.push(
    new Paragraph({
      spacing: { before: 120, after: 240 },
      keepNext: true,
      children: [text(b.footer, { size: 18, color: '555555' })],
    }),
  );
  children.push(frameFoot(frame));

  const doc = new Document({
    creator: 'chitieu',
    lastModifiedBy: 'chitieu',
    title: b.docTitle,
    description: b.synthetic ?? b.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(PAGE_MM.width), height: twip(PAGE_MM.height) },
            margin: {
              top: twip(PAGE_MM.top),
              bottom: twip(PAGE_MM.bottom),
              left: twip(PAGE_MM.left),
              right: twip(PAGE_MM.right),
              header: twip(10),
              footer: twip(10),
            },
          },
        },
        // Page numbers centred at the top, from the second page (Phụ lục I).
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return packDocx(doc, (name, xml) =>
    name === 'docProps/core.xml'
      ? xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`)
      : xml,
  );
}
