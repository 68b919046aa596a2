import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  funnelFlags,
  funnelLimits,
  funnelOverdispersion,
  funnelPosition,
  type FunnelLimits,
} from '../../../src/core/stats/funnel.ts';
import { expectAllClose, expectClose } from './close.ts';

const ordered = (l: FunnelLimits | null): number[] =>
  l === null ? [] : [l.lower998, l.lower95, l.upper95, l.upper998];

// In R: P <- c(0.001, 0.025, 0.975, 0.999); z <- qnorm(P)
// and Spiegelhalter's interpolated quantile, transcribed:
// interp <- function(P, n, p0) { r <- qbinom(P, n, p0); a <- (pbinom(r, n, p0) - P)/(pbinom(r, n, p0) - pbinom(r - 1, n, p0)); pmin(1, pmax(0, (r - a)/n)) }

describe('funnelLimits', () => {
  it('normal limits match R', () => {
    // confirmed in R: 0.8 + z * sqrt(0.8 * 0.2 / 100)
    expectAllClose(
      ordered(funnelLimits(0.8, 100, { method: 'normal' })),
      [0.67639070775328747, 0.72160144061839793, 0.87839855938160216, 0.92360929224671262],
    );
    // confirmed in R: pmin(1, 0.95 + z * sqrt(0.95 * 0.05 / 50)) (upper limits 1.0104, 1.0452 clamped to 1)
    expectAllClose(
      ordered(funnelLimits(0.95, 50, { method: 'normal' })),
      [0.85475264349716007, 0.88958985284193204, 1, 1],
    );
  });

  it.each([
    [0.8, 20, [0.5, 0.59999999999999998, 0.94999999999999996, 1]], // confirmed in R: qbinom(P, 20, 0.8) / 20
    [0.95, 127, [0.88188976377952755, 0.90551181102362199, 0.98425196850393704, 1]], // confirmed in R: qbinom(P, 127, 0.95) / 127
    [0.95, 5, [0.40000000000000002, 0.80000000000000004, 1, 1]], // confirmed in R: qbinom(P, 5, 0.95) / 5
  ] as const)('exact limits for p0 = %d, n = %i match R qbinom / n', (p0, n, expected) => {
    expectAllClose(ordered(funnelLimits(p0, n, { method: 'exact' })), expected);
  });

  it.each([
    [0.8, 20, [0.46074587371573017, 0.58388452054902695, 0.93831595655028988, 0.99566319131005798]], // confirmed in R: interp(P, 20, 0.8)
    [0.95, 127, [0.87657517165354859, 0.90510453355536014, 0.98098953459880966, 0.99468750655291271]], // confirmed in R: interp(P, 127, 0.95)
    [0.95, 5, [0.37196675900276954, 0.60236462273923608, 0.99353822282550086, 0.99974152891302004]], // confirmed in R: interp(P, 5, 0.95)
  ] as const)('interpolated limits for p0 = %d, n = %i match the R transcription', (p0, n, expected) => {
    expectAllClose(ordered(funnelLimits(p0, n, { method: 'exact_interpolated' })), expected);
  });

  it('auto picks exact limits for small denominators and normal ones otherwise', () => {
    expect(funnelLimits(0.8, 20)?.method).toBe('exact');
    expect(funnelLimits(0.95, 127)?.method).toBe('exact');
    expect(funnelLimits(0.8, 100)?.method).toBe('normal');
  });

  it('widens normal limits by sqrt(phi) when phi > 1, or adds tau2', () => {
    const phi = 2.2436476863020514;
    // confirmed in R: 0.8 + z * sqrt(phi) * sqrt(0.8 * 0.2 / 60) (phi from the overdispersion test below; upper 99.8 % clamped)
    expectAllClose(
      ordered(funnelLimits(0.8, 60, { phi })),
      [0.56096977210842147, 0.64839630439794704, 0.95160369560205305, 1],
    );
    // confirmed in R: 0.8 + z * sqrt(0.8 * 0.2 / 60 + tau2)
    expectAllClose(
      ordered(funnelLimits(0.8, 60, { tau2: 0.0035442170608671756 })),
      [0.55646138720437821, 0.64553688440459167, 0.95446311559540842, 1],
    );
    // phi <= 1 leaves the limits alone
    expect(funnelLimits(0.8, 100, { phi: 0.7 })).toEqual(funnelLimits(0.8, 100, { method: 'normal' }));
  });

  it('returns null for n = 0 and refuses bad options', () => {
    expect(funnelLimits(0.8, 0)).toBeNull();
    expect(() => funnelLimits(1, 10)).toThrow(RangeError);
    expect(() => funnelLimits(0.8, 10.5, { method: 'exact' })).toThrow(RangeError);
    expect(() => funnelLimits(0.8, 100, { method: 'exact', phi: 2 })).toThrow(RangeError);
    expect(() => funnelLimits(0.8, 100, { phi: 2, tau2: 0.01 })).toThrow(RangeError);
  });

  it('property: limits are ordered, within [0, 1], and the 99.8 % funnel holds the 95 % one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.constantFrom('normal' as const, 'exact' as const, 'exact_interpolated' as const),
        (p0, n, method) => {
          const limits = ordered(funnelLimits(p0, n, { method }));
          expect(limits[0]).toBeGreaterThanOrEqual(0);
          expect(limits[3]).toBeLessThanOrEqual(1);
          for (let i = 1; i < 4; i++) expect(limits[i]).toBeGreaterThanOrEqual(limits[i - 1] ?? Number.NaN);
        },
      ),
    );
  });
});

