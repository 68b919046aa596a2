import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../../src/node/cli/main.ts';

/** Runs the command line in-process and keeps what it writes. */
async function run(argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

/** Words of Node's own (English) parser messages, and of our English ones: none may reach a Vietnamese reader. */
const ENGLISH = /\b(Unknown|Unexpected|option|argument|Did you mean|See|missing|Invalid|does not|takes)\b/i;
/** Vietnamese letters: none may reach an English reader. */
const VIETNAMESE = /[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]/u;

describe("usage errors in the reader's language", () => {
  it('names an unknown option and the one a typo meant, wholly in Vietnamese', async () => {
    const { code, out, err } = await run(['indicators', '--yaer', '2025']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'chitieu indicators: Tùy chọn không có: --yaer. Có phải ý bạn là --year?\nXem: chitieu indicators --help\n',
    );
    expect(err).not.toMatch(ENGLISH);
  });

  it('and wholly in English with --lang en (before or after the typo, with = or a space)', async () => {
    for (const argv of [
      ['indicators', '--yaer', '2025', '--lang', 'en'],
      ['indicators', '--lang=en', '--yaer', '2025'],
      ['--lang', 'en', 'indicators', '--yaer', '2025'],
    ]) {
      const { code, err } = await run(argv);
      expect(code).toBe(2);
      expect(err).toBe(
        'chitieu indicators: Unknown option: --yaer. Did you mean --year?\nSee: chitieu indicators --help\n',
      );
      expect(err).not.toMatch(VIETNAMESE);
    }
  });

  it('suggests the command a typo meant', async () => {
    const vi = await run(['indicator', '--year', '2025']);
    expect(vi.code).toBe(2);
    expect(vi.err).toBe('Lệnh không có: indicator. Có phải ý bạn là indicators? Xem: chitieu --help\n');
    const en = await run(['indicator', '--lang', 'en']);
    expect(en.err).toBe('Unknown command: indicator. Did you mean indicators? See: chitieu --help\n');
    expect((await run(['frobnicate'])).err).toBe('Lệnh không có: frobnicate. Xem: chitieu --help\n');
    expect((await run(['--verison'])).err).toContain('Có phải ý bạn là --version?');
  });

  it('says a value is missing, a flag takes none, an argument is not an option, a language is unknown', async () => {
    const cases: [string[], string, string][] = [
      [['indicators', '--data'], 'Thiếu giá trị của tùy chọn --data', 'Option --data needs a value'],
      [['indicators', '--data', '--year', '2025'], 'Thiếu giá trị của tùy chọn --data', 'Option --data needs a value'],
      [
        ['indicators', '--json=yes'],
        'Tùy chọn --json không nhận giá trị: bỏ "=yes"',
        'Option --json takes no value: drop "=yes"',
      ],
      [['indicators', 'data'], 'Thừa đối số "data"', 'Unexpected argument "data"'],
      [['indicators', '-x'], 'Tùy chọn không có: -x.', 'Unknown option: -x.'],
      [['report', '--no-notebook'], 'Có phải ý bạn là --no-notebooks?', 'Did you mean --no-notebooks?'],
      [
        ['charts', '--data', 'data', '--year', '2025', '--out', 'x', '--format', 'svg,pgn'],
        'Định dạng không có: --format pgn. Có phải ý bạn là png?',
        'Unknown format: --format pgn. Did you mean png?',
      ],
      [
        ['indicators', '--data', 'data', '--targets', 'nationl'],
        'Bộ chỉ tiêu không có: --targets nationl. Có phải ý bạn là national?',
        'Unknown target set: --targets nationl. Did you mean national?',
      ],
      [
        ['series', '--data', 'data', '--area', '42', '--indicator', 'clearence_rate'],
        'Chỉ tiêu không có: --indicator clearence_rate. Có phải ý bạn là clearance_rate?',
        'Unknown indicator: --indicator clearence_rate. Did you mean clearance_rate?',
      ],
    ];
    for (const [argv, vi, en] of cases) {
      const a = await run(argv);
      expect(a.code, argv.join(' ')).toBe(2);
      expect(a.err).toContain(vi);
      expect(a.err).not.toMatch(ENGLISH);
      const b = await run([...argv, '--lang', 'en']);
      expect(b.code, argv.join(' ')).toBe(2);
      expect(b.err).toContain(en);
      expect(b.err).not.toMatch(VIETNAMESE);
    }
    const lang = await run(['indicators', '--lang', 'fr']);
    expect(lang.code).toBe(2);
    expect(lang.err).toContain('Ngôn ngữ không có: --lang fr (chọn vi hoặc en).');
    expect(lang.err).not.toMatch(ENGLISH);
  });

  it("says why a target set file cannot be used, without the system's English", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-targets-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"id": "x",\n  "targets": {,}\n}');
    const notJson = await run(['indicators', '--data', 'data', '--year', '2025', '--targets', bad]);
    expect(notJson.code).toBe(1);
    expect(notJson.err).toBe(`${bad}: tệp bộ chỉ tiêu không phải JSON hợp lệ (lỗi ở dòng 2, cột 15)\n`);
    const missing = await run([
      'indicators',
      '--data',
      'data',
      '--year',
      '2025',
      '--targets',
      join(dir, 'none.json'),
      '--lang',
      'en',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`${join(dir, 'none.json')}: there is no such target set file\n`);
    expect(missing.err).not.toContain('ENOENT');
  });
});
