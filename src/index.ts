/**
 * chitieu: the public, browser-safe API (the notebooks import it). Node-only functions (reading data
 * folders, rendering PNG, writing reports) are in `chitieu/node` (src/node/index.ts).
 *
 * Exports are listed one by one on purpose: this file is the whole public surface.
 */

// Tables and results
export type {
  AreaRow,
  CrosswalkRow,
  CriminalCaseRow,
  CrimeReportRow,
  ViolationRow,
  CorruptionAssetRow,
  JudicialViolationRow,
  ReoffendingRow,
  SafeUnitRow,
  PopulationRow,
  DataSet,
  DataSetMeta,
  TableName,
  Target,
  Status,
  Comparator,
} from './core/types.ts';
export { TABLE_NAMES, CRIME_GROUPS, SEVERITIES, VIOLATION_FIELDS, RELEASE_TYPES, UNIT_TYPES } from './core/types.ts';
export { dataSetFrom, toRows, type RowsInput } from './core/tables/from-input.ts';

// Indicators
export { INDICATOR_IDS, type IndicatorId } from './core/indicators/registry.ts';
export type { IndicatorDefinition } from './core/indicators/definition.ts';
export { INDICATORS, indicatorList } from './core/indicators/registry.ts';
export { computeIndicators, type ComputeOptions } from './core/indicators/compute.ts';
export { YearIndex } from './core/indicators/measure.ts';
export type { IndicatorResult, IndicatorReport } from './core/indicators/result.ts';
export { formatValue, formatTarget, formatCi } from './core/indicators/describe.ts';

// Targets
export type { TargetSet, TargetSpec } from './core/targets/target-set.ts';
export { TARGET_SETS, DEFAULT_TARGET_SET } from './core/targets/registry.ts';
export { resolveTargets } from './core/targets/resolve.ts';
export { parseTargetSet } from './core/targets/parse.ts';

// Areas over time and the 2025 reform
export {
  rootArea,
  areaAndDescendants,
  validOn,
  treeAt,
  leavesAt,
  reformBreak,
  crosswalkFrom,
  dataCrosswalk,
  spread,
  gather,
  areaBreaks,
  areaSeries,
  describeAreaBasis,
  safeCommunesAcrossReform,
  type AreaSeries,
  type AreaSeriesPoint,
  type Crosswalk,
} from './core/areas/index.ts';

// Assessment: statistical verdicts, progress, trend, area comparisons
export {
  assessReport,
  assessedIndicators,
  type AssessedReport,
  type AssessedResult,
} from './core/analysis/assess-report.ts';
export { compareAreas } from './core/analysis/compare-areas.ts';
export { yearToDateCases } from './core/analysis/year-to-date-cases.ts';

// Charts (specs and Plot builders; Node renders them in chitieu/node)
export { CHARTS, buildChartSet } from './core/charts/chart-set.ts';
export { buildChartContext, type ChartContext } from './core/charts/chart-context.ts';
export { CHART_IDS } from './core/charts/registry.ts';
export { buildChartInputs, type ChartInputs } from './core/charts/inputs.ts';
export type { ChartId, ChartDefinition } from './core/charts/chart.ts';

// Statistics
export { Z95, Z998 } from './core/stats/constants.ts';
export { wilson } from './core/stats/wilson.ts';
export { clopperPearson } from './core/stats/clopper-pearson.ts';
export { garwood } from './core/stats/garwood.ts';
export { rateRatio, rateRatioTest } from './core/stats/rate-ratio.ts';
export { ratePer100k } from './core/stats/rate-per-100k.ts';
export { funnelLimits, funnelFlags, funnelOverdispersion } from './core/stats/funnel.ts';
export { statisticalStatus, oneCaseFlips, smallDenominator } from './core/stats/statistical-status.ts';
export { mannKendall } from './core/stats/mann-kendall.ts';
export { theilSen } from './core/stats/theil-sen.ts';
export { xmr } from './core/stats/xmr.ts';
export { pChart } from './core/stats/p-chart.ts';
export { cagrProgress } from './core/stats/progress-cagr.ts';
export { escapProgress } from './core/stats/progress-escap.ts';
export {
  poissonTargetProbability,
  poissonTargetProbabilityPartialYear,
} from './core/stats/poisson-target-probability.ts';
export { rolling12MonthSums, yearToDate } from './core/stats/rolling.ts';

// Formatting and periods
export {
  formatNumber,
  formatCount,
  formatPercent,
  percentOf,
  formatRatio,
  formatChange,
  formatInterval,
  formatVnd,
  formatDate,
  formatDateRange,
} from './core/format/index.ts';
export {
  PERIOD_CONVENTIONS,
  parseConvention,
  periodOf,
  periodRange,
  periodLabel,
  yearToDateLabel,
  sameMonthsPreviousYear,
  type PeriodConvention,
} from './core/periods/index.ts';
export { conventionOf, reportingYearLabel } from './core/periods/of-data.ts';

// Messages
export type { Lang, Bilingual } from './core/messages/lang.ts';
