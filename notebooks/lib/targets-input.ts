/**
 * The overview's target file: a file input with a button that removes the loaded file (the target-set choice
 * then applies again), and the reading of the file with the command line's parser. A refused file gives one
 * message naming the file, line and column of each problem (`mine.json:4:58: …`), in the reader's language;
 * the page keeps its controls and goes on with the chosen built-in set.
 */
import { jsonPathPlace, scanJson } from '../../src/core/io/json-place.ts';
import type { Lang } from '../../src/core/messages/lang.ts';
import { NOTEBOOK_MESSAGES as M } from '../../src/core/messages/notebooks.ts';
import { parseTargetSet } from '../../src/core/targets/parse.ts';
import type { TargetSet } from '../../src/core/targets/target-set.ts';
import { h } from './dom.ts';
import { pageLang } from './url-state.ts';

/** A file input for one JSON target file, usable as an Observable view: its value is the file, or null. */
export function targetFileInput(lang: Lang = pageLang()): HTMLFormElement & { value: File | null } {
  const input = h('input', { type: 'file', accept: '.json,application/json', 'data-target-file': true });
  const remove = h('button', { type: 'button', 'data-remove-target-file': true, disabled: true }, M.removeFile[lang]);
  const form = h(
    'form',
    { class: 'chitieu-target-file' },
    h('label', {}, `${lang === 'vi' ? `${M.targetFile.vi} / ${M.targetFile.en}` : M.targetFile.en}: `, input),
    ' ',
    remove,
  ) as HTMLFormElement & { value: File | null };
  Object.defineProperty(form, 'value', { get: () => input.files?.[0] ?? null });
  input.addEventListener('change', () => {
    remove.disabled = !input.files?.length;
  });
  remove.addEventListener('click', () => {
    input.value = '';
    remove.disabled = true;
    form.dispatchEvent(new Event('input', { bubbles: true }));
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  return form;
}

/** A target file read: the set, or the problems as `file:line:column: message` lines. */
export type TargetFileResult =
  { ok: true; set: TargetSet; name: string } | { ok: false; name: string; lines: string[] };

/** Reads a target file as `chitieu indicators --targets FILE` does; never throws. */
export async function readTargetFile(file: File, lang: Lang = pageLang()): Promise<TargetFileResult> {
  const text = await file.text();
  const scan = scanJson(text);
  if (!scan.ok) {
    return {
      ok: false,
      name: file.name,
      lines: [`${file.name}:${scan.error.line}:${scan.error.column}: ${M.notJson[lang]}`],
    };
  }
  const parsed = parseTargetSet(JSON.parse(text.replace(/^\uFEFF/, '')));
  if (parsed.ok) return { ok: true, set: parsed.set, name: file.name };
  return {
    ok: false,
    name: file.name,
    lines: parsed.problems.map((p) => {
      const at = jsonPathPlace(text, p.path);
      return `${file.name}:${at?.line ?? 1}:${at?.column ?? 1}: ${p.message[lang]} (${p.path})`;
    }),
  };
}

/** The one message of a refused target file, with what the page does instead. */
export function targetFileProblem(
  result: TargetFileResult,
  fallback: string,
  lang: Lang = pageLang(),
): HTMLElement | null {
  if (result.ok)
    return h(
      'p',
      { class: 'chitieu-basis', 'data-target-file-used': result.name },
      M.targetFileUsed(result.name)[lang],
    );
  return h(
    'div',
    { class: 'chitieu-warning', 'data-target-file-refused': result.name },
    h('p', {}, M.targetFileRefused(result.name, fallback)[lang]),
    h('pre', { class: 'chitieu-problems' }, result.lines.join('\n')),
  );
}
