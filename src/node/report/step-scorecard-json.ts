import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPORT_FILES } from './files.ts';
import { need, type ReportStep } from './types.ts';

/**
 * JSON laid out for reading and for line-by-line diffs: one line per area and per result, the rest indented.
 * Parses to the same value as `JSON.stringify` gives.
 */
export function layoutJson(value: Record<string, unknown>): string {
  const line = (v: unknown) => JSON.stringify(v);
  const block = (items: string[], indent: string) =>
    items.length === 0 ? '[]' : `[\n${items.map((i) => `${indent}${i}`).join(',\n')}\n${indent.slice(2)}]`;
  const fields = Object.entries(value).map(([key, v]) => {
    if (key === 'reports' && Array.isArray(v)) {
      const reports = v.map((r: { results: unknown[] } & Record<string, unknown>) => {
        const head = Object.entries(r)
          .filter(([k]) => k !== 'results')
          .map(([k, x]) => `${line(k)}: ${line(x)}`)
          .join(', ');
        return `{${head}, "results": ${block(r.results.map(line), '      ')}}`;
      });
      return `  ${line(key)}: ${block(reports, '    ')}`;
    }
    if (key === 'areas' && Array.isArray(v)) return `  ${line(key)}: ${block(v.map(line), '    ')}`;
    return `  ${line(key)}: ${line(v)}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

/**
 * Step 3: scorecard.json, the contract's results (`chitieu indicators --json`) for every year and area,
 * each with the report's assessment, and what the data say about themselves.
 */
export const scorecardJsonStep: ReportStep = {
  id: 'scorecard_json',
  async run(ctx) {
    const scorecard = need(ctx, 'scorecard');
    const { data, targets } = ctx.options;
    const json = {
      kind: 'chitieu-scorecard',
      version: ctx.deps.version,
      target_set: targets.id,
      periods: data.meta.periods,
      cutoff: data.meta.cutoff,
      synthetic: data.meta.synthetic,
      years: scorecard.years,
      areas: scorecard.areas,
      reports: scorecard.reports,
    };
    await writeFile(join(ctx.dir, REPORT_FILES.scorecardJson), layoutJson(json));
  },
};
