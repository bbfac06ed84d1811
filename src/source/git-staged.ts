import { spawnSync } from 'node:child_process';
import type { ScanIssue } from '../core/issue.js';
import type { LineRange } from '../core/location.js';

export interface StagedChanges {
  /** Work-tree root of the repository. */
  readonly root: string;
  /** Root-relative paths of staged added/copied/modified/renamed files. */
  readonly files: string[];
  /** The staged blob of each file: what will be committed, not what is on disk. */
  readonly contents: Map<string, Buffer>;
  /** Lines added by the staged diff, per file. */
  readonly changedLines: Map<string, LineRange[]>;
  readonly issues: ScanIssue[];
}

function git(root: string, args: string[], input?: string): { ok: boolean; stdout: Buffer; stderr: string } {
  const r = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: root, input, maxBuffer: 1 << 30 });
  return { ok: r.status === 0, stdout: r.stdout ?? Buffer.alloc(0), stderr: r.stderr?.toString() ?? String(r.error ?? '') };
}

/** Parses `git diff -U0` output into added line ranges per new path. */
export function addedRanges(diff: string): Map<string, LineRange[]> {
  const out = new Map<string, LineRange[]>();
  let path: string | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      path = target === '/dev/null' ? undefined : target.startsWith('b/') ? target.slice(2) : target;
      continue;
    }
    if (path === undefined || !line.startsWith('@@ ')) continue;
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!m) continue;
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count === 0) continue;
    const list = out.get(path) ?? [];
    list.push({ start, end: start + count - 1 });
    out.set(path, list);
  }
  return out;
}

/**
 * What `git commit` would record: the staged files, their blobs from the index (one
 * `git cat-file --batch` for all of them), and the lines the staged diff adds, so a
 * pre-commit hook reports only what this commit introduces.
 */
export function stagedChanges(root: string): StagedChanges {
  const issues: ScanIssue[] = [];
  const names = git(root, ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--no-renames']);
  if (!names.ok) {
    return { root, files: [], contents: new Map(), changedLines: new Map(), issues: [{ code: 'git-error', message: `cannot list staged files: ${names.stderr.trim()}` }] };
  }
  const files = names.stdout.toString('utf8').split('\0').filter(Boolean);
  const contents = new Map<string, Buffer>();
  if (files.length) {
    const batch = git(root, ['cat-file', '--batch'], files.map((f) => `:${f}\n`).join(''));
    if (!batch.ok) issues.push({ code: 'git-error', message: `cannot read staged blobs: ${batch.stderr.trim()}` });
    const out = batch.stdout;
    let pos = 0;
    for (const file of files) {
      const nl = out.indexOf(10, pos);
      if (nl === -1) break;
      const header = out.subarray(pos, nl).toString('utf8');
      pos = nl + 1;
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!m) {
        issues.push({ code: 'git-error', path: file, message: `cannot read staged blob: ${header}` });
        continue;
      }
      const size = Number(m[2]);
      if (m[1] === 'blob') contents.set(file, out.subarray(pos, pos + size));
      pos += size + 1;
    }
  }
  const diff = git(root, ['diff', '--cached', '-U0', '--no-color', '--no-ext-diff', '--no-renames', '--diff-filter=ACMR']);
  if (!diff.ok) issues.push({ code: 'git-error', message: `cannot diff the index: ${diff.stderr.trim()}` });
  const changedLines = addedRanges(diff.stdout.toString('utf8'));
  // A staged file with no added lines (mode change, pure deletion of lines) has nothing new to report.
  for (const f of files) if (!changedLines.has(f)) changedLines.set(f, []);
  return { root, files: files.filter((f) => contents.has(f)), contents, changedLines, issues };
}

/** The scan request fields for `skeptic scan --staged` run from `path`, or undefined outside git. */
export function stagedRequest(path: string): { path: string; files: string[]; contents: Map<string, Buffer>; changedLines: Map<string, LineRange[]>; extraIssues: ScanIssue[] } | undefined {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: path, encoding: 'utf8' });
  if (top.status !== 0) return undefined;
  const root = top.stdout.trim();
  const staged = stagedChanges(root);
  return { path: root, files: staged.files, contents: staged.contents, changedLines: staged.changedLines, extraIssues: staged.issues };
}
