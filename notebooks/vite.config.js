// Vite settings for the notebooks. `notebooks build` and `notebooks preview` (Observable Notebook Kit)
// run Vite with `--root notebooks`, and Vite reads this file from that root.
//
// What it does: keeps every page offline. Notebook Kit's runtime loads some libraries lazily from
// cdn.jsdelivr.net, when a cell uses `Plot`, `Inputs`, `d3`, `html`, `FileAttachment(...).csv()`...
// without importing them. Here each such CDN module is replaced by the installed package of the same
// name. The few the project does not install (leaflet, mermaid, katex, duckdb-wasm...) stay remote in
// lazily loaded chunks that no notebook loads; a page that tried would be stopped by its
// Content-Security-Policy (lib/template.html), and `npm run test:browser` fails on it. The build fails
// if a notebook's own code imports from another host (`npm:`, `jsr:` or a URL).

const CDN = /^https:\/\/cdn\.jsdelivr\.net\/npm\/((?:@[^/@]+\/)?[^/@]+)(?:@[^/]*)?(\/.*)?$/;
/** Modules of Notebook Kit's runtime library: loaded only when a cell names the library. */
const STDLIB = /[\\/]@observablehq[\\/]notebook-kit[\\/]dist[\\/]src[\\/]runtime[\\/]stdlib[\\/]/;

/** The local specifier for a CDN URL: `https://cdn.jsdelivr.net/npm/htl/+esm` -> `htl`. */
function localSpecifier(url) {
  const match = CDN.exec(url);
  if (!match) return null;
  const [, name, path = ''] = match;
  const rest = path.replace(/\/\+esm$/, '').replace(/^\/$/, '');
  return `${name}${rest}`;
}

/** @returns {import('vite').Plugin} */
function offlineOnly() {
  return {
    name: 'chitieu-offline-only',
    enforce: 'pre',
    // Each hook says which modules it wants (a filter): Rolldown then calls it only for those, rather than
    // handing every one of the 1,500 modules (8.6 MB of code) to JavaScript and back.
    resolveId: {
      filter: { id: /^https?:\/\// },
      async handler(source, importer, options) {
        if (!/^https?:\/\//.test(source)) return null;
        const local = localSpecifier(source);
        if (local === null) return null;
        const resolved = await this.resolve(local, importer, { ...options, skipSelf: true });
        return resolved && !resolved.external ? resolved : null;
      },
    },
    transform: {
      filter: { id: /\.css(\?|$)/, code: 'cdn.jsdelivr.net' },
      handler(code, id) {
        // The runtime's Inputs stylesheet @imports the CDN copy: point it at the installed one.
        if (!id.split('?')[0].endsWith('.css')) return null;
        if (!code.includes('cdn.jsdelivr.net')) return null;
        return code.replace(
          /@import\s+url\(["']?(https:\/\/cdn\.jsdelivr\.net\/npm\/[^"')]+)["']?\);?/g,
          (all, url) => {
            const local = localSpecifier(url);
            return local ? `@import url(${JSON.stringify(local)});` : '';
          },
        );
      },
    },
    generateBundle() {
      for (const id of this.getModuleIds()) {
        if (STDLIB.test(id)) continue;
        const info = this.getModuleInfo(id);
        const remote = [...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? [])].filter((i) =>
          /^[a-z]+:\/\//i.test(i),
        );
        if (remote.length === 0) continue;
        this.error(
          `${id.replace(/\?.*$/, '')} imports from another host: ${remote.join(', ')}. Install the package with ` +
            'npm and import it by name (not "npm:", "jsr:" or a URL), so the notebooks work offline.',
        );
      }
    },
  };
}

/**
 * Writes the files the bundle was made from (every module's file, without its query) as a JSON list to
 * `$CHITIEU_NOTEBOOK_INPUTS`, when the toolkit's build sets it: the site cache (src/node/notebooks/site-cache.ts)
 * keeps a site only when its key covered all of them.
 *
 * @returns {import('vite').Plugin}
 */
function listInputs() {
  return {
    name: 'chitieu-list-inputs',
    apply: 'build',
    async generateBundle() {
      const to = process.env.CHITIEU_NOTEBOOK_INPUTS;
      if (!to) return;
      const files = new Set();
      for (const id of this.getModuleIds()) {
        if (id.startsWith('\0') || /^[a-z]+:\/\//i.test(id)) continue; // virtual modules, other hosts (stdlib)
        files.add(id.replace(/\?.*$/, ''));
      }
      const { writeFile } = await import('node:fs/promises');
      await writeFile(to, JSON.stringify([...files].sort()));
    },
  };
}

/** @type {(env: {command: 'build' | 'serve'}) => import('vite').UserConfig} */
export default ({ command }) => ({
  plugins: [offlineOnly(), listInputs()],
  optimizeDeps: {
    // Let the preview server find every npm dependency at start, rather than on the first page load
    // (which would make that load fail with "Outdated Optimize Dep" and reload).
    entries: ['lib/**/*.ts', '../src/index.ts', '../src/core/charts/chart-set.ts'],
    include: ['observable:runtime', '@observablehq/inputs', '@observablehq/plot', 'vega', 'vega-lite'],
  },
  build: {
    // No source maps: they would carry this machine's paths into the output.
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  // The build lists every asset it writes; only warnings are worth reading there.
  logLevel: command === 'build' ? 'warn' : 'info',
});
