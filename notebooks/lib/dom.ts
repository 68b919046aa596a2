/** A small element builder for the notebooks' helpers (cells may use it too). */

type Child = Node | string | number | null | undefined | false | readonly Child[];

/**
 * Creates an element with attributes and children; strings become text nodes (never parsed as HTML).
 *
 * @example h('p', { class: 'note' }, 'Số liệu: ', h('code', {}, 'data/')) // => <p class="note">Số liệu: <code>data/</code></p>
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}
