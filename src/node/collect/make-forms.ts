/**
 * `makeForms`: one return form per reporting unit of a period, written into a folder. The reporting
 * units are the leaves of the area tree valid on the period's first and last days.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { leavesAt } from '../../core/areas/leaves-at.ts';
import { conventionOf } from '../../core/periods/of-data.ts';
import { periodRange } from '../../core/periods/period-range.ts';
import type { Lang } from '../../core/messages/lang.ts';
import type { AreaRow, DataSet } from '../../core/types.ts';
import { FigureIndex } from './figures.ts';
import { formFileName, writeForm } from './write-form.ts';

export interface FormsOptions {
  year: number;
  month: number;
  out: string;
  /** Only these unit codes; every reporting unit when absent. */
  units?: readonly string[];
  /** ISO date; default two days after the period's last day. */
  deadline?: string;
  lang: Lang;
}

/**
 * The reporting units of a period: the leaves of the tree on its last day that also existed on its
 * first day (a unit created or abolished within the month reports with its neighbours' figures).
 *
 * @example reportingUnits(data, 2026, 11).length // => 69 (bundled data)
 */
export function reportingUnits(data: DataSet, year: number, month: number): AreaRow[] {
  const range = periodRange(conventionOf(data.meta), year, month);
  const atStart = new Set(leavesAt(data.areas, range.start).map((a) => a.area_code));
  return leavesAt(data.areas, range.end).filter((a) => atStart.has(a.area_code));
}

/** Two days after an ISO date. */
export function defaultDeadline(periodEnd: string): string {
  const d = new Date(`${periodEnd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 2);
  return d.toISOString().slice(0, 10);
}

/** Writes the forms; returns their file names. Each file is written whole (a temporary name, then renamed). */
export async function makeForms(data: DataSet, opts: FormsOptions): Promise<string[]> {
  const convention = conventionOf(data.meta);
  const range = periodRange(convention, opts.year, opts.month);
  const deadline = opts.deadline ?? defaultDeadline(range.end);
  const figures = new FigureIndex(data);
  const wanted = opts.units ? new Set(opts.units) : null;
  const units = reportingUnits(data, opts.year, opts.month).filter((u) => wanted === null || wanted.has(u.area_code));
  await mkdir(opts.out, { recursive: true });
  const names: string[] = [];
  for (const unit of units) {
    const bytes = await writeForm({
      unit,
      year: opts.year,
      month: opts.month,
      convention,
      deadline,
      lang: opts.lang,
      figures,
    });
    const name = formFileName(unit, opts.year, opts.month);
    const tmp = join(opts.out, `.${name}.tmp`);
    await writeFile(tmp, bytes);
    await rename(tmp, join(opts.out, name));
    names.push(name);
  }
  return names;
}
