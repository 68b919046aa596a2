import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

/**
 * A built notebook opened from a file (file://) runs none of its modules: the template carries a notice,
 * plain HTML shown by a classic inline script, saying how to open it through `npm run notebooks:serve`.
 * Notebook Kit copies the template's body into every built page (checked by hand on `notebooks build`).
 */
const TEMPLATE = readFileSync(join(ROOT, 'notebooks', 'lib', 'template.html'), 'utf8');

/** Loads the template as a browser would at `href`, running its classic inline scripts (not modules). */
function open(href: string) {
  const { document } = parseHTML(TEMPLATE);
  const url = new URL(href);
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (script.getAttribute('type') === 'module' || script.getAttribute('src')) continue;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function('document', 'location', script.textContent ?? '')(document, url);
  }
  const notice = document.getElementById('chitieu-file-notice');
  if (!notice) throw new Error('no #chitieu-file-notice in the template');
  return {
    shown: !notice.hasAttribute('hidden'),
    text: notice.textContent?.replace(/\s+/g, ' ') ?? '',
    command: notice.querySelector('.chitieu-serve-command')?.textContent,
    url: notice.querySelector('.chitieu-serve-url')?.textContent,
  };
}

describe('notebook template: the file:// notice', () => {
  it('is hidden in the HTML itself, and not left to a module to show', () => {
    const { document } = parseHTML(TEMPLATE);
    expect(document.getElementById('chitieu-file-notice')?.hasAttribute('hidden')).toBe(true);
    const inline = Array.from(document.querySelectorAll('script')).filter((s) =>
      s.textContent?.includes("location.protocol === 'file:'"),
    );
    expect(inline).toHaveLength(1);
    expect(inline[0]?.getAttribute('type')).toBeNull(); // a classic script: it runs from file://
    expect(inline[0]?.getAttribute('src')).toBeNull();
  });

  it("shows from a file, in Vietnamese and English, with the command for this page's folder and its address", () => {
    const page = open('file:///home/thong-ke/chitieu/out/report/notebooks/overview.html');
    expect(page.shown).toBe(true);
    expect(page.command).toBe('npm run notebooks:serve -- --dir "/home/thong-ke/chitieu/out/report/notebooks"');
    expect(page.url).toBe('http://127.0.0.1:4173/overview.html');
    expect(page.text).toContain('Hãy mở trang này qua máy chủ cục bộ, không mở trực tiếp từ tệp.');
    expect(page.text).toContain('Open this page through the local server, not from the file.');
  });

  it('gives a Windows folder as Windows writes it, and decodes its spaces and letters', () => {
    const page = open('file:///C:/Users/C%C3%B4ng%20an/chitieu/out/notebooks/safe-units.html');
    expect(page.command).toBe('npm run notebooks:serve -- --dir "C:/Users/Công an/chitieu/out/notebooks"');
    expect(page.url).toBe('http://127.0.0.1:4173/safe-units.html');
  });

  it('stays hidden when the page is served', () => {
    expect(open('http://127.0.0.1:4173/overview.html').shown).toBe(false);
    expect(open('https://example.gov.vn/notebooks/overview.html').shown).toBe(false);
  });
});
