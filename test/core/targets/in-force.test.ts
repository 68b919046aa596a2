import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inForceTargets } from '../../../src/core/targets/in-force.ts';
import { resolveTargets } from '../../../src/core/targets/resolve.ts';
import { TARGET_SETS } from '../../../src/core/targets/registry.ts';
import { pathThreshold } from '../../../src/core/targets/path-threshold.ts';
import { testDocExamples } from '../format/doc-examples.ts';

/**
 * The in-force resolution, year by year, read by hand from ../shared/reference/TARGETS.md:
 * - programme 2021-2025 (provincial): every target of KL 13 a-đ;
 * - directive 2025 (provincial, from 2025, open): clearance > 75 %, very serious > 90 %, reports > 90 %
 *   ("vượt tỷ lệ Trung ương giao": strictly above the national thresholds);
 * - QĐ 1944/QĐ-TTg (national, 2021-2025): reports 100 % / > 90 %, clearance > 75 %, very serious > 90 %, assets > 60 %;
 * - National Assembly (national, from 2020, open): clearance >= 75 %, very serious >= 90 %, reports > 90 %;
 * - drugs 2030 (NQ 163/2024/QH15, KL 132-KL/TW; national, 2025-2030): drug-free communes >= 20 % in 2025,
 *   >= 50 % by 2030, the years between on a straight line.
 * Rule: in force in Y; provincial before national; the later document before the earlier; else the last
 * expired (expired: true); else none.
 * Each cell: set id, and '!' when expired.
 */
const EXPECTED: Record<string, Record<number, string | null>> = {
  crime_change_vs_baseline: {
    2019: null,
    2020: null,
    2021: 'programme-2021-2025',
    2024: 'programme-2021-2025',
    2025: 'programme-2021-2025',
    2026: 'programme-2021-2025!',
    2031: 'programme-2021-2025!',
  },
  clearance_rate: {
    2019: null,
    2020: 'national',
    2021: 'programme-2021-2025',
    2024: 'programme-2021-2025',
    2025: 'directive-2025',
    2026: 'directive-2025',
    2031: 'directive-2025',
  },
  reports_resolution_rate: {
    2019: null,
    2020: 'national',
    2021: 'programme-2021-2025',
    2025: 'directive-2025',
    2030: 'directive-2025',
  },
  reports_acceptance_rate: {
    2019: null,
    2020: null,
    2021: 'programme-2021-2025',
    2025: 'programme-2021-2025',
    2026: 'programme-2021-2025!',
  },
  corruption_asset_recovery_rate: { 2020: null, 2023: 'programme-2021-2025', 2026: 'programme-2021-2025!' },
  judicial_violations: { 2019: null, 2022: 'programme-2021-2025', 2027: 'programme-2021-2025!' },
  // NQ 163/2024/QH15 and KL 132-KL/TW (national, 2025-2030): none before, expired after
  drug_free_communes_share: {
    2019: null,
    2022: null,
    2024: null,
    2025: 'drugs-2030',
    2026: 'drugs-2030',
    2028: 'drugs-2030',
    2030: 'drugs-2030',
    2031: 'drugs-2030!',
  },
  // the directive's crime-free communes: watched, no document sets a number
  crime_free_communes_share: { 2019: null, 2025: null, 2026: null, 2031: null },
};

describe('the in-force target set, 2019-2031', () => {
  for (const [id, byYear] of Object.entries(EXPECTED)) {
    it(`${id}: the document in force each year`, () => {
      for (const [year, expected] of Object.entries(byYear)) {
        const t = inForceTargets(Number(year))[id as keyof ReturnType<typeof inForceTargets>];
        const got = t ? `${t.set}${t.expired ? '!' : ''}` : null;
        expect(got, `${id} ${year}`).toBe(expected);
      }
    });
  }

  it('every year from 2019 to 2031 gives each indicator a target or none, never an error', () => {
    for (let year = 2019; year <= 2031; year++) {
      const all = inForceTargets(year);
      for (const t of Object.values(all)) {
        if (t === null) continue;
        expect(t.in_force).toBeDefined();
        expect(t.expired).toBe(t.in_force![1] !== null && year > t.in_force![1]);
        expect(t.source).toBeTruthy();
      }
    }
  });

  it('is the default set, and a named document still judges any year against itself, expired or not', () => {
    const programme = TARGET_SETS['programme-2021-2025']!;
    expect(resolveTargets(programme, TARGET_SETS, 2026).clearance_rate).toMatchObject({
      threshold: 0.8,
      set: 'programme-2021-2025',
      expired: true,
      in_force: [2021, 2025],
    });
    expect(resolveTargets(programme, TARGET_SETS, 2024).clearance_rate?.expired).toBe(false);
    expect(resolveTargets(TARGET_SETS['in-force']!, TARGET_SETS, 2026).clearance_rate?.set).toBe('directive-2025');
    expect(() => resolveTargets(TARGET_SETS['in-force']!)).toThrow(/needs a year/);
  });
});

