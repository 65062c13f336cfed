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

/** Formats one diagnostic line. */
export function formatDiagnostic(severity: 'error' | 'warning', message: string, at: SourceLocation): string {
  return `${printable(at.file)}:${at.line}:${at.column}: ${severity}: ${printable(message)}`;
}

/**
 * Control characters shown as escapes: messages quote spec text (names, enum values, an example's
 * keys), and a diagnostic must stay one line that no spec can forge lines into or drive the
 * terminal with (`\u001b[2J`).
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Collects warnings for one run; in strict mode the first warning is thrown as an error. */
export class Diagnostics {
  readonly warnings: Warning[] = [];
  constructor(private readonly strict = false) {}
  warn(message: string, location: SourceLocation): void {
    if (this.strict) throw new SpecforgeError(`${message} (--strict)`, location);
    this.warnings.push({ message, location });
  }
}
