/**
 * A shortcut for the data-folder cache's key (`load-cache.ts`): the files' metadata stands for their bytes once
 * they have settled, as `git status` trusts its index. Hashing the bundled folder's 1.1 MB costs about 7 ms of a
 * 0.3 s command; reading the metadata of its 14 files, under 1 ms.
 *
 * The signature of a folder lists every plain file under it (relative name, size, modification and change
 * times in nanoseconds, inode), walked in name order. The cache remembers, per signature, the SHA-256 of the
 * bytes it was computed with, in `stat/` beside the entries. A remembered key is written only when every file's
 * last modification and last change lie {@link SETTLED_MS} or more in the past. Any later write to a file, even
 * one that keeps its size and sets its modification time back (`touch -r`, `cp -p`), moves its change time,
 * which only the system sets, to the time of that write: past the time the key was remembered, so the
 * signature differs and the bytes are hashed again. Renaming files in or out changes names or inodes.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkPlainFiles } from './walk-files.ts';

/**
 * How long a file must lie unchanged before its metadata stands for its bytes. File times advance by the
 * system's clock tick (up to 10 ms on Linux, 2 s for modification times on FAT disks), so a write right after
 * another could keep both times: a file younger than this is always hashed.
 */
export const SETTLED_MS = 3000;

/** Remembered keys kept in `stat/`; beyond it, the oldest go (each file holds a signature and a key, about 1 kB). */
export const MAX_STAT_KEYS = 256;

/** A folder's signature: one line per file, and whether every file has settled. */
export interface StatSignature {
  text: string;
  settled: boolean;
}

/**
 * The signature of `path` (a folder, walked recursively, or a file) at time `now` (ms since 1970); null when
 * it holds anything but folders and plain files, or more than `maxFiles` files, or cannot be read.
 *
 * @example statSignature('data', Date.now())?.text.split('\n').length // => 14 (the bundled folder's files)
 */
export function statSignature(
  path: string,
  now: number,
  maxFiles = 2000,
  settledMs = SETTLED_MS,
): StatSignature | null {
  const lines: string[] = [];
  const limit = BigInt(Math.floor(now - settledMs)) * 1_000_000n;
  let settled = true;
  const add = (name: string, full: string): boolean => {
    const s = statSync(full, { bigint: true });
    if (!s.isFile()) return false;
    if (s.mtimeNs > limit || s.ctimeNs > limit) settled = false;
    lines.push(`${name}\0${s.size}\0${s.mtimeNs}\0${s.ctimeNs}\0${s.ino}\0${s.dev}`);
    return lines.length <= maxFiles;
  };
  try {
    const ok = walkPlainFiles(path, add);
    return ok ? { text: lines.join('\n'), settled } : null;
  } catch {
    return null;
  }
}

/**
 * A 64-bit FNV-1a hash of `text`'s UTF-16 code units, as 16 hexadecimal digits: the remembered key's file name.
 * Not a checksum to trust: the file also holds the whole signature, compared on reading, so two signatures
 * with one name never give each other's key. (SHA-256 would load `node:crypto`, about 5 ms of a command
 * answered from the cache.)
 *
 * @example fnv1a64('') // => 'cbf29ce484222325'
 */
export function fnv1a64(text: string): string {
  // 64-bit arithmetic in four 16-bit limbs, low first. The prime is 2^40 + 0x1b3, so h * prime adds h * 0x1b3
  // and h shifted up 40 bits: limb 0 into limb 2 and limb 1 into limb 3, each shifted up 8 bits.
  let h0 = 0x2325,
    h1 = 0x8422,
    h2 = 0x9ce4,
    h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    // h * 0x100000001b3 = h * 0x1b3 + (h << 40)
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + (h0 << 8);
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h1 << 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/** What the file remembering a key holds: the salt and signature it was remembered for, then the key. */
function record(salt: string, sig: StatSignature): string {
  return `chitieu-stat\0${salt}\0${sig.text}\0`;
}

/** The file in `dir/stat/` that remembers the key of signature `sig` under `salt` (build, language, path). */
function statFile(dir: string, salt: string, sig: StatSignature): string {
  return join(dir, 'stat', fnv1a64(record(salt, sig)));
}

/** The content key remembered for `sig`, or null (none, damaged, another signature's, or not settled). */
export function rememberedKey(dir: string, salt: string, sig: StatSignature): string | null {
  if (!sig.settled) return null;
  try {
    const text = readFileSync(statFile(dir, salt, sig), 'utf8');
    const head = record(salt, sig);
    if (!text.startsWith(head)) return null;
    const key = text.slice(head.length);
    return /^[0-9a-f]{64}$/.test(key) ? key : null;
  } catch {
    return null;
  }
}

/**
 * Remembers `key` for `sig` when every file has settled (else does nothing); written atomically, the oldest
 * beyond {@link MAX_STAT_KEYS} removed. Errors are the caller's to ignore (a read-only cache still serves).
 */
export function rememberKey(dir: string, salt: string, sig: StatSignature, key: string): void {
  if (!sig.settled) return;
  const file = statFile(dir, salt, sig);
  mkdirSync(join(dir, 'stat'), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, record(salt, sig) + key);
  renameSync(temp, file);
  const names = readdirSync(join(dir, 'stat'));
  if (names.length <= MAX_STAT_KEYS) return;
  const dated = names.map((n) => ({ n, t: statSync(join(dir, 'stat', n)).mtimeMs })).sort((a, b) => a.t - b.t);
  for (const { n } of dated.slice(0, dated.length - MAX_STAT_KEYS)) rmSync(join(dir, 'stat', n), { force: true });
}
