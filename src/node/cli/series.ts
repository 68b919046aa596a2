import { areaSeries } from '../../core/areas/area-series.ts';
import { leafUnitsSeries } from '../../core/indicators/leaf-units-series.ts';
import { AREA_BASIS_NAMES } from '../../core/messages/areas.ts';
import { CLI_HELP, CLI_MESSAGES } from '../../core/messages/cli.ts';
import { INDICATOR_IDS, type IndicatorId } from '../../core/indicators/registry.ts';
import { INDICATORS } from '../../core/indicators/registry.ts';
import { formatValue } from '../../core/indicators/describe.ts';
import { formatNumber } from '../../core/format/number.ts';
import { periodInSentence } from '../../core/format/words.ts';
import { parseOptions, required, UsageError } from './args.ts';
import { closestName } from './suggest.ts';
import { loadOrReport } from './indicators.ts';
import type { Io } from './io.ts';
import { partLabel } from '../../core/indicators/reason.ts';
import { conventionOf } from '../../core/periods/of-data.ts';
import { VERDICT_REASON_TEXTS as SERIES_WORDS } from '../../core/messages/verdict-reasons.ts';

/**
 * `chitieu series`: a yearly series of one indicator for any area, old district or new unit, across the
 * 2025 reform, each point saying how it was made (direct, gathered from new units, spread estimate).
 */
export async function seriesCommand(argv: string[], io: Io): Promise<number> {
  const { values, lang } = parseOptions(argv, {
    data: { type: 'string' },
    area: { type: 'string' },
    indicator: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.out(`${CLI_HELP.series[lang]}\n`);
    return 0;
  }
  const dataPath = required(values, 'data');
  const area = required(values, 'area');
  const indicator = required(values, 'indicator');
  if (!(INDICATOR_IDS as readonly string[]).includes(indicator)) {
    throw new UsageError(CLI_MESSAGES.badIndicator(indicator, closestName(indicator, INDICATOR_IDS), INDICATOR_IDS));
  }
  const data = await loadOrReport(dataPath, lang, io);
  if (!data) return 1;
  if (!data.areas.some((a) => a.area_code === area)) throw new UsageError(CLI_MESSAGES.unknownArea(area));
  const def = INDICATORS[indicator as IndicatorId];
  // A share of leaf units (crime-free communes) is made of each year's own units, never summed across the reform.
  const series = def.leafUnits ? leafUnitsSeries(data, def, area) : areaSeries(data, { area, indicatorId: def.id });
  if (values.json) {
    io.out(`${JSON.stringify(series, null, 2)}\n`);
    return 0;
  }
  const name = data.areas.find((a) => a.area_code === area);
  io.out(`${def.shortTitle[lang]}: ${lang === 'vi' ? name?.name_vi : name?.name_en} (${area})\n\n`);
  for (const p of series.points) {
    // A spread estimate is fractional: one decimal says so; a direct count prints whole.
    const figure = (x: number | null) =>
      x === null ? '—' : formatNumber(x, { lang, decimals: Number.isInteger(x) ? 0 : 1 });
    const counts = p.numerator === null ? '—' : `${figure(p.numerator)}/${figure(p.denominator)}`;
    const how = p.basis ? AREA_BASIS_NAMES[p.basis][lang] : '—';
    // A year of fewer months says which ('10 tháng đầu năm 2026'), and a change that it compares the same months.
    const part = partLabel(conventionOf(data.meta), p.year, p.basis ? p.months : null);
    const period = part
      ? `; ${(def.unit === 'relative_change' && p.comparison ? SERIES_WORDS.sameMonths(part, p.comparison.year) : periodInSentence(part))[lang]}`
      : '';
    io.out(`${p.year}  ${formatValue(def, p, lang).padStart(9)}  ${counts.padStart(14)}  ${how}${period}\n`);
  }
  io.out(`\n${series.note[lang]}\n`);
  return 0;
}
