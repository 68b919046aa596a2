/**
 * MS-DOS time and date words of a UTC date (2-second resolution), as a zip entry's modification time holds
 * them (APPNOTE.TXT 4.4.6): time `hour << 11 | minute << 5 | second / 2`, date `(year − 1980) << 9 | month << 5 | day`.
 *
 * @example dosDateTime(new Date('2026-10-14T00:00:00Z')) // => { time: 0, date: 23886 }
 * @example dosDateTime(new Date('1980-01-01T00:00:00Z')) // => { time: 0, date: 33 }
 */
export function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}
