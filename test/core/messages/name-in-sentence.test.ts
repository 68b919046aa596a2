import { describe, expect, it } from 'vitest';
import { nameInSentence } from '../../../src/core/messages/areas.ts';

describe('nameInSentence', () => {
  it('writes the level word of an official name in lower case, the proper name as it is', () => {
    expect(nameInSentence('Tỉnh Hà Tĩnh', 'vi')).toBe('tỉnh Hà Tĩnh');
    expect(nameInSentence('Huyện Thạch Hà', 'vi')).toBe('huyện Thạch Hà');
    expect(nameInSentence('Thành phố Hà Tĩnh', 'vi')).toBe('thành phố Hà Tĩnh');
    expect(nameInSentence('Thị xã Kỳ Anh', 'vi')).toBe('thị xã Kỳ Anh');
    expect(nameInSentence('Phường Thành Sen', 'vi')).toBe('phường Thành Sen');
    expect(nameInSentence('Xã Lộc Hà', 'vi')).toBe('xã Lộc Hà');
  });

  it('leaves other names, and English, as they are', () => {
    expect(nameInSentence('Tỉnh ủy Hà Tĩnh', 'vi')).toBe('Tỉnh ủy Hà Tĩnh');
    expect(nameInSentence('Unit 102', 'vi')).toBe('Unit 102');
    expect(nameInSentence('Xã', 'vi')).toBe('Xã');
    expect(nameInSentence('Ha Tinh Province', 'en')).toBe('Ha Tinh Province');
  });
});
