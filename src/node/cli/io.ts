/** Writes to a stream; the commands take these so tests can capture output. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when standard output is a terminal (tables, progress bars). */
  isTTY: boolean;
}

/** A command: its arguments (after its name) and the streams; resolves to the exit code. */
export type Command = (argv: string[], io: Io) => Promise<number>;

/** The process's own streams. */
export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
};
