import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BriefingSettingsError,
  parseBriefingSettings,
  readBriefingSettings,
} from '../../../src/node/report/briefing-settings.ts';
import { documentFrame, placeOf } from '../../../src/node/report/document-frame.ts';

const province = { name_vi: 'Tỉnh Hà Tĩnh' };
const frame = (json: string, lang: 'vi' | 'en' = 'vi', date = '2026-10-14') =>
  documentFrame(parseBriefingSettings(json, 'briefing.json'), { lang, subject: 'S', province, date });

describe('parseBriefingSettings', () => {
  it('reads the fields, trims them, and makes an empty one null', () => {
    expect(
      parseBriefingSettings(
        '\uFEFF{"number": " 125 ", "parent_body": "", "recipients": ["- A;", " ", "- Lưu: VT."]}',
        'f',
      ),
    ).toEqual({ number: '125', parent_body: null, recipients: ['- A;', '- Lưu: VT.'] });
  });

  it('refuses an unknown field, naming the known ones, so that a typo is not silently a placeholder', () => {
    expect(() => parseBriefingSettings('{"isuing_body": "X"}', 'briefing.json', 'vi')).toThrow(
      'briefing.json: không có mục "isuing_body"; các mục có thể dùng: parent_body, issuing_body,',
    );
    expect(() => parseBriefingSettings('{"isuing_body": "X"}', 'briefing.json', 'en')).toThrow(
      'there is no field "isuing_body"',
    );
  });

  it('refuses bad JSON, a field of the wrong type and a date that does not exist', () => {
    expect(() => parseBriefingSettings('{"number": 125', 'f')).toThrow(BriefingSettingsError);
    expect(() => parseBriefingSettings('[]', 'f')).toThrow('cần một đối tượng JSON');
    expect(() => parseBriefingSettings('{"number": 125}', 'f')).toThrow('mục "number" phải là một chuỗi chữ');
    expect(() => parseBriefingSettings('{"recipients": "- A"}', 'f')).toThrow('mục "recipients" phải là một danh sách');
    expect(() => parseBriefingSettings('{"date": "2026-02-30"}', 'f')).toThrow('không phải "2026-02-30"');
    expect(() => parseBriefingSettings('{"date": "4/12/2026"}', 'f')).toThrow('YYYY-MM-DD');
  });

  it('reads a file, and says which file it cannot read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chitieu-settings-'));
    try {
      await writeFile(join(dir, 'briefing.json'), '{"signer_name": "Nguyễn Văn An"}');
      expect(await readBriefingSettings(join(dir, 'briefing.json'))).toEqual({ signer_name: 'Nguyễn Văn An' });
      expect(await readBriefingSettings(undefined)).toEqual({});
      await expect(readBriefingSettings(join(dir, 'missing.json'))).rejects.toThrow(
        `${join(dir, 'missing.json')}: không đọc được`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('documentFrame', () => {
  it('prints placeholders for what the settings do not give, the place from the province and the document date', () => {
    const f = frame('{}');
    expect(f).toMatchObject({
      national: { name: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc' },
      parentBody: '[CƠ QUAN CHỦ QUẢN]',
      issuingBody: '[TÊN CƠ QUAN BAN HÀNH]',
      number: 'Số: ......./BC-.....',
      placeAndDate: 'Hà Tĩnh, ngày 14 tháng 10 năm 2026',
      kind: 'BÁO CÁO',
      recipientsLabel: 'Nơi nhận:',
      recipients: ['- ....................;', '- Lưu: VT.'],
      signerAuthority: null,
      signerPosition: '[Chức vụ người ký]',
      signerName: '[Họ và tên]',
    });
  });

  it('prints the settings, bodies and positions in capitals', () => {
    const f = frame(
      '{"parent_body": "Bộ Công an", "issuing_body": "Công an tỉnh Hà Tĩnh", "number": "125", "issuer_code": "CAT-PV01",' +
        ' "place": "Hồng Lĩnh", "date": "2026-12-04", "signer_authority": "kt. Giám đốc", "signer_position": "Phó Giám đốc", "signer_name": "Nguyễn Văn An"}',
    );
    expect(f).toMatchObject({
      parentBody: 'BỘ CÔNG AN',
      issuingBody: 'CÔNG AN TỈNH HÀ TĨNH',
      number: 'Số: 125/BC-CAT-PV01',
      placeAndDate: 'Hồng Lĩnh, ngày 04 tháng 12 năm 2026',
      signerAuthority: 'KT. GIÁM ĐỐC',
      signerPosition: 'PHÓ GIÁM ĐỐC',
      signerName: 'Nguyễn Văn An',
    });
    expect(frame('{"parent_body": null}').parentBody).toBeNull();
    expect(frame('{"number": "7"}').number).toBe('Số: 7/BC-.....');
  });

  it('writes the day below 10 and the months 1 and 2 with a leading zero, as Phụ lục I asks', () => {
    expect(frame('{"date": "2026-02-04"}').placeAndDate).toBe('Hà Tĩnh, ngày 04 tháng 02 năm 2026');
    expect(frame('{"date": "2026-01-31"}').placeAndDate).toBe('Hà Tĩnh, ngày 31 tháng 01 năm 2026');
    expect(frame('{"date": "2026-07-09"}').placeAndDate).toBe('Hà Tĩnh, ngày 09 tháng 7 năm 2026');
    expect(frame('{"date": "2026-11-20"}').placeAndDate).toBe('Hà Tĩnh, ngày 20 tháng 11 năm 2026');
  });

  it('has no national motto in English', () => {
    const f = frame('{"date": "2026-12-04"}', 'en');
    expect(f).toMatchObject({
      national: null,
      kind: 'REPORT',
      placeAndDate: 'Hà Tĩnh, 4 December 2026',
      number: 'No. ......./BC-.....',
      recipientsLabel: 'Distribution:',
    });
  });

  it('takes the place from the province name without the kind of unit', () => {
    expect(placeOf({ name_vi: 'Tỉnh Hà Tĩnh' })).toBe('Hà Tĩnh');
    expect(placeOf({ name_vi: 'Thành phố Hà Nội' })).toBe('Hà Nội');
    expect(placeOf({ name_vi: 'Hà Tĩnh' })).toBe('Hà Tĩnh');
  });
});
