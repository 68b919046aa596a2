// chitieu's own engine through its library entry (dist/aggregate.js): typed arrays by hand.
import { aggregateRecords, writeAggregateTables } from '../../dist/aggregate.js';
import { PERIOD_CONVENTIONS } from './conventions.mjs';

export async function run({ input, areas, out, cutoff, periods }) {
  const result = await aggregateRecords({
    cases: input,
    areas,
    cutoff,
    convention: PERIOD_CONVENTIONS[periods],
    lang: 'en',
    maxProblems: 20,
  });
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
  const written = await writeAggregateTables(out, result.tables, { periods, cutoff });
  return { rows: written[0].rows };
}
