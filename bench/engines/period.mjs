// The statistical year and month of an ISO date under a convention, for the engines written in
// plain JavaScript (Arquero, danfo.js), as `periodOf` (src/core/periods/period-of.ts) computes it.
export function periodOfIso(iso, monthStartDay, yearStartMonth) {
  let year = +iso.slice(0, 4);
  let month = +iso.slice(5, 7);
  const day = +iso.slice(8, 10);
  if (monthStartDay > 1 && day >= monthStartDay) {
    month += 1;
    if (month === 13) {
      year += 1;
      month = 1;
    }
  }
  if (yearStartMonth !== 1 && month >= yearStartMonth) year += 1;
  return { year, month };
}

/** ISO text of a day number (days since 1970-01-01), for Parquet DATE columns. */
export function isoOfDays(days) {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

export const CONVENTIONS = {
  calendar: [1, 1],
  police: [15, 1],
  national_assembly: [1, 10],
  procuracy: [1, 12],
};
