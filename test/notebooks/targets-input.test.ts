import { describe, expect, it } from 'vitest';
import { readTargetFile } from '../../notebooks/lib/targets-input.ts';
import { fromUrl } from '../../notebooks/lib/url-state.ts';

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('readTargetFile (the overview target file)', () => {
  it('names file, line and column of a JSON syntax error', async () => {
    const r = await readTargetFile(file('broken.json', '{\n  "targets": { oops }\n}\n'));
    expect(r).toEqual({
      ok: false,
      name: 'broken.json',
      lines: ['broken.json:2:16: tệp không phải JSON hợp lệ (lỗi ở ký tự này)'],
    });
  });

  it('refuses a threshold of 80 with the parser hint, at the place of the 80, in either language', async () => {
    const text =
      '{\n  "id": "mine",\n  "targets": {\n    "clearance_rate": { "comparator": ">=", "threshold": 80 }\n  }\n}\n';
    const vi = await readTargetFile(file('eighty.json', text));
    expect(vi.ok).toBe(false);
    if (!vi.ok) {
      expect(vi.lines).toHaveLength(1);
      expect(vi.lines[0]).toMatch(/^eighty\.json:4:58: .*80 % viết là 0\.8/);
    }
    const en = await readTargetFile(file('eighty.json', text), 'en');
    if (!en.ok) expect(en.lines[0]).toMatch(/^eighty\.json:4:58: .*write 80 % as 0\.8/);
  });

  it('reads a good file into a target set', async () => {
    const r = await readTargetFile(
      file('good.json', '{"id": "mine", "targets": {"clearance_rate": {"comparator": ">=", "threshold": 0.9}}}'),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.set.targets.clearance_rate?.threshold).toBe(0.9);
  });
});

describe('fromUrl', () => {
  it('falls back when the page has no such parameter', () => {
    expect(fromUrl('year', [2024, 2025], String, 2025)).toBe(2025);
  });
});
