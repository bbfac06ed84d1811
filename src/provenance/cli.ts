import type { CliIO } from '../cli/io.js';
import { EXIT } from '../cli/exit-codes.js';
import { ConfigError } from '../config/load.js';
import { resolveScanInput, type ScanRequest } from '../scan/scan.js';
import { DiffError } from '../source/git-diff.js';
import { prepareDiffScan } from './diff-request.js';

/**
 * Turns a `scan` request into a diff-mode request, or returns the exit code after printing why not.
 * An explicit --config or --baseline from the command line is honoured (the workflow that passes it
 * is itself a reviewed file); otherwise both come from the base commit.
 */
export function diffScanRequest(request: ScanRequest, base: string, io: CliIO): ScanRequest | number {
  if (request.files) {
    io.stderr('skeptic scan: --diff and --staged cannot be combined\n');
    return EXIT.usage;
  }
  try {
    const explicit = request.configFile ? resolveScanInput({ path: request.path, configFile: request.configFile }).config : undefined;
    const prepared = prepareDiffScan(request.path, base === 'auto' || base === '' ? undefined : base, io.env, explicit);
    const { configFile: _drop, ...rest } = request;
    return {
      ...rest,
      ...prepared.request,
      ...(request.baseline ? { baseline: request.baseline } : {}),
    };
  } catch (error) {
    if (error instanceof DiffError || error instanceof ConfigError) {
      io.stderr(`skeptic scan --diff: ${error.message}\n`);
      return EXIT.incomplete;
    }
    throw error;
  }
}
