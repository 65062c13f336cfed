/**
 * Errors and warnings that point at a place in a spec file. Every message the generator gives about
 * its input is one of these, printed as `path:line:col: error: message` (the format compilers use,
 * so editors and CI annotate it).
 */

/** A place in a source file; `line` and `column` are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Invalid input: the generator stops and writes nothing. The CLI prints it and exits 1. */
export class SpecforgeError extends Error {
  override readonly name = 'SpecforgeError';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  constructor(message: string, location: SourceLocation) {
    super(message);
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
  }
  /** `path:line:col: error: message`. */
  format(): string {
    return formatDiagnostic('error', this.message, this);
  }
}

/** A problem the generator tolerates (a real-world spec quirk); `--strict` turns it into an error. */
export interface Warning {
  readonly message: string;
  readonly location: SourceLocation;
}

/** How much of a quoted value a message shows: enough to find it, never a whole file. */
const QUOTE_CHARS = 80;

/** A value as a message quotes it: JSON, cut to a short excerpt (a spec may hold a file's worth of text). */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  if (text.length <= QUOTE_CHARS) return text;
  return `${text.slice(0, QUOTE_CHARS)}… (${text.length} characters)`;
}

/** The longest message printed: a backstop behind `quote` for any message that grows with its input. */
const MAX_MESSAGE_CHARS = 2000;

/** Formats one diagnostic line; a location with line 0 names a file or folder as a whole. */
export function formatDiagnostic(severity: 'error' | 'warning', message: string, at: SourceLocation): string {
  const place = at.line === 0 ? printable(at.file) : `${printable(at.file)}:${at.line}:${at.column}`;
  const shown = message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}… (message cut)` : message;
  return `${place}: ${severity}: ${printable(shown)}`;
}

/**
 * Control characters shown as escapes: messages quote spec text (names, enum values, an example's
 * keys), and a diagnostic must stay one line that no spec can forge lines into or drive the
 * terminal with (`\u001b[2J`).
 */
function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Collects warnings for one run; in strict mode the first warning is thrown as an error. A warning
 * given again at the same place is kept once: a schema that `$ref`s reach in the middle of another
 * (PagerDuty's `…/properties/value/oneOf/3`) is read at each, and found wanting at each.
 */
export class Diagnostics {
  readonly warnings: Warning[] = [];
  private readonly given = new Set<string>();
  constructor(private readonly strict = false) {}
  warn(message: string, location: SourceLocation): void {
    if (this.strict) throw new SpecforgeError(`${message} (--strict)`, location);
    const key = `${location.file}\0${location.line}\0${location.column}\0${message}`;
    if (this.given.has(key)) return;
    this.given.add(key);
    this.warnings.push({ message, location });
  }
}
