import { describe, expect, it } from 'vitest';
import { OFFICE_THEME_XML } from '../../../src/node/xlsx/office-theme.ts';

describe('OFFICE_THEME_XML', () => {
  it('is the Office theme, with the colour the default font refers to (theme 1, dark 1) and Calibri', () => {
    expect(OFFICE_THEME_XML.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme')).toBe(true);
    expect(OFFICE_THEME_XML).toContain('name="Office Theme"');
    expect(OFFICE_THEME_XML).toContain('<a:dk1> <a:sysClr val="windowText" lastClr="000000"/> </a:dk1>');
    expect(OFFICE_THEME_XML).toContain('<a:minorFont> <a:latin typeface="Calibri"');
    expect(OFFICE_THEME_XML.trimEnd().endsWith('</a:theme>')).toBe(true);
  });
});
