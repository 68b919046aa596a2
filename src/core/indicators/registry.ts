import type { IndicatorDefinition } from './definition.ts';
import { crimeChangeVsBaseline } from './crime-change-vs-baseline.ts';
import { reportsAcceptanceRate } from './reports-acceptance-rate.ts';
import { reportsResolutionRate } from './reports-resolution-rate.ts';
import { clearanceRate } from './clearance-rate.ts';
import { clearanceRateVerySerious } from './clearance-rate-very-serious.ts';
import { violationsDetectedChange } from './violations-detected-change.ts';
import { corruptionAssetRecoveryRate } from './corruption-asset-recovery-rate.ts';
import { judicialViolations } from './judicial-violations.ts';
import { reoffendingRate } from './reoffending-rate.ts';
import { safeCommunesShare } from './safe-communes-share.ts';
import { safeOrganisationsShare } from './safe-organisations-share.ts';
import { socialOrderCrimeChange } from './social-order-crime-change.ts';
import { cyberCrimeCases } from './cyber-crime-cases.ts';
import { crimeFreeCommunesShare } from './crime-free-communes-share.ts';
import { drugFreeCommunesShare } from './drug-free-communes-share.ts';

/**
 * The single list of indicators, in the order they are printed. The command line, charts, notebooks and
 * briefing all read it; the ids, the names and the charts that draw an indicator come from its definition.
 * Adding an indicator: one file with its definition (README, "Adding an indicator"), one line here.
 */
const LIST = [
  crimeChangeVsBaseline,
  reportsAcceptanceRate,
  reportsResolutionRate,
  clearanceRate,
  clearanceRateVerySerious,
  violationsDetectedChange,
  corruptionAssetRecoveryRate,
  judicialViolations,
  reoffendingRate,
  safeCommunesShare,
  safeOrganisationsShare,
  socialOrderCrimeChange,
  cyberCrimeCases,
  crimeFreeCommunesShare,
  drugFreeCommunesShare,
] as const;

/** An indicator's id, as the contract prints it. */
export type IndicatorId = (typeof LIST)[number]['id'];

/** Every indicator id, in print order (derived from the list above). */
export const INDICATOR_IDS: readonly IndicatorId[] = LIST.map((d) => d.id);

/** The definitions by id. */
export const INDICATORS: Readonly<Record<IndicatorId, IndicatorDefinition>> = Object.fromEntries(
  LIST.map((d) => [d.id, d as IndicatorDefinition]),
) as Record<IndicatorId, IndicatorDefinition>;

/** The definitions in print order. */
export function indicatorList(): IndicatorDefinition[] {
  return INDICATOR_IDS.map((id) => INDICATORS[id]);
}

/** The ids of the indicators a kind of chart draws (`trend`: a rate over time; `areas`: a rate across areas). */
export function chartedIndicators(kind: 'trend' | 'areas'): IndicatorId[] {
  return INDICATOR_IDS.filter((id) => INDICATORS[id].charts?.[kind] === true);
}