describe('the drug-free communes path (drugs-2030)', () => {
  it('gives 0.2 in 2025, the straight line between (interpolated), 0.5 in 2030 and after, with its document', () => {
    // 0.2 + 0.3 * (Y - 2025) / 5, by hand; 2031: the 2030 threshold, the document expired
    const byYear = [2025, 2026, 2027, 2028, 2029, 2030, 2031].map((y) => inForceTargets(y).drug_free_communes_share);
    expect(byYear.map((t) => t?.threshold)).toEqual([0.2, 0.26, 0.32, 0.38, 0.44, 0.5, 0.5]);
    expect(byYear.map((t) => t?.interpolated)).toEqual([false, true, true, true, true, false, false]);
    expect(byYear.map((t) => t?.comparator)).toEqual(Array(7).fill('>='));
    expect(byYear[1]).toMatchObject({ set: 'drugs-2030', in_force: [2025, 2030], expired: false, deadline_year: 2030 });
    expect(byYear[6]?.expired).toBe(true);
    // the 2025 milestone's origin is said in the source
    expect(byYear[0]?.source).toContain('Nghị quyết 163/2024/QH15');
    expect(byYear[0]?.source).toContain('Kết luận 132-KL/TW');
    expect(byYear[0]?.source).toContain('KH 290/KH-UBND');
    expect(byYear[0]?.source).toContain('nội suy');
    // named on its own, as any built-in document
    expect(resolveTargets(TARGET_SETS['drugs-2030']!, TARGET_SETS, 2027).drug_free_communes_share?.threshold).toBe(
      0.32,
    );
    expect(resolveTargets(TARGET_SETS['drugs-2030']!, TARGET_SETS, 2027).clearance_rate).toBeNull();
  });
});

describe('a path target', () => {
  const path = [
    { year: 2025, threshold: 0.2 },
    { year: 2030, threshold: 0.5 },
  ];
  it('reads the years between milestones off a straight line, and says so', () => {
    // 0.2 + (0.5 - 0.2) * (Y - 2025) / 5, by hand
    expect([2025, 2026, 2027, 2028, 2029, 2030].map((y) => pathThreshold(path, y).threshold)).toEqual([
      0.2, 0.26, 0.32, 0.38, 0.44, 0.5,
    ]);
    expect([2025, 2026, 2030].map((y) => pathThreshold(path, y).interpolated)).toEqual([false, true, false]);
    expect(() => pathThreshold([], 2026)).toThrow(RangeError);
  });
});

describe('TSDoc examples of core/targets', () =>
  testDocExamples(
    fileURLToPath(new URL('../../../src/core/targets/', import.meta.url)),
    [fileURLToPath(new URL('../../../src/core/targets/', import.meta.url))],
    5,
  ));

describe("a user's target file", () => {
  it('takes in_force, level, a clause and milestones, and leaves the rest to the documents in force', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseTargetSet } = await import('../../../src/core/targets/parse.ts');
    const json = JSON.parse(
      readFileSync(new URL('../../../docs/targets-2026-2030.example.json', import.meta.url), 'utf8'),
    );
    const parsed = parseTargetSet(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.set.title.vi).toMatch(/^VÍ DỤ/); // clearly an example: its thresholds were not published
    const t2027 = resolveTargets(parsed.set, TARGET_SETS, 2027);
    expect(t2027.clearance_rate).toMatchObject({
      threshold: 0.85,
      set: 'vi-du-ke-hoach-2026-2030',
      in_force: [2026, 2030],
      expired: false,
    });
    // -0.06 in 2026 to -0.10 in 2030 on a straight line: -0.07 in 2027
    expect(t2027.crime_change_vs_baseline).toMatchObject({ threshold: -0.07, interpolated: true, deadline_year: 2030 });
    // not in the file: the document in force (the 2025 directive for very serious cases)
    expect(t2027.clearance_rate_very_serious?.set).toBe('directive-2025');
    expect(resolveTargets(parsed.set, TARGET_SETS, 2031).clearance_rate?.expired).toBe(true);
  });

  it('refuses a proportion written in percent, with the hint, and a bad in_force', async () => {
    const { parseTargetSet } = await import('../../../src/core/targets/parse.ts');
    const r = parseTargetSet({
      in_force: [2030, 2026],
      targets: { clearance_rate: { comparator: '>=', threshold: 80 }, clearence_rate: {} },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.problems.map((p) => `${p.path}: ${p.message.vi}`).join('\n');
    expect(text).toContain(
      '$.targets.clearance_rate.threshold: ngưỡng của một tỉ lệ phải từ 0 đến 1, không phải 80: 80 % viết là 0.8',
    );
    expect(text).toContain('Có phải ý bạn là "clearance_rate"?');
    expect(text).toContain('$.in_force');
  });
});
