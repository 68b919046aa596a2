import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERIOD_CONVENTIONS } from '../../../src/core/periods/registry.ts';
import type { CrimeReportRow } from '../../../src/core/types.ts';
import { aggregateRecords } from '../../../src/node/aggregate/aggregate.ts';
import { dayFromIso, NO_DAY } from '../../../src/node/aggregate/day-number.ts';
import { generateCaseFiles } from '../../../src/node/aggregate/generate-cases.ts';
import {
  indexOfPeriod,
  periodOfDayNumber,
  periodOfIndex,
  periodDays,
  periodTable,
} from '../../../src/node/aggregate/period-table.ts';
import { builtInRateSource } from '../../../src/node/aggregate/rate-source.ts';
import { areasCsv } from '../../../src/node/aggregate/write-tables.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { AREAS_CSV, CASE_HEADER, REPORT_HEADER, folderWith, tempDir } from './helpers.ts';

async function aggregate(
  reports: string,
  cutoff: string | null,
  periods: keyof typeof PERIOD_CONVENTIONS = 'calendar',
) {
  const dir = folderWith({ 'areas.csv': AREAS_CSV, 'cases.csv': `${CASE_HEADER}\n`, 'reports.csv': reports });
  return aggregateRecords({
    cases: join(dir, 'cases.csv'),
    reports: join(dir, 'reports.csv'),
    areas: join(dir, 'areas.csv'),
    cutoff,
    convention: PERIOD_CONVENTIONS[periods],
    lang: 'en',
  });
}

