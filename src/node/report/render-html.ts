/**
 * The briefing as one self-contained HTML page: styles, fonts (base64 `@font-face`) and charts (inline SVG,
 * cleaned of anything that could run: see `inline-svg.ts`) are inside the file, so it opens offline and can
 * be mailed as is. Print styles lay it out on A4: no table row or chart is split across pages. Every text, whether from
 * the data (area names) or not, is escaped.
 */
import type { AreasToWatch } from './areas-to-watch.ts';
import { typeset, type Briefing, type BriefingRow } from './briefing.ts';
import { inlineSvg } from './inline-svg.ts';

/**
 * Text escaped for HTML content and attribute values.
 *
 * @example escapeHtml('<script>"x" & y</script>') // => '&lt;script&gt;&quot;x&quot; &amp; y&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CSS = `
:root{--ink:#1b1b1b;--muted:#555;--rule:#c9c9c9;--met:#17602f;--notmet:#9f1d1d;--warn-bg:#fff4e5;--warn:#8a4b00}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font-family:"Noto Sans",system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);font-size:11pt;line-height:1.45;
  max-width:186mm;margin:0 auto;padding:14mm 10mm 16mm}
header{border-bottom:2px solid var(--ink);padding-bottom:6pt;margin-bottom:10pt}
.kicker{text-transform:uppercase;letter-spacing:.06em;font-size:9pt;color:var(--muted);margin:0}
h1{font-size:19pt;line-height:1.2;margin:2pt 0 8pt}
h2{font-size:13.5pt;margin:16pt 0 6pt;border-bottom:1px solid var(--rule);padding-bottom:2pt;break-after:avoid}
h3{font-size:11pt;margin:10pt 0 2pt;break-after:avoid}
p{margin:0 0 6pt}
.partial{border-left:4px solid var(--warn);background:#fafafa;padding:4pt 8pt;margin:0 0 8pt;font-size:10pt;
  -webkit-print-color-adjust:exact;print-color-adjust:exact}
.synthetic{border:2px solid var(--warn);background:var(--warn-bg);color:#4a2800;font-weight:700;padding:6pt 8pt;margin:6pt 0 8pt;
  -webkit-print-color-adjust:exact;print-color-adjust:exact}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:1pt 10pt;margin:0;font-size:10pt}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0}
.summary{font-size:12pt;font-weight:700;margin:4pt 0 6pt}
table{width:100%;border-collapse:collapse;font-size:9.5pt;margin:2pt 0 4pt}
thead th{text-align:left;border-bottom:1.5px solid var(--ink);padding:3pt 4pt;vertical-align:bottom;white-space:nowrap}
th.num{text-align:right}
td{border-bottom:1px solid var(--rule);padding:2.5pt 4pt;vertical-align:top}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.status{white-space:nowrap;font-weight:700}
tr.group td{font-weight:700;background:#f2f2f2;-webkit-print-color-adjust:exact;print-color-adjust:exact}
tr.sub td:first-child{padding-left:14pt}
tr.of_which td{color:var(--muted);font-size:9pt}
tr.of_which td:first-child{padding-left:14pt}
table.areas td.num{white-space:normal}
.s-met{color:var(--met)}
.s-not_met{color:var(--notmet)}
.s-no_data{color:var(--muted)}
.note{font-size:9pt;color:var(--muted)}
.para{break-inside:avoid;margin-bottom:4pt}
.para h3 .badge{font-size:9pt;font-weight:700;border:1px solid currentColor;border-radius:3pt;padding:0 4pt;margin-right:5pt;white-space:nowrap}
figure{margin:8pt 0 12pt;break-inside:avoid;page-break-inside:avoid}
figure svg{display:block;width:100%;height:auto;max-height:230mm}
figcaption{font-size:9.5pt;color:var(--muted);margin-top:3pt}
footer{margin-top:16pt;border-top:1px solid var(--rule);padding-top:4pt;font-size:8.5pt;color:var(--muted)}
@page{size:A4;margin:15mm 14mm 16mm}
@media print{
  body{max-width:none;padding:0;font-size:10pt}
  h2{break-after:avoid;page-break-after:avoid}
  tr,.para,figure{break-inside:avoid;page-break-inside:avoid}
  thead{display:table-header-group}
}
`;

/** Escaped and typeset (figures kept with their units). */
const e = (text: string) => escapeHtml(typeset(text));

