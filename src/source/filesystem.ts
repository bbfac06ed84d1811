import { execFile, execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ScanIssue } from '../core/issue.js';
import type { SkippedTarget } from '../core/target.js';
import { IgnoreFile, IgnoreStack } from './ignore.js';

export interface ListedFile {
  /** Relative to the root, '/'-separated. */
  readonly path: string;
}

export interface Listing {
  readonly files: ListedFile[];
  readonly skipped: SkippedTarget[];
  readonly issues: ScanIssue[];
  readonly git: boolean;
}

/** Directories that hold other people's code; never descended into. */
export const VENDORED_DIRS = new Set(['node_modules', 'vendor', 'bower_components', '.git', '.hg', '.svn', 'site-packages', '.venv', 'venv', '__pycache__', '.tox', '.terraform']);

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** The work-tree root that contains `dir`, or undefined outside git. */
export function gitTopLevel(dir: string): string | undefined {
  try {
    const out = execFileSync('git', ['-C', dir, 'rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lists the files under `root`. Inside a git work tree git's own list is used so that
 * .gitignore, .git/info/exclude and global excludes hold exactly as git applies them;
 * outside one, the tree is walked and .gitignore files are honoured.
 * Symlinks are never followed: a link is recorded as skipped, and one that escapes the
 * root is also a scan issue, because it may be an attempt to make the scanner read elsewhere.
 */
export function listFiles(root: string): Listing {
  const skipped: SkippedTarget[] = [];
  const issues: ScanIssue[] = [];
  const fromGit = listWithGit(root, skipped, issues);
  if (fromGit) return { files: fromGit, skipped, issues, git: true };
  const files: ListedFile[] = [];
  walk(root, '', new IgnoreStack(), files, skipped, issues, new Set());
  return { files, skipped, issues, git: false };
}

function listWithGit(root: string, skipped: SkippedTarget[], issues: ScanIssue[]): ListedFile[] | undefined {
  if (gitTopLevel(root) === undefined) return undefined;
  let cachedOut: string;
  let othersOut: string;
  try {
    cachedOut = gitLsFiles(root, CACHED_ARGS);
    othersOut = gitLsFiles(root, OTHERS_ARGS);
  } catch (error) {
    issues.push({ code: 'git-error', message: `git ls-files failed, walking the directory instead: ${firstLine(error)}` });
    return undefined;
  }
  const seen = new Set<string>();
  const files = parseCached(root, cachedOut, seen, skipped, issues);
  files.push(...parseOthers(root, othersOut, seen, skipped, issues));
  return files;
}

// -s gives the mode so symlinks (120000) and submodules (160000) are known without a stat per file.
const CACHED_ARGS = ['ls-files', '-z', '-s', '--cached', '--', '.'];
const OTHERS_ARGS = ['ls-files', '-z', '--others', '--exclude-standard', '--', '.'];

function gitLsFiles(root: string, args: readonly string[]): string {
  return execFileSync('git', ['-C', root, ...args], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8');
}

function parseCached(root: string, cachedOut: string, seen: Set<string>, skipped: SkippedTarget[], issues: ScanIssue[]): ListedFile[] {
  const files: ListedFile[] = [];
  for (const entry of cachedOut.split('\0')) {
    if (entry === '') continue;
    const tab = entry.indexOf('\t');
    const mode = entry.slice(0, 6);
    const path = entry.slice(tab + 1);
    if (seen.has(path)) continue; // one entry per conflict stage
    seen.add(path);
    if (mode === '160000') {
      skipped.push({ path, reason: 'unsupported', detail: 'git submodule' });
      continue;
    }
    if (isVendoredPath(path)) continue;
    if (mode === '120000') {
      recordSymlink(root, path, skipped, issues);
      continue;
    }
    files.push({ path });
  }
  return files;
}

function parseOthers(root: string, othersOut: string, seen: Set<string>, skipped: SkippedTarget[], issues: ScanIssue[]): ListedFile[] {
  const files: ListedFile[] = [];
  for (const path of othersOut.split('\0')) {
    if (path === '' || seen.has(path)) continue;
    seen.add(path);
    if (isVendoredPath(path)) continue;
    let isLink = false;
    try {
      isLink = lstatSync(join(root, path)).isSymbolicLink();
    } catch {
      continue;
    }
    if (isLink) {
      recordSymlink(root, path, skipped, issues);
      continue;
    }
    files.push({ path });
  }
  return files;
}

/** `listFiles` in two steps, for a scan that starts work on tracked files while git walks the tree for untracked ones. */
export interface SplitListing {
  /** Tracked files (or, outside git, every file): available at once. */
  readonly first: Listing;
  /** Untracked, not ignored files: git has to walk the whole tree for these, which takes a while. */
  readonly rest: Promise<Listing>;
}

/**
 * The same files as `listFiles`, but git's walk for untracked files runs in the background
 * (`git ls-files --others` stats every directory; on a 27k-file tree it takes longer than the
 * tracked list by an order of magnitude). If that walk fails, the directory is walked instead
 * and whatever git did not list as tracked is added, so a failure never drops files.
 */
export function listFilesSplit(root: string): SplitListing {
  const skipped: SkippedTarget[] = [];
  const issues: ScanIssue[] = [];
  const none = (): Promise<Listing> => Promise.resolve({ files: [], skipped: [], issues: [], git: false });
  let cachedOut: string | undefined;
  if (gitTopLevel(root) !== undefined) {
    try {
      cachedOut = gitLsFiles(root, CACHED_ARGS);
    } catch (error) {
      issues.push({ code: 'git-error', message: `git ls-files failed, walking the directory instead: ${firstLine(error)}` });
    }
  }
  if (cachedOut === undefined) {
    const files: ListedFile[] = [];
    walk(root, '', new IgnoreStack(), files, skipped, issues, new Set());
    return { first: { files, skipped, issues, git: false }, rest: none() };
  }
  const seen = new Set<string>();
  const files = parseCached(root, cachedOut, seen, skipped, issues);
  const rest = new Promise<Listing>((resolveRest) => {
    execFile('git', ['-C', root, ...OTHERS_ARGS], { maxBuffer: 1 << 30, encoding: 'utf8' }, (error, stdout) => {
      const restSkipped: SkippedTarget[] = [];
      const restIssues: ScanIssue[] = [];
      if (error) {
        restIssues.push({ code: 'git-error', message: `git ls-files --others failed, walking the directory for untracked files instead: ${firstLine(error)}` });
        const walked: ListedFile[] = [];
        walk(root, '', new IgnoreStack(), walked, restSkipped, restIssues, new Set());
        resolveRest({ files: walked.filter((f) => !seen.has(f.path)), skipped: restSkipped.filter((s) => !seen.has(s.path)), issues: restIssues, git: true });
        return;
      }
      resolveRest({ files: parseOthers(root, stdout, seen, restSkipped, restIssues), skipped: restSkipped, issues: restIssues, git: true });
    });
  });
  return { first: { files, skipped, issues, git: true }, rest };
}

export function isVendoredPath(path: string): boolean {
  for (const segment of path.split('/')) if (VENDORED_DIRS.has(segment)) return true;
  return false;
}

function recordSymlink(root: string, path: string, skipped: SkippedTarget[], issues: ScanIssue[]): void {
  const full = join(root, path);
  let target: string;
  try {
    target = realpathSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') {
      skipped.push({ path, reason: 'symlink', detail: 'symlink loop' });
      issues.push({ code: 'symlink-loop', path, message: 'symbolic link loop; not followed' });
    } else {
      skipped.push({ path, reason: 'symlink', detail: 'dangling symlink' });
    }
    return;
  }
  const realRoot = safeRealpath(root);
  const rel = relative(realRoot, target);
  if (rel.startsWith('..') || rel === '' && target !== realRoot || isAbsoluteLike(rel)) {
    skipped.push({ path, reason: 'symlink', detail: 'points outside the scanned root' });
    issues.push({ code: 'symlink-outside-root', path, message: `symbolic link points outside the scanned root; not followed` });
    return;
  }
  skipped.push({ path, reason: 'symlink', detail: `links to ${toPosix(rel)} inside the root, which is scanned on its own` });
}

function isAbsoluteLike(rel: string): boolean {
  return rel.startsWith('/') || /^[A-Za-z]:/.test(rel);
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function walk(
  root: string,
  dir: string,
  ignores: IgnoreStack,
  files: ListedFile[],
  skipped: SkippedTarget[],
  issues: ScanIssue[],
  visited: Set<string>,
): void {
  const full = dir === '' ? root : join(root, dir);
  let stack = ignores;
  let entries;
  try {
    entries = readdirSync(full, { withFileTypes: true });
  } catch (error) {
    skipped.push({ path: dir || '.', reason: 'unreadable', detail: firstLine(error) });
    issues.push({ code: 'read-error', path: dir || '.', message: `cannot list directory: ${firstLine(error)}` });
    return;
  }
  // Real directories cannot loop without symlinks, which are never followed; the set guards bind mounts.
  try {
    const id = statSync(full);
    const key = `${id.dev}:${id.ino}`;
    if (visited.has(key)) return;
    visited.add(key);
  } catch {
    /* listed above, so it exists */
  }
  if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
    try {
      stack = stack.push(new IgnoreFile(dir, readFileSync(join(full, '.gitignore'), 'utf8')));
    } catch (error) {
      issues.push({ code: 'read-error', path: dir ? `${dir}/.gitignore` : '.gitignore', message: firstLine(error) });
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isSymbolicLink()) {
      if (!stack.ignores(path, false)) recordSymlink(root, path, skipped, issues);
      continue;
    }
    if (entry.isDirectory()) {
      if (VENDORED_DIRS.has(entry.name)) {
        if (entry.name !== '.git') skipped.push({ path, reason: 'vendored' });
        continue;
      }
      if (stack.ignores(path, true)) continue;
      walk(root, path, stack, files, skipped, issues, visited);
      continue;
    }
    if (!entry.isFile()) {
      skipped.push({ path, reason: 'unsupported', detail: 'not a regular file' });
      continue;
    }
    if (stack.ignores(path, false)) continue;
    files.push({ path });
  }
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}