describe('crime_reports from report records', () => {
  it('counts flows in their months and the stock at the start of each month (calendar months, worked by hand)', async () => {
    const reports = [
      REPORT_HEADER,
      'R1,2024-01-05,437,1,,2024-01-20,', // received, accepted and resolved in January
      'R2,2024-01-10,437,1,,2024-03-02,', // open at the start of February and of March; resolved in March
      'R3,2024-01-15,437,0,,,', // received, not accepted: never in the stock
      'R4,2024-02-01,437,1,2024-02-10,,', // transferred in February
      'R5,2024-02-20,437,1,,,2024-03-05', // suspended in March: still in the stock
      'R6,2024-03-01,437,1,,2024-04-02,', // resolved after the cut-off: open at its start
    ].join('\n');
    const result = await aggregate(reports, '2024-03-31');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const row = (
      month: number,
      carried_over: number,
      received: number,
      accepted: number,
      transferred: number,
      resolved: number,
      suspended: number,
    ): CrimeReportRow => ({
      year: 2024,
      month,
      area_code: '437',
      carried_over,
      received,
      accepted,
      transferred,
      resolved,
      suspended,
    });
    expect(result.tables.crime_reports).toEqual([
      row(1, 0, 3, 2, 0, 1, 0),
      row(2, 1, 2, 2, 1, 0, 0),
      row(3, 2, 1, 1, 0, 1, 1),
    ]);
    // The stock identity: carried_over(M + 1) = carried_over(M) + accepted - transferred - resolved.
    const rows = result.tables.crime_reports!;
    for (let i = 0; i + 1 < rows.length; i++) {
      const r = rows[i]!;
      expect(rows[i + 1]!.carried_over).toBe(r.carried_over + r.accepted - r.transferred - r.resolved);
    }
  });

  it('stops an area at its last month and warns of the reports still open then', async () => {
    const reports = [
      REPORT_HEADER,
      'R1,2025-05-10,436,1,,2025-08-01,', // district 436 ends 30/6/2025: handed over
      'R2,2025-07-10,18001,1,,2025-07-20,',
    ].join('\n');
    const result = await aggregate(reports, '2025-08-31');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(
      result.tables.crime_reports!.map((r) => `${r.month}:${r.area_code}:${r.carried_over}/${r.resolved}`),
    ).toEqual(['5:436:0/0', '6:436:1/0', '7:18001:0/1']);
    expect(result.warnings.map((w) => w.code)).toEqual(['events_after_area_ended']);
    expect(result.summary.reports?.handedOver).toBe(1);
  });

  it('refuses inconsistent report records, each at its line and column', async () => {
    const reports = [
      REPORT_HEADER,
      'R1,2024-01-05,437,yes,,,', // accepted must be 1/0
      'R2,2024-01-05,437,0,,2024-01-09,', // not accepted but resolved
      'R3,2024-01-05,437,1,2024-01-06,2024-01-07,', // transferred and resolved
      'R4,2024-01-05,437,1,,2024-01-01,', // resolved before received
      'R5,2024-01-05,437,1,,2024-01-10,2024-01-12', // suspended after resolution
      'R5,2024-01-05,437,1,,,', // duplicate id
    ].join('\n');
    const result = await aggregate(reports, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
      '2:4: column "accepted": "yes" is not valid; write 1 or 0 (true or false)',
      '3:6: the report was not accepted (accepted = 0) but has "resolved_date"; only accepted reports are transferred, resolved or suspended',
      '4:6: the report has both transferred_date and resolved_date; a report ends in one of the two',
      '5:6: column "resolved_date": 2024-01-01 is before received_date 2024-01-05',
      '6:7: column "suspended": 2024-01-12 is after the report ended (resolved_date 2024-01-10)',
      '7:1: duplicate key (report_id = R5): the same key is on lines 6, 7',
    ]);
  });

  // Police months; National Assembly years (1 October), whose turn of the year a month's stock crosses.
  it.each(['police', 'national_assembly'] as const)(
    'match a direct count, report by report, on a generated file (%s)',
    async (periods) => {
      const source = builtInRateSource();
      const convention = PERIOD_CONVENTIONS[periods];
      const dir = tempDir();
      const generated = await generateCaseFiles(source, {
        rows: 200,
        reportRows: 3000,
        seed: 7,
        out: join(dir, 'cases.csv'),
        reportsOut: join(dir, 'reports.csv'),
      });
      expect(generated.reports).toBe(3000);
      writeFileSync(join(dir, 'areas.csv'), areasCsv(source.areas));
      const cutoff = '2024-06-14';
      const result = await aggregateRecords({
        cases: join(dir, 'cases.csv'),
        reports: join(dir, 'reports.csv'),
        areas: join(dir, 'areas.csv'),
        cutoff,
        convention,
        lang: 'en',
      });
      if (!result.ok)
        throw new Error(
          result.problems
            .slice(0, 5)
            .map((p) => p.message)
            .join('\n'),
        );

      // The definitions, applied one report at a time.
      const table = periodTable(convention);
      const c = dayFromIso(cutoff);
      const day = (s: string): number => (s === '' ? NO_DAY : dayFromIso(s));
      const month = (d: number): number => periodOfDayNumber(table, d);
      const records = readFileSync(join(dir, 'reports.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','));
      const expected = new Map<string, number[]>();
      const add = (p: number, area: string, k: number): void => {
        const key = `${p}:${area}`;
        const v = expected.get(key) ?? [0, 0, 0, 0, 0, 0];
        v[k]! += 1;
        expected.set(key, v);
      };
      const lastDay = new Map(
        source.areas.map((a) => [a.area_code, a.valid_to === null ? NO_DAY : dayFromIso(a.valid_to)]),
      );
      for (const [, received, area, accepted, transferred, resolved, suspended] of records) {
        const r = day(received!);
        if (r > c) continue;
        const lastMonth = lastDay.get(area!)! === NO_DAY ? Infinity : month(lastDay.get(area!)!);
        const inArea = (p: number): boolean => p <= lastMonth;
        add(month(r), area!, 1);
        if (accepted === '0') continue;
        add(month(r), area!, 2);
        const end = Math.min(day(transferred!), day(resolved!));
        for (let p = month(r) + 1; p <= month(c) && inArea(p); p++) {
          if (end === NO_DAY || end > c || month(end) >= p) add(p, area!, 0);
        }
        for (const [d, k] of [
          [day(transferred!), 3],
          [day(resolved!), 4],
          [day(suspended!), 5],
        ] as const) {
          if (d <= c && inArea(month(d))) add(month(d), area!, k);
        }
      }
      const rows = result.tables.crime_reports!;
      const got = new Map(
        rows.map((r) => [
          `${indexOfPeriod(table, r.year, r.month!)}:${r.area_code}`,
          [r.carried_over, r.received, r.accepted, r.transferred, r.resolved, r.suspended],
        ]),
      );
      // Rows exist only where the area existed; the direct count adds none elsewhere.
      for (const [key, v] of expected) {
        const [p, area] = key.split(':');
        const [first, last] = periodDays(table, Number(p));
        const a = source.areas.find((x) => x.area_code === area)!;
        if (dayFromIso(a.valid_from) > last || (a.valid_to !== null && dayFromIso(a.valid_to) < first)) continue;
        expect(got.get(key), `${JSON.stringify(periodOfIndex(table, Number(p)))} ${area}`).toEqual(v);
      }
      expect(rows.length).toBe([...expected.keys()].length);
    },
  );
});
