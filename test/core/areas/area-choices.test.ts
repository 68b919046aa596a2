import { beforeAll, describe, expect, it } from 'vitest';
import { areaPresence, everyAreaChoice } from '../../../src/core/areas/area-choices.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';

let data: DataSet;
beforeAll(async () => {
  const loaded = await loadDataFolder('data');
  if (!loaded.ok) throw new Error('the bundled data do not load');
  data = loaded.data;
});

describe('everyAreaChoice (bundled data)', () => {
  it('lists every unit of areas.csv once, the province first', () => {
    const choices = everyAreaChoice(data, 'vi');
    expect(choices.map((c) => c.code).sort()).toEqual(data.areas.map((a) => a.area_code).sort());
    expect(choices[0]).toMatchObject({ code: '42', level: 'province' });
  });

  it('names each unit with the part of its life the data do not span', () => {
    const byCode = new Map(everyAreaChoice(data, 'vi').map((c) => [c.code, c.label]));
    expect(byCode.get('443')).toBe('Huyện Can Lộc (đến 30/6/2025) · 443');
    expect(byCode.get('18406')).toBe('Xã Can Lộc (từ 1/7/2025) · 18406');
    expect(byCode.get('42')).toBe('Tỉnh Hà Tĩnh · 42');
    const en = new Map(everyAreaChoice(data, 'en').map((c) => [c.code, c.label]));
    expect(en.get('443')).toMatch(/^.+ \(until 30 Jun 2025\) · 443$/);
  });

  it('puts districts before communes, and old units before the new ones', () => {
    const choices = everyAreaChoice(data, 'vi');
    const at = (code: string) => choices.findIndex((c) => c.code === code);
    expect(at('443')).toBeLessThan(at('18406'));
    const levels = choices.map((c) => ({ province: 0, district: 1, commune: 2 })[c.level]);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    const communes = choices.filter((c) => c.level === 'commune');
    const firstNew = communes.findIndex((c) => c.validFrom > '2019-01-01');
    expect(firstNew).toBeGreaterThanOrEqual(0);
    expect(communes.slice(firstNew).every((c) => c.validFrom > '2019-01-01')).toBe(true);
  });
});

describe('areaPresence', () => {
  it('tells a whole year, the year of the reform and a year the unit did not exist', () => {
    expect(areaPresence(data.areas, '443', 2024)).toBe('whole');
    expect(areaPresence(data.areas, '443', 2025)).toBe('part');
    expect(areaPresence(data.areas, '443', 2026)).toBe('absent');
    expect(areaPresence(data.areas, '18406', 2021)).toBe('absent');
    expect(areaPresence(data.areas, '42', 2019)).toBe('whole');
    expect(areaPresence(data.areas, 'nope', 2024)).toBe('absent');
  });
});
