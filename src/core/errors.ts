/**
 * An error meant for the user: `message` says what went wrong, `hint` what to do.
 * Commands print both and exit non-zero; programming errors stay plain `Error`s.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint: string | null = null,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A data file in `data/` is malformed; names the file and line. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'DataError';
  }
}
