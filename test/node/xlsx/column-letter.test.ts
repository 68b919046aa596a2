import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../src/node/xlsx/column-letter.ts';

describe('columnLetter', () => {
  it('counts A to Z, then AA on (as Excel names its columns)', () => {
    expect([1, 2, 15, 20, 26, 27, 28, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual([
      'A',
      'B',
      'O',
      'T',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD', // Excel's last column
    ]);
  });
});
