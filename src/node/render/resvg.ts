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
 * Reserving 512 MiB of address space for mimalloc's arena when resvg loads (`MIMALLOC_RESERVE_OS_MEMORY`; only
 * what is touched counts in the resident memory, which stayed at 0.47-0.51 GB) puts the canvases in that arena's
 * large pages instead of memory mapped piece by piece: the pack's 72 PNGs through the pool, three runs each on
 * a quiet machine, 4.9-5.4 s of CPU against 6.0-6.1 s, page faults 38,000-41,000 against 107,000-115,000.
 * Same pixels: only where resvg's memory comes from changes. A value already in the environment is kept.
 */
export const RESVG_ALLOCATOR_ENV: Readonly<Record<string, string>> = {
  MIMALLOC_ALLOW_LARGE_OS_PAGES: '1',
  MIMALLOC_PURGE_DELAY: '-1',
  MIMALLOC_RESERVE_OS_MEMORY: '512m',
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