function row(r: BriefingRow): string {
  if (r.kind === 'group') return `<tr class="group"><td colspan="5">${e(r.indicator)}</td></tr>`;
  const cls = r.kind === 'of_which' ? ' class="of_which"' : r.sub ? ' class="sub"' : '';
  const status = r.status ? `<td class="status s-${r.status}">${e(r.statusText)}</td>` : '<td></td>';
  return (
    `<tr${cls}><td>${e(r.indicator)}</td><td class="num">${e(r.value)}</td><td class="num">${e(r.target)}</td>` +
    `${status}<td>${e(r.sure)}</td></tr>`
  );
}

/** The areas to watch (`areas-to-watch.ts`): a heading, what the table says, the table or why there is none, notes. */
function areasSection(a: AreasToWatch): string {
  const h = a.headers;
  const table =
    a.rows.length === 0
      ? `<p>${e(a.empty)}</p>`
      : `<table class="areas">
<thead><tr><th>${e(h.area)}</th><th>${e(h.indicator)}</th><th class="num">${e(h.value)}</th><th class="num">${e(h.counts)}</th><th class="num">${e(h.target)}</th><th>${e(h.finding)}</th></tr></thead>
<tbody>
${a.rows
  .map(
    (r) =>
      `<tr><td>${e(r.area)}</td><td>${e(r.indicator)}</td><td class="num">${e(r.value)}</td><td class="num">${e(r.counts)}</td>` +
      `<td class="num">${e(r.target)}</td><td class="${r.kind === 'furthest' ? 's-no_data' : 's-not_met'}">${e(r.finding)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`;
  return `<h3>${e(a.title)}</h3>\n<p>${e(a.intro)}</p>\n${table}\n${a.notes.map((n) => `<p class="note">${e(n)}</p>`).join('\n')}\n`;
}

/**
 * The briefing page. `svgs` gives the SVG text of each chart (by its path in the report); `areas` the areas to
 * watch, printed at the end of the overview.
 *
 * @example renderBriefingHtml(briefing, new Map(), '') // => '<!DOCTYPE html>\n<html lang="vi">...'
 */
export function renderBriefingHtml(
  b: Briefing,
  svgs: ReadonlyMap<string, string>,
  fontCss: string,
  areas: AreasToWatch | null = null,
): string {
  const facts = b.facts.map((f) => `<dt>${e(f.label)}</dt><dd>${e(f.value)}</dd>`).join('');
  const rows = b.table.map(row).join('\n');
  const paragraphs = b.paragraphs
    .map((p) => {
      const badge = p.status ? `<span class="badge s-${p.status}">${e(p.statusText)}</span>` : '';
      return `<div class="para"><h3>${badge}${e(p.title)}</h3><p>${e(p.text)}</p></div>`;
    })
    .join('\n');
  const figures = b.charts
    .map((c, i) => {
      const svg = svgs.get(c.svg);
      if (svg === undefined) return '';
      return `<figure>${inlineSvg(svg, `fig${i + 1}`)}<figcaption><b>${e(b.figureLabel(i + 1))}</b> ${e(c.caption)}</figcaption></figure>`;
    })
    .join('\n');
  const notes = b.notes.map((n) => `<h3>${e(n.title)}</h3><p>${e(n.text)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${b.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="chitieu">
<title>${e(b.docTitle)}</title>
<style>
${fontCss}${CSS}</style>
</head>
<body>
<header>
<p class="kicker">${e(b.kicker)}</p>
<h1>${e(b.title)}</h1>
${b.synthetic ? `<p class="synthetic" role="note">${e(b.synthetic)}</p>\n` : ''}${b.partial ? `<p class="partial" role="note">${e(b.partial)}</p>\n` : ''}<dl class="facts">${facts}</dl>
</header>
<section class="overview">
<h2>${e(b.sections.overview)}</h2>
<p class="summary">${e(b.summary)}</p>
<table>
<thead><tr><th>${e(b.headers.indicator)}</th><th class="num">${e(b.headers.value)}</th><th class="num">${e(b.headers.target)}</th><th>${e(b.headers.status)}</th><th>${e(b.headers.sure)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="note">${e(b.summaryNote)}</p>
${areas ? areasSection(areas) : ''}</section>
<section class="targets">
<h2>${e(b.sections.targets)}</h2>
${paragraphs}
</section>
<section class="charts">
<h2>${e(b.sections.charts)}</h2>
${figures || `<p>${e(b.noCharts)}</p>`}
<p class="note">${e(b.chartsNote)}</p>
</section>
<section class="notes">
<h2>${e(b.sections.notes)}</h2>
${notes}
</section>
<footer>${e(b.footer)}</footer>
</body>
</html>
`;
}
