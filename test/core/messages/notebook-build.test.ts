import { describe, expect, it } from 'vitest';
import { NOTEBOOK_BUILD_MESSAGES as M } from '../../../src/core/messages/notebook-build.ts';

describe('NOTEBOOK_BUILD_MESSAGES.built', () => {
  it('says when the site was copied from the cache, in both languages', () => {
    expect(M.built(6, 'out/notebooks', '6,6 MB', '4,1').vi).toBe('6 sổ tay -> out/notebooks/ (6,6 MB, 4,1 giây)');
    expect(M.built(6, 'out/notebooks', '6.6 MB', '0.3', true).en).toBe(
      '6 notebooks -> out/notebooks/ (6.6 MB, 0.3 s; copied from the cache, the sources unchanged)',
    );
    expect(M.built(6, 'out/notebooks', '6,6 MB', '0,3', true).vi).toContain('chép từ bộ nhớ đệm');
  });
});
