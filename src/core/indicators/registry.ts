import type { IndicatorDefinition, IndicatorId } from './definition.ts';
import { INDICATOR_IDS } from './definition.ts';
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

/**
 * The single list of indicators. The command line, charts, notebooks and briefing all read it.
 * Adding an indicator: one file with its definition, one line here, its id in `INDICATOR_IDS`.
 */
export const INDICATORS: Readonly<Record<IndicatorId, IndicatorDefinition>> = {
  crime_change_vs_baseline: crimeChangeVsBaseline,
  reports_acceptance_rate: reportsAcceptanceRate,
  reports_resolution_rate: reportsResolutionRate,
  clearance_rate: clearanceRate,
  clearance_rate_very_serious: clearanceRateVerySerious,
  violations_detected_change: violationsDetectedChange,
  corruption_asset_recovery_rate: corruptionAssetRecoveryRate,
  judicial_violations: judicialViolations,
  reoffending_rate: reoffendingRate,
  safe_communes_share: safeCommunesShare,
  safe_organisations_share: safeOrganisationsShare,
};

/** The definitions in the contract's order. */
export function indicatorList(): IndicatorDefinition[] {
  return INDICATOR_IDS.map((id) => INDICATORS[id]);
}
