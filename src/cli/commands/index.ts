import type { CliIO } from '../io.js';

export interface Command {
  readonly summary: string;
  readonly usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Every subcommand, loaded lazily so `skeptic check` does not pay for `skeptic mcp`. */
export const commands: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./scan.js')).command,
  baseline: async () => (await import('./baseline.js')).command,
  history: async () => (await import('./history.js')).command,
};
