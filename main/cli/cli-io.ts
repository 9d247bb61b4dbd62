/** Where a command writes: injected so tests capture output without spawning a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** A failure the command line reports as one line on stderr with this exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
