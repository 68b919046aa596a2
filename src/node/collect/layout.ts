/**
 * The layout of a return form as data: which sheets a period's form holds, where each label, input,
 * reference figure and check sits. The writer (`write-form.ts`) draws it and the reader
 * (`read-return.ts`) checks a returned file against it, so the two can never disagree; its hash, kept in
 * the form's hidden identity sheet, tells a form made by this layout from one whose layout was changed.
 */
import { createHash } from 'node:crypto';
import {
  CRIME_GROUPS,
  RELEASE_TYPES,
  SEVERITIES,
  TABLE_NAMES,
  UNIT_TYPES,
  VIOLATION_FIELDS,
  type TableName,
} from '../../core/types.ts';
import { TABLE_SCHEMAS, type RowCheck } from '../../core/io/schema.ts';
import { BREAKDOWN_WORDS } from '../../core/messages/breakdowns.ts';
import { CRIME_GROUP_WORDS, FORM_TEXT, INPUT_WORDS, SEVERITY_WORDS, SHEET_WORDS } from '../../core/messages/collect.ts';
import type { Bilingual, Lang } from '../../core/messages/lang.ts';
import { cellAddress } from '../io/xlsx.ts';

/** The version of the form's layout: a returned form of another version is refused. */
export const FORM_VERSION = '1';
/** The hidden sheet holding the form's identity (unit, period, version, layout hash). */
export const IDENTITY_SHEET = '_chitieu';
/** Monthly tables every form holds. */
export const MONTHLY_FORM_TABLES = ['criminal_cases', 'crime_reports', 'violations_detected'] as const;
/** Yearly tables the year's last month adds (each only where the toolkit knows the table). */
const YEARLY_FORM_TABLES = [
  'safe_units',
  'drug_free_communes',
  'corruption_assets',
  'judicial_violations',
  'reoffending',
];

/** A breakdown dimension of a table: its column, values, and words. */
export interface Dimension {
  column: string;
  values: readonly string[];
  head: Bilingual;
  words: Record<string, Bilingual>;
}

/** What a table's sheet asks for: its breakdown (0 to 2 dimensions) and the counts per row. */
export interface TableForm {
  dims: Dimension[];
  inputs: string[];
}

const crimeGroup: Dimension = {
  column: 'crime_group',
  values: CRIME_GROUPS,
  head: FORM_TEXT.group,
  words: CRIME_GROUP_WORDS,
};
const severity: Dimension = { column: 'severity', values: SEVERITIES, head: FORM_TEXT.severity, words: SEVERITY_WORDS };

/** The form of each table a form can hold. */
const TABLE_FORMS: Record<string, TableForm> = {
  criminal_cases: { dims: [crimeGroup, severity], inputs: ['occurred', 'cleared', 'cleared_from_earlier'] },
  crime_reports: { dims: [], inputs: ['carried_over', 'received', 'accepted', 'transferred', 'resolved', 'suspended'] },
  violations_detected: {
    dims: [{ column: 'field', values: VIOLATION_FIELDS, head: FORM_TEXT.field, words: BREAKDOWN_WORDS.field }],
    inputs: ['detected'],
  },
  safe_units: {
    dims: [{ column: 'unit_type', values: UNIT_TYPES, head: FORM_TEXT.unitType, words: BREAKDOWN_WORDS.unit_type }],
    inputs: ['in_scope', 'certified'],
  },
  drug_free_communes: { dims: [], inputs: ['in_scope', 'recognised'] },
  corruption_assets: { dims: [], inputs: ['to_recover_vnd', 'recovered_vnd'] },
  judicial_violations: { dims: [], inputs: ['violations'] },
  reoffending: {
    dims: [
      {
        column: 'release_type',
        values: RELEASE_TYPES,
        head: FORM_TEXT.releaseType,
        words: BREAKDOWN_WORDS.release_type,
      },
    ],
    inputs: ['released', 'reoffended', 'follow_up_months'],
  },
};

/** What a table's sheet asks for. @throws Error for a table no form holds. */
export function tableForm(table: string): TableForm {
  const form = TABLE_FORMS[table];
  if (!form) throw new Error(`no form for table ${table}`);
  return form;
}

/** The tables a period's form holds: the monthly ones, and at month 12 the yearly ones. */
export function formTables(month: number): TableName[] {
  const known = (t: string): t is TableName => (TABLE_NAMES as readonly string[]).includes(t);
  return [...MONTHLY_FORM_TABLES, ...(month === 12 ? YEARLY_FORM_TABLES.filter(known) : [])];
}

/** A cell the unit types a count into. */
export interface InputCell {
  address: string;
  row: number;
  col: number;
  column: string;
  /** The breakdown of the row: `{ crime_group: 'drugs', severity: 'serious' }`. */
  key: Record<string, string>;
  /** What the cell holds, as a reader names it: 'Ma túy / Nghiêm trọng / Số vụ xảy ra'. */
  label: string;
}

