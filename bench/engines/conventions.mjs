// The built-in conventions as the library knows them (month_start_day, year_start_month).
import { CONVENTIONS } from './period.mjs';

export const PERIOD_CONVENTIONS = Object.fromEntries(
  Object.entries(CONVENTIONS).map(([id, [msd, ysm]]) => [
    id,
    { id, name: { vi: id, en: id }, month_start_day: msd, year_start_month: ysm },
  ]),
);
