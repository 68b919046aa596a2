/**
 * The area tree over time, the crosswalk across the 2025 reform, and series that cross it. Explicit exports:
 * the public surface of `core/areas` (helpers such as `yearParts` and `sumParts` are imported by path).
 */
export { rootArea, areaAndDescendants } from './tree.ts';
export { validOn } from './valid-on.ts';
export { treeAt, type AreaTree, type AreaNode } from './tree-at.ts';
export { leavesAt } from './leaves-at.ts';
export { reformBreak, type ReformBreak } from './reform-break.ts';
export { crosswalkFrom, CROSSWALK_WEIGHT_TOLERANCE, type Crosswalk, type CrosswalkLink } from './crosswalk.ts';
export { dataCrosswalk } from './data-crosswalk.ts';
export type { AreaFigure, AreaFigureSource } from './area-figure.ts';
export { spread, type SpreadFigure } from './spread.ts';
export { gather, type GatheredFigure, type GatherResult } from './gather.ts';
export {
  areaSourcesAt,
  type AreaSource,
  type AreaSourcesAt,
  type SourceKind,
  type NoSourceReason,
} from './sources-at.ts';
export { yearParts, type YearPart, type YearGap, type TreeSide } from './year-parts.ts';
export { areaBreaks, type AreaSeriesBreak } from './area-breaks.ts';
export {
  areaSeries,
  type AreaSeries,
  type AreaSeriesOptions,
  type AreaSeriesPoint,
  type AreaSeriesBasis,
  type AreaTreeUsed,
} from './area-series.ts';
export type { MadeYear, MadePart } from './measure-year.ts';
export { describeAreaBasis, type AreaBasisDescription } from './describe-area-basis.ts';
export {
  safeCommunesAcrossReform,
  type SafeCommunesAcrossReform,
  type SafeCommunesFigure,
} from './safe-communes-across-reform.ts';
export { CrosswalkError, AreaArgumentError, type CrosswalkProblem } from '../messages/areas.ts';