/** A cell showing a reference figure (previous month, same month last year). */
export interface ReferenceCell {
  address: string;
  /** Which reference: 0 the first (previous month, or last year for a yearly table), 1 the second. */
  ref: number;
  column: string;
  key: Record<string, string>;
}

/** A cell the writer fills with a fixed text, and the reader expects unchanged. */
export interface LabelCell {
  address: string;
  row: number;
  col: number;
  text: string;
}

/** A live check: the cell shows a text when the rule fails. */
export interface CheckCell {
  address: string;
  formula: string;
}

/** A sheet of the form. */
export interface SheetLayout {
  table: TableName;
  name: string;
  title: string;
  /** Sheet's reference blocks, by `ref`: their heads. */
  refs: string[];
  labels: LabelCell[];
  inputs: InputCell[];
  references: ReferenceCell[];
  checks: CheckCell[];
  /** Formula cells of the total row (grid sheets), by address. */
  totals: { address: string; formula: string }[];
  /** Widths of columns A.. in characters. */
  widths: number[];
  /** The first and last input rows and columns (for the cover's formulas). */
  inputRange: string;
  checkRange: string;
}

/** A whole form's layout. */
export interface FormLayout {
  version: string;
  lang: Lang;
  sheets: SheetLayout[];
  /** SHA-256 of everything a returned form must keep as it was. */
  hash: string;
}

/** Row of the block heads; the column heads are on the next row, the first data row after that. */
const HEAD_ROW = 4;
const FIRST_ROW = 6;

/** Cache: one layout per (tables, language). */
const layouts = new Map<string, FormLayout>();

/**
 * The layout of the form of a period (its month decides the tables) in a language.
 *
 * @example formLayout(11, 'vi').sheets.map((s) => s.name) // => ['Án hình sự', 'Tin báo', 'Vi phạm']
 */
export function formLayout(month: number, lang: Lang): FormLayout {
  const tables = formTables(month);
  const id = `${tables.join(',')}|${lang}`;
  const cached = layouts.get(id);
  if (cached) return cached;
  const sheets = tables.map((t) => sheetLayout(t, lang));
  const identity = {
    version: FORM_VERSION,
    lang,
    sheets: sheets.map((s) => ({
      name: s.name,
      table: s.table,
      labels: s.labels.map((l) => [l.address, l.text]),
      inputs: s.inputs.map((i) => [i.address, i.column, i.key]),
    })),
  };
  const hash = createHash('sha256').update(JSON.stringify(identity)).digest('hex');
  const layout: FormLayout = { version: FORM_VERSION, lang, sheets, hash };
  layouts.set(id, layout);
  return layout;
}

