/**
 * A seed file that cannot be loaded. The message names the file, the entry (a path such as `purposes[2].retention`),
 * what was expected and what was found. Nothing is written when one is thrown.
 */
export class SeedError extends Error {
  override name = 'SeedError';
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly problem: string,
  ) {
    super(`${file}: ${entry ? `${entry}: ` : ''}${problem}`);
  }
}

/** Several seed errors at once, so that one run shows every problem. */
export class SeedErrors extends Error {
  override name = 'SeedErrors';
  constructor(readonly errors: SeedError[]) {
    super(`${errors.length} problem(s) in the seed files:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
}
