declare const __CHITIEU_VERSION__: string | undefined;

/** The toolkit's version (package.json), set at build time by scripts/build.mjs. */
export const VERSION: string = typeof __CHITIEU_VERSION__ === 'string' ? __CHITIEU_VERSION__ : '0.0.0-dev';