function sheetLayout(table: TableName, lang: Lang): SheetLayout {
  const form = TABLE_FORMS[table]!;
  const yearly = !(MONTHLY_FORM_TABLES as readonly string[]).includes(table);
  const refs = (yearly ? [FORM_TEXT.lastYear] : [FORM_TEXT.previousMonth, FORM_TEXT.sameMonthLastYear]).map(
    (r) => r[lang],
  );
  const words = SHEET_WORDS[table]!;
  const labels: LabelCell[] = [];
  const inputs: InputCell[] = [];
  const references: ReferenceCell[] = [];
  const checks: CheckCell[] = [];
  const totals: { address: string; formula: string }[] = [];
  const label = (row: number, col: number, text: string) =>
    labels.push({ address: cellAddress(row, col), row, col, text });
  const inputWord = (c: string) => INPUT_WORDS[c]![lang];
  const rules = TABLE_SCHEMAS[table as keyof typeof TABLE_SCHEMAS]?.checks ?? [];

  if (form.dims.length > 0) {
    // A grid: one row per breakdown, one column per count, then each reference block, then the check.
    const k = form.inputs.length;
    const checkCol = 3 + k * (1 + refs.length);
    label(HEAD_ROW, 1, form.dims[0]!.head[lang]);
    if (form.dims[1]) label(HEAD_ROW, 2, form.dims[1].head[lang]);
    label(HEAD_ROW, 3, FORM_TEXT.thisPeriod[lang]);
    refs.forEach((r, i) => label(HEAD_ROW, 3 + k * (i + 1), r));
    label(HEAD_ROW, checkCol, FORM_TEXT.check[lang]);
    for (let b = 0; b <= refs.length; b++)
      form.inputs.forEach((c, j) => label(HEAD_ROW + 1, 3 + b * k + j, inputWord(c)));
    const keys =
      form.dims.length === 2
        ? form.dims[0]!.values.flatMap((a) => form.dims[1]!.values.map((b) => [a, b]))
        : form.dims[0]!.values.map((a) => [a]);
    keys.forEach((values, i) => {
      const row = FIRST_ROW + i;
      const key = Object.fromEntries(form.dims.map((d, j) => [d.column, values[j]!]));
      const names = form.dims.map((d, j) => d.words[values[j]!]![lang]);
      names.forEach((name, j) => label(row, j + 1, name));
      form.inputs.forEach((c, j) => {
        inputs.push({
          address: cellAddress(row, 3 + j),
          row,
          col: 3 + j,
          column: c,
          key,
          label: [...names, inputWord(c)].join(' / '),
        });
        refs.forEach((_, r) =>
          references.push({ address: cellAddress(row, 3 + (r + 1) * k + j), ref: r, column: c, key }),
        );
      });
      const at = (c: string) => cellAddress(row, 3 + form.inputs.indexOf(c));
      const formula = checkFormula(rules, at, inputWord, lang);
      if (formula !== null) checks.push({ address: cellAddress(row, checkCol), formula });
    });
    const totalRow = FIRST_ROW + keys.length;
    label(totalRow, 1, FORM_TEXT.total[lang]);
    for (let col = 3; col < checkCol; col++) {
      const letter = cellAddress(1, col).replace(/\d+$/, '');
      totals.push({
        address: cellAddress(totalRow, col),
        formula: `SUM(${letter}${FIRST_ROW}:${letter}${totalRow - 1})`,
      });
    }
    const last = FIRST_ROW + keys.length - 1;
    const checkLetter = cellAddress(1, checkCol).replace(/\d+$/, '');
    return {
      table,
      name: words.sheet[lang],
      title: words.title[lang],
      refs,
      labels,
      inputs,
      references,
      checks,
      totals,
      widths: [20, form.dims.length === 2 ? 20 : 4, ...Array.from({ length: k * (1 + refs.length) }, () => 14), 44],
      inputRange: `C${FIRST_ROW}:${cellAddress(last, 2 + k)}`,
      checkRange: `${checkLetter}${FIRST_ROW}:${checkLetter}${last}`,
    };
  }

  // A list: one row per count; columns: the item, this period, each reference, the check.
  const checkCol = 3 + refs.length;
  label(HEAD_ROW + 1, 1, FORM_TEXT.item[lang]);
  label(HEAD_ROW + 1, 2, FORM_TEXT.thisPeriod[lang]);
  refs.forEach((r, i) => label(HEAD_ROW + 1, 3 + i, r));
  label(HEAD_ROW + 1, checkCol, FORM_TEXT.check[lang]);
  form.inputs.forEach((c, i) => {
    const row = FIRST_ROW + i;
    label(row, 1, inputWord(c));
    inputs.push({ address: cellAddress(row, 2), row, col: 2, column: c, key: {}, label: inputWord(c) });
    refs.forEach((_, r) => references.push({ address: cellAddress(row, 3 + r), ref: r, column: c, key: {} }));
  });
  const at = (c: string) => cellAddress(FIRST_ROW + form.inputs.indexOf(c), 2);
  for (const rule of rules) {
    const formula = checkFormula([rule], at, inputWord, lang);
    if (formula !== null)
      checks.push({ address: cellAddress(FIRST_ROW + form.inputs.indexOf(rule.column), checkCol), formula });
  }
  const last = FIRST_ROW + form.inputs.length - 1;
  const checkLetter = cellAddress(1, checkCol).replace(/\d+$/, '');
  return {
    table,
    name: words.sheet[lang],
    title: words.title[lang],
    refs,
    labels,
    inputs,
    references,
    checks,
    totals,
    widths: [44, 14, ...refs.map(() => 16), 44],
    inputRange: `B${FIRST_ROW}:B${last}`,
    checkRange: `${checkLetter}${FIRST_ROW}:${checkLetter}${last}`,
  };
}

/**
 * The formula of a check cell: for each rule `column <= sum of terms`, a text when it fails, or "".
 * Blank inputs never fail a check (the blank is reported on its own).
 */
function checkFormula(
  rules: readonly RowCheck[],
  at: (column: string) => string,
  word: (c: string) => string,
  lang: Lang,
): string | null {
  const parts = rules.map((rule) => {
    const sum = rule.atMost.map((t, i) => `${t.sign < 0 ? '-' : i === 0 ? '' : '+'}${at(t.column)}`).join('');
    const terms = rule.atMost.map((t, i) => `${t.sign < 0 ? ' - ' : i === 0 ? '' : ' + '}${word(t.column)}`).join('');
    const text = FORM_TEXT.checkFails(word(rule.column), terms, lang).replace(/"/g, '""');
    const cells = [rule.column, ...rule.atMost.map((t) => t.column)].map(at);
    return `IF(AND(${cells.map((c) => `ISNUMBER(${c})`).join(',')},${at(rule.column)}>${sum}),"${text}","")`;
  });
  return parts.length === 0 ? null : parts.join('&');
}
