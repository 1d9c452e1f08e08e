/**
 * A problem that stops the program from starting (bad configuration, unreachable
 * database, port in use). The CLI prints its message as one line and exits with 2.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
