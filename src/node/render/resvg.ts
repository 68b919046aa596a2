import { createRequire } from 'node:module';

/**
 * Loading resvg (`@resvg/resvg-js`, a native module) with its allocator tuned. resvg's build links mimalloc,
 * which reads its options from the environment once, when the module is loaded. By default it hands freed
 * memory back to the system after 10 ms and maps it in 4 KiB pages, so every drawing (a 1890-pixel-wide
 * canvas is 10 MB, and resvg makes two or three) touches fresh memory, each page a fault the kernel
 * zeroes: 6,600 faults and about 55 ms of system time a chart on this project's 2-core machine. With
 * transparent huge pages allowed (`MIMALLOC_ALLOW_LARGE_OS_PAGES=1`, 2 MiB pages where the system gives
 * them) and freed memory kept for reuse (`MIMALLOC_PURGE_DELAY=-1`; the PNG workers draw one chart after
 * another), drawing the report's 18 charts went from 2.4 s to 1.2 s of CPU (faults 118,000 to 3,200).
 * Same pixels: only where resvg's memory comes from changes. A value already in the environment is kept.
 */
export const RESVG_ALLOCATOR_ENV: Readonly<Record<string, string>> = {
  MIMALLOC_ALLOW_LARGE_OS_PAGES: '1',
  MIMALLOC_PURGE_DELAY: '-1',
};

const require = createRequire(import.meta.url);

/**
 * Sets {@link RESVG_ALLOCATOR_ENV} in the process's environment (where not already set), so that it is in
 * place whichever thread loads resvg first: call it before the first load.
 */
export function tuneResvgAllocator(): void {
  for (const [name, value] of Object.entries(RESVG_ALLOCATOR_ENV)) process.env[name] ??= value;
}

/** Absolute path of resvg's entry (for the PNG pool's workers, which load it themselves). */
export function resvgPath(): string {
  return require.resolve('@resvg/resvg-js');
}

/** resvg's module, loaded on first use after {@link tuneResvgAllocator}. */
export function loadResvg(): typeof import('@resvg/resvg-js').Resvg {
  tuneResvgAllocator();
  return (require('@resvg/resvg-js') as typeof import('@resvg/resvg-js')).Resvg;
}
