/**
 * What the CLI prints: colour only on a terminal and never with NO_COLOR (https://no-color.org),
 * a progress line on a terminal when a run takes longer than a second, nothing but errors with
 * --quiet.
 */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Whether stderr is a terminal (progress and colour). */
  readonly isTty?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const processIo: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  isTty: process.stderr.isTTY === true,
  env: process.env,
};

/** Colour helpers that are identity functions when colour is off. */
export function palette(io: Io): {
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  green(s: string): string;
} {
  const on = io.isTty === true && !('NO_COLOR' in (io.env ?? {})) && io.env?.['TERM'] !== 'dumb';
  const wrap = (code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { red: wrap(31), yellow: wrap(33), dim: wrap(2), green: wrap(32) };
}

/** Shows "label…" on a terminal if `work` takes longer than a second; clears it afterwards. */
export async function withProgress<T>(io: Io, label: string, work: () => Promise<T>): Promise<T> {
  if (!io.isTty) return work();
  let shown = false;
  const timer = setTimeout(() => {
    shown = true;
    process.stderr.write(`${label}…`);
  }, 1000);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
    if (shown) process.stderr.write('\r\u001b[2K');
  }
}