describe('funnelPosition and funnelFlags', () => {
  it('counts the limits themselves as inside', () => {
    expect(funnelPosition(0.6, 0.6, 0.95)).toBe('inside');
    expect(funnelPosition(0.59, 0.6, 0.95)).toBe('below');
    expect(funnelPosition(0.96, 0.6, 0.95)).toBe('above');
  });

  it('flags each area against its own limits', () => {
    const flags = funnelFlags(
      [
        { id: 'a', numerator: 11, denominator: 20 }, // 0.55 < 0.6 = qbinom(0.025, 20, 0.8) / 20, > 0.5 = qbinom(0.001, 20, 0.8) / 20
        { id: 'b', numerator: 9, denominator: 20 }, // 0.45 < 0.5
        { id: 'c', numerator: 80, denominator: 100 }, // at the target
        { id: 'd', numerator: 93, denominator: 100 }, // 0.93 > 0.9236 (normal 99.8 %, in R above)
        { id: 'e', numerator: 0, denominator: 0 },
      ],
      0.8,
    );
    expect(flags.map((f) => [f.id, f.at95, f.at998])).toEqual([
      ['a', 'below', 'inside'],
      ['b', 'below', 'below'],
      ['c', 'inside', 'inside'],
      ['d', 'above', 'above'],
      ['e', null, null],
    ]);
    expect(flags[0]).toMatchObject({ numerator: 11, denominator: 20, value: 0.55 });
  });
});

describe('funnelOverdispersion', () => {
  // In R:
  // x <- c(18, 40, 95, 30, 7, 160, 52, 75, 12, 101); n <- c(20, 55, 110, 42, 12, 190, 60, 80, 20, 130); p0 <- 0.8
  // s <- sqrt(p0*(1-p0)/n); zz <- (x/n - p0)/s; q <- quantile(zz, c(0.1, 0.9)); w <- pmin(pmax(zz, q[1]), q[2])
  // phi <- mean(w^2); wt <- 1/s^2; tau2 <- max(0, (length(zz)*phi - (length(zz)-1))/(sum(wt) - sum(wt^2)/sum(wt)))
  const x = [18, 40, 95, 30, 7, 160, 52, 75, 12, 101];
  const n = [20, 55, 110, 42, 12, 190, 60, 80, 20, 130];
  const areas = x.map((numerator, i) => ({ id: `area${i}`, numerator, denominator: n[i] ?? 0 }));

  it('matches the R computation', () => {
    const od = funnelOverdispersion(areas, 0.8);
    // confirmed in R: zz
    expectAllClose(
      od?.zScores as number[],
      [
        1.1180339887498947, -1.3483997249264847, 1.6685595311797861, -1.3887301496588278, -1.8763883748662842,
        1.4509525002200203, 1.2909944487358056, 3.0745934690622101, -2.2360679774997907, -0.6577935144802729,
      ],
    );
    // confirmed in R: quantile(zz, c(0.1, 0.9))
    expectClose(od?.zLower ?? Number.NaN, -1.9123563351296347);
    expectClose(od?.zUpper ?? Number.NaN, 1.8091629249680279);
    // confirmed in R: phi
    expectClose(od?.phi ?? Number.NaN, 2.2436476863020514);
    // confirmed in R: tau2
    expectClose(od?.tau2 ?? Number.NaN, 0.0035442170608671756);
    expect(od?.overdispersed).toBe(true);
    expect(od?.count).toBe(10);
  });

  it('skips areas with a zero denominator and returns null when none is left', () => {
    const od = funnelOverdispersion([...areas, { id: 'empty', numerator: 0, denominator: 0 }], 0.8);
    expect(od?.count).toBe(10);
    expect(od?.zScores[10]).toBeNull();
    expectClose(od?.phi ?? Number.NaN, 2.2436476863020514);
    expect(funnelOverdispersion([{ id: 'empty', numerator: 0, denominator: 0 }], 0.8)).toBeNull();
  });

  it('gives tau2 = 0 when there is no excess dispersion', () => {
    const od = funnelOverdispersion(
      [
        { id: 'a', numerator: 80, denominator: 100 },
        { id: 'b', numerator: 41, denominator: 50 },
        { id: 'c', numerator: 159, denominator: 200 },
      ],
      0.8,
    );
    expect(od?.overdispersed).toBe(false);
    expect(od?.tau2).toBe(0);
  });
});
