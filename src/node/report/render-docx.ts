/**
 * The briefing as a Word document (A4, margins of a Vietnamese administrative text: 20 mm top and bottom,
 * 30 mm left, 15 mm right; Times New Roman), built with the `docx` package. Charts are PNGs. The file is
 * made byte-stable: the package stamps the current time into the document properties and the zip entries,
 * so the properties get the data's date and the zip is re-packed with fixed stamps.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, ShadingType,
  Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, convertMillimetersToTwip,
} from 'docx';
import { typeset, type Briefing, type BriefingRow } from './briefing.ts';
import { normaliseZip } from '../zip/normalise-zip.ts';

const FONT = 'Times New Roman';
/** Half-points: 13 pt body, 11 pt tables and notes. */
const BODY = 26;
const SMALL = 22;
/** Width of the text on the page: 210 − 30 − 15 mm, in pixels at 96 dpi (what `ImageRun` sizes are in). */
const TEXT_WIDTH_PX = Math.floor((165 / 25.4) * 96);
const MAX_CHART_HEIGHT_PX = Math.floor((150 / 25.4) * 96);
/** Widths of the verdict table's columns, in twips (they add up to the 165 mm of text width). */
const COLUMNS = [3500, 1000, 1300, 1500, 2054];
const STATUS_COLOURS: Record<string, string> = { met: '17602F', not_met: '9F1D1D', no_data: '555555' };

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.readUInt32BE(12) !== 0x49484452) throw new Error('not a PNG file');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const text = (t: string, options: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}) =>
  new TextRun({ text: typeset(t), font: FONT, size: options.size ?? BODY, bold: options.bold, color: options.color, italics: options.italics });

function cell(
  t: string,
  column: number,
  options: { bold?: boolean; right?: boolean; color?: string; shade?: boolean; span?: number; indent?: boolean } = {},
): TableCell {
  const width = COLUMNS.slice(column, column + (options.span ?? 1)).reduce((a, b) => a + b, 0);
  return new TableCell({
    columnSpan: options.span,
    width: { size: width, type: WidthType.DXA },
    shading: options.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EFEFEF' } : undefined,
    margins: { top: 30, bottom: 30, left: 80, right: 80 },
    children: [new Paragraph({
      alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: options.indent ? { left: convertMillimetersToTwip(4) } : undefined,
      children: [text(t, { bold: options.bold, size: SMALL, color: options.color })],
    })],
  });
}

function tableRow(r: BriefingRow): TableRow {
  if (r.kind === 'group') return new TableRow({ cantSplit: true, children: [cell(r.indicator, 0, { bold: true, shade: true, span: 5 })] });
  const muted = r.kind === 'of_which' ? '555555' : undefined;
  return new TableRow({
    cantSplit: true,
    children: [
      cell(r.indicator, 0, { indent: r.sub, color: muted }),
      cell(r.value, 1, { right: true, color: muted }),
      cell(r.target, 2, { right: true }),
      cell(r.statusText, 3, { bold: true, color: r.status ? STATUS_COLOURS[r.status] : undefined }),
      cell(r.sure, 4),
    ],
  });
}

const heading = (t: string, level: 1 | 2) => new Paragraph({
  heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
  keepNext: true,
  spacing: { before: level === 1 ? 240 : 160, after: 80 },
  children: [text(t, { bold: true, size: level === 1 ? 28 : BODY, color: '1B1B1B' })],
});

const body = (t: string, options: { size?: number; italics?: boolean } = {}) => new Paragraph({
  alignment: AlignmentType.JUSTIFIED,
  spacing: { after: 100, line: 288 },
  children: [text(t, options)],
});

/**
 * The Word document of a briefing. `pngs` gives the PNG bytes of each chart (by its path in the report);
 * `date` goes into the document's created and modified properties.
 */
export async function renderBriefingDocx(b: Briefing, pngs: ReadonlyMap<string, Buffer>, date: Date): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  children.push(new Paragraph({ children: [text(b.kicker.toLocaleUpperCase(b.lang), { size: SMALL, color: '555555' })] }));
  children.push(new Paragraph({
    heading: HeadingLevel.TITLE,
    spacing: { after: 160 },
    children: [text(b.title, { bold: true, size: 34, color: '1B1B1B' })],
  }));
  if (b.synthetic) {
    const line = { style: BorderStyle.SINGLE, size: 12, color: '8A4B00', space: 4 };
    children.push(new Paragraph({
      border: { top: line, bottom: line, left: line, right: line },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF4E5' },
      spacing: { before: 80, after: 160 },
      children: [text(b.synthetic, { bold: true, size: SMALL, color: '4A2800' })],
    }));
  }
  if (b.partial) {
    children.push(new Paragraph({
      border: { left: { style: BorderStyle.SINGLE, size: 24, color: '8A4B00', space: 6 } },
      spacing: { after: 160 },
      children: [text(b.partial, { size: SMALL })],
    }));
  }
  for (const f of b.facts) {
    children.push(new Paragraph({ spacing: { after: 20 }, children: [text(`${f.label}: `, { size: SMALL, color: '555555' }), text(f.value, { size: SMALL })] }));
  }

  children.push(heading(b.sections.overview, 1));
  children.push(new Paragraph({ spacing: { after: 120 }, children: [text(b.summary, { bold: true })] }));
  children.push(new Table({
    width: { size: COLUMNS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [b.headers.indicator, b.headers.value, b.headers.target, b.headers.status, b.headers.sure]
          .map((h, i) => cell(h, i, { bold: true, shade: true, right: i === 1 || i === 2 })),
      }),
      ...b.table.map(tableRow),
    ],
  }));
  children.push(body(b.summaryNote, { size: SMALL, italics: true }));

  children.push(heading(b.sections.targets, 1));
  for (const p of b.paragraphs) {
    children.push(new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 40 },
      children: [
        ...(p.status ? [text(`${p.statusText}  `, { bold: true, color: STATUS_COLOURS[p.status] })] : []),
        text(p.title, { bold: true }),
      ],
    }));
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
    children.push(new Paragraph({
      keepNext: true,
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        // A fixed drawing id: the package's default comes from a counter shared by the whole process.
        altText: { id: String(figure), name: `chart-${figure}`, title: c.caption, description: c.caption },
      })],
    }));
    children.push(new Paragraph({
      spacing: { after: 200 },
      children: [text(`${b.figureLabel(figure)} `, { bold: true, size: SMALL }), text(c.caption, { size: SMALL })],
    }));
  }
  if (figure === 0) children.push(body(b.noCharts));
  children.push(body(b.chartsNote, { size: SMALL, italics: true }));

  children.push(heading(b.sections.notes, 1));
  for (const n of b.notes) {
    children.push(heading(n.title, 2));
    children.push(body(n.text, { size: SMALL }));
  }
  children.push(new Paragraph({ spacing: { before: 240 }, children: [text(b.footer, { size: 18, color: '555555' })] }));

  const doc = new Document({
    creator: 'chitieu',
    lastModifiedBy: 'chitieu',
    title: b.docTitle,
    description: b.synthetic ?? b.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [{
      properties: {
        page: {
          size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
          margin: {
            top: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20),
            left: convertMillimetersToTwip(30), right: convertMillimetersToTwip(15),
          },
        },
      },
      footers: {
        default: new Footer({
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 20 })] })],
        }),
      },
      children,
    }],
  });
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return normaliseZip(await Packer.toBuffer(doc), (name, xml) => (name === 'docProps/core.xml'
    ? xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`)
    : xml));
}
