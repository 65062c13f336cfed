/**
 * A ceiling on what one generation prints. A spec's output grows with its schemas, not its bytes:
 * GitHub's 13 MB REST spec prints 31 MB, but a 22 MB spec of 3,000 inline schemas nested 200 levels
 * deep printed 720 MB (its types' indentation grows with the square of the depth, and each schema is
 * a check function) and held 6.8 GB, most of it the formatter's and the builder's native memory.
 * Counted as each piece is formatted or built, the ceiling stops such a run before that memory is
 * spent, with an error that says what to raise, instead of exhausting the machine.
 */

/** The default ceiling, sources and `dist/` together: eight times GitHub's dereferenced spec's package. */
export const DEFAULT_MAX_OUTPUT_BYTES = 512 * 2 ** 20;

/** Thrown when a generation passes its ceiling; `generate` turns it into the spec's located error. */
export class OutputTooLarge extends Error {
  constructor(
    readonly limit: number,
    readonly file: string,
  ) {
    super(`the generated package passed ${limit} bytes at ${file}`);
  }
}

/** Counts printed characters (at least one byte each) against `limit`; throws `OutputTooLarge` past it. */
export class OutputBudget {
  private used = 0;
  constructor(readonly limit: number) {}

  spend(file: string, text: string): void {
    this.used += text.length;
    if (this.used > this.limit) throw new OutputTooLarge(this.limit, file);
  }

  /**
   * Before the build, `dist/` is counted as the size of the modules it is built from (it comes to
   * 0.94x on GitHub's package, 1.0x on ours, 0.67x on deep nests): the builder parses each module
   * whole, its memory many times the module's size (2.3 GB for a 150 MB package that took 0.9 GB to
   * print). A package that would pass the ceiling with its build stops here, before that is spent.
   */
  reserveBuild(modules: ReadonlyMap<string, string>): void {
    let size = 0;
    for (const [file, text] of modules) if (file.endsWith('.ts')) size += text.length;
    if (this.used + size > this.limit) throw new OutputTooLarge(this.limit, 'dist/');
  }
}
