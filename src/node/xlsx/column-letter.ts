/**
 * A column's letters from its number, 1-based: 1 is A, 27 is AA (ECMA-376 part 1, 18.17.2.3 cell references).
 *
 * @example columnLetter(20) // => 'T'
 * @example columnLetter(28) // => 'AB'
 */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
