import type { ScanIssue } from '../core/issue.js';
import type { LineRange } from '../core/location.js';
import { gitTopLevel } from './filesystem.js';
import { git, parseUnifiedDiff, readBlobs, toRanges } from './git-diff.js';

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
  // An empty revision reads `:path`, the index entry: what will be committed, not what is on disk.
  const contents = readBlobs(root, '', files);
  for (const file of files) {
    if (!contents.has(file)) issues.push({ code: 'git-error', path: file, message: 'cannot read the staged blob; this file was not scanned' });
  }
  const diff = git(root, ['diff', '--cached', '-U0', '--no-color', '--no-ext-diff', '--no-renames', '--diff-filter=ACMR', '--src-prefix=a/', '--dst-prefix=b/']);
  if (!diff.ok) issues.push({ code: 'git-error', message: `cannot diff the index: ${diff.stderr.trim()}` });
  const changedLines = new Map<string, LineRange[]>();
  for (const change of parseUnifiedDiff(diff.stdout.toString('utf8'))) changedLines.set(change.path, toRanges(change.added.map((l) => l.line)));
  // A staged file with no added lines (mode change, pure deletion of lines) has nothing new to report.
  for (const f of files) if (!changedLines.has(f)) changedLines.set(f, []);
  return { root, files: files.filter((f) => contents.has(f)), contents, changedLines, issues };
}

/** The scan request fields for `skeptic scan --staged` run from `path`, or undefined outside git. */
export function stagedRequest(path: string): { path: string; files: string[]; contents: Map<string, Buffer>; changedLines: Map<string, LineRange[]>; extraIssues: ScanIssue[] } | undefined {
  const root = gitTopLevel(path);
  if (root === undefined) return undefined;
  const staged = stagedChanges(root);
  return { path: root, files: staged.files, contents: staged.contents, changedLines: staged.changedLines, extraIssues: staged.issues };
}
