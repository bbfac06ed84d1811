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
  provenance: async () => (await import('./provenance.js')).command,
  review: async () => (await import('./review.js')).command,
  attest: async () => (await import('./attest.js')).command,
  report: async () => (await import('./report.js')).command,
  check: async () => (await import('./check.js')).command,
  hook: async () => (await import('./hook.js')).command,
  mcp: async () => (await import('./mcp.js')).command,
  'install-hook': async () => (await import('./install-hook.js')).command,
  db: async () => (await import('./db.js')).command,
  sbom: async () => (await import('./sbom.js')).command,
};
