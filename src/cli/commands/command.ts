/** A CLI command: parses its own flags, calls app/ or the store, renders, returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}
