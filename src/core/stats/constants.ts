/**
 * Normal quantiles used for two-sided intervals and funnel-plot limits.
 *
 * The contract (`shared/CONTRACT.md`) fixes z for `ci95` at this value; funnel plots
 * (Spiegelhalter 2005) add the 99.8 % limit.
 */

/**
 * z for a two-sided 95 % interval: Φ⁻¹(0.975).
 *
 * Source: `shared/CONTRACT.md` (`ci95`); R `qnorm(0.975)` agrees to the last two units in
 * the last place.
 *
 * @example
 * Z95; // => 1.959963984540054
 */
export const Z95 = 1.959963984540054;

/**
 * z for a two-sided 99.8 % interval: Φ⁻¹(0.999), the outer funnel-plot limit.
 *
 * Source: Spiegelhalter, Stat Med 2005;24:1185-1202 (limits at 95 % and 99.8 %);
 * value as R `qnorm(0.999)`.
 *
 * @example
 * Z998; // => 3.090232306167813
 */
export const Z998 = 3.090232306167813;
