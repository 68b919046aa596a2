/**
 * The view a page shows, kept in its address: `?year=2025&area=443&indicator=clearance_rate&compare=42`. A
 * link with such a query string reopens that view; each control reads its first value from it, and a cell
 * writes the controls' values back (`history.replaceState`, so the back button is not filled with every change).
 */

/** The value of one query parameter of the page's address, or null. */
export function urlParam(name: string): string | null {
  return new URLSearchParams(globalThis.location?.search ?? '').get(name);
}

/**
 * The first of `choices` whose key equals the query parameter `name`, else `fallback`.
 *
 * @example fromUrl('year', [2024, 2025], String, 2025) // => 2024 on a page opened as ?year=2024
 */
export function fromUrl<T>(name: string, choices: readonly T[], key: (choice: T) => string, fallback: T): T {
  const wanted = urlParam(name);
  if (wanted === null) return fallback;
  return choices.find((c) => key(c) === wanted) ?? fallback;
}

/**
 * Writes values into the page's query string, leaving other parameters as they are; null or empty removes a
 * parameter. Returns the new query string (without `?`).
 */
export function rememberInUrl(values: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined || v === '') params.delete(k);
    else params.set(k, String(v));
  }
  const search = params.toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  return search;
}

/**
 * The language of the page's messages about data and files (refusals, provenance, target files): `?lang=en`
 * gives English, anything else Vietnamese. The notebooks' own prose stays as written.
 */
export function pageLang(): 'vi' | 'en' {
  return urlParam('lang') === 'en' ? 'en' : 'vi';
}
