import { COLLECT_HELP, COLLECT_TEXT } from '../../core/messages/collect.ts';
import { periodLabel } from '../../core/periods/period-label.ts';
import { conventionOf } from '../../core/periods/of-data.ts';
import { isIsoDate } from '../../core/io/cells.ts';
import { UsageError, parseOptions, required } from './args.ts';
import { loadOrReport } from './indicators.ts';
import type { Io } from './io.ts';
import { makeForms, reportingUnits } from '../collect/make-forms.ts';

/** `--period 2026-11`: a year and month, or a usage error. */
export function periodOption(value: string): { year: number; month: number } {
  const m = /^(\d{4})-(\d{1,2})$/.exec(value);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new UsageError(COLLECT_TEXT.badPeriod(value));
  return { year: Number(m[1]), month };
}

/** `chitieu forms`: one return form per reporting unit of a period. */
export async function formsCommand(argv: string[], io: Io): Promise<number> {
  const { values, lang } = parseOptions(argv, {
    data: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    units: { type: 'string' },
    deadline: { type: 'string' },
  });
  if (values.help) {
    io.out(`${COLLECT_HELP.forms[lang]}\n`);
    return 0;
  }
  const dataDir = required(values, 'data');
  const { year, month } = periodOption(required(values, 'period'));
  const out = required(values, 'out');
  const deadline = values.deadline as string | undefined;
  if (deadline !== undefined && !isIsoDate(deadline)) throw new UsageError(COLLECT_TEXT.badDate(deadline));
  const data = await loadOrReport(dataDir, lang, io);
  if (!data) return 1;
  const units =
    typeof values.units === 'string'
      ? values.units
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  const known = new Set(reportingUnits(data, year, month).map((u) => u.area_code));
  if (known.size === 0) {
    io.err(`${COLLECT_TEXT.noUnits[lang]}\n`);
    return 1;
  }
  const unknown = (units ?? []).filter((u) => !known.has(u));
  if (unknown.length > 0) throw new UsageError(COLLECT_TEXT.unknownUnits(unknown));
  const names = await makeForms(data, { year, month, out, units, deadline, lang });
  io.out(
    `${COLLECT_TEXT.formsWritten(names.length, periodLabel(conventionOf(data.meta), year, month, lang), out)[lang]}\n`,
  );
  return 0;
}
