import { git } from '../source/git-diff.js';
import { gitTopLevel } from '../source/filesystem.js';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../package-root.js';

export const HOOK_MARKER = '# installed by `skeptic install-hook`';

/** bin/skeptic.js of this installation, used when no skeptic is on PATH or in node_modules. */
export function thisBinary(): string {
  return resolve(PACKAGE_ROOT, 'bin', 'skeptic.js');
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function hookScript(binary: string, extraArgs: readonly string[] = []): string {
  const args = ['scan', '--staged', ...extraArgs].map(shellQuote).join(' ');
  return `#!/bin/sh
${HOOK_MARKER}
# Scans what is staged; a blocking finding stops the commit. Skip once with: git commit --no-verify
if [ -x ./node_modules/.bin/skeptic ]; then
  exec ./node_modules/.bin/skeptic ${args}
elif command -v skeptic >/dev/null 2>&1; then
  exec skeptic ${args}
else
  exec node ${shellQuote(binary)} ${args}
fi
`;
}

export class InstallError extends Error {}

export interface InstallResult {
  readonly path: string;
  readonly replaced: boolean;
}

/** Writes the pre-commit hook where git will run it (respecting core.hooksPath). */
export function installPreCommitHook(cwd: string, options: { force?: boolean; args?: readonly string[]; binary?: string } = {}): InstallResult {
  const topLevel = gitTopLevel(cwd);
  const hooks = topLevel === undefined ? undefined : git(topLevel, ['rev-parse', '--git-path', 'hooks']);
  if (topLevel === undefined || !hooks?.ok) throw new InstallError(`not inside a git repository: ${cwd}`);
  const hooksDir = hooks.stdout.toString('utf8').trim();
  const dir = resolve(topLevel, hooksDir);
  const path = join(dir, 'pre-commit');
  let replaced = false;
  if (existsSync(path)) {
    const current = readFileSync(path, 'utf8');
    if (!current.includes(HOOK_MARKER) && !options.force) {
      throw new InstallError(`${path} already exists and was not installed by skeptic; rerun with --force to replace it, or call \`skeptic scan --staged\` from it`);
    }
    replaced = true;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, hookScript(options.binary ?? thisBinary(), options.args));
  chmodSync(path, 0o755);
  return { path, replaced };
}
