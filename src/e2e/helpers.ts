import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../testing/fixtures.js';
import '../analyzers/secrets/analyzer.js';
import { expandPlaceholders } from '../testing/fake-secrets.js';

export const BIN = fileURLToPath(new URL('../../bin/skeptic.js', import.meta.url));

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real bin in a child process, as a user or CI would. */
export function cli(args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined>; uid?: number; gid?: number } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 120_000,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh directory with these files; `{{fake:NAME}}` placeholders become test-only secrets. */
export function tempTree(files: Record<string, string | Buffer>, prefix = 'skeptic-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? expandPlaceholders(content, path) : content);
  }
  return dir;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A GitHub-token-shaped test value, made at run time so none is committed. */
export function fakeToken(seed: string): string {
  return expandPlaceholders('{{fake:github-pat}}', seed);
}
