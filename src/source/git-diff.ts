import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ScanIssue } from '../core/issue.js';
import type { LineRange } from '../core/location.js';
import { CONFIG_FILE_NAMES, ConfigError, parseConfig } from '../config/load.js';
import { defaultConfig, type ResolvedConfig } from '../config/schema.js';
import { parseBaseline, type Baseline } from '../findings/baseline.js';
import type { SuppressionDirective } from '../findings/suppressions.js';
import { gitTopLevel } from './filesystem.js';

/** A diff-mode failure the user must fix (missing base, shallow clone); the CLI exits 3 with the message. */
export class DiffError extends Error {}

export interface GitResult {
  readonly ok: boolean;
  readonly stdout: Buffer;
  readonly stderr: string;
}

export function git(root: string, args: readonly string[], input?: string): GitResult {
  const r = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: root, input, maxBuffer: 1 << 30 });
  return { ok: r.status === 0, stdout: r.stdout ?? Buffer.alloc(0), stderr: r.stderr?.toString() ?? String(r.error ?? '') };
}

function gitText(root: string, args: readonly string[]): string | undefined {
  const r = git(root, args);
  return r.ok ? r.stdout.toString('utf8').trim() : undefined;
}

export interface DiffLine {
  /** 1-based line number in the new file (added) or the old file (removed). */
  readonly line: number;
  readonly text: string;
}

export interface FileChange {
  /** Path at HEAD; for a deletion, the path at the base. */
  readonly path: string;
  /** Path at the base when it differs (rename) or the file was deleted. */
  readonly oldPath?: string;
  readonly status: 'added' | 'modified' | 'deleted' | 'renamed';
  readonly binary: boolean;
  readonly added: DiffLine[];
  readonly removed: DiffLine[];
}

export interface ResolvedBase {
  /** What the user asked for (or what the CI environment named). */
  readonly requested: string;
  /** Where it came from: the flag, or the GitHub pull-request environment. */
  readonly source: 'argument' | 'github-event' | 'github-base-ref';
  readonly baseCommit: string;
  readonly mergeBase: string;
  readonly head: string;
}

const SHALLOW_FIX =
  'The clone is shallow and does not contain it. Fetch enough history: in GitHub Actions set `fetch-depth: 0` on actions/checkout, ' +
  'or run `git fetch --deepen=200 origin` (or `git fetch --unshallow`) and fetch the base branch (`git fetch origin <base>`).';

/**
 * Which base to diff against: the argument, else the pull request's base from GITHUB_EVENT_PATH
 * (its sha is exact), else GITHUB_BASE_REF as `origin/<ref>`.
 */
export function requestedBase(base: string | undefined, env: Readonly<Record<string, string | undefined>>): { ref: string; source: ResolvedBase['source'] } | undefined {
  if (base) return { ref: base, source: 'argument' };
  if (env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
      const sha = event.pull_request?.base?.sha;
      if (typeof sha === 'string' && /^[0-9a-f]{7,64}$/.test(sha)) return { ref: sha, source: 'github-event' };
    } catch {
      // An unreadable event file is not fatal while GITHUB_BASE_REF may still name the base.
    }
  }
  if (env.GITHUB_BASE_REF) return { ref: `origin/${env.GITHUB_BASE_REF}`, source: 'github-base-ref' };
  return undefined;
}

/** Resolves base and merge base; throws DiffError with how to fix the checkout when history is missing. */
export function resolveBase(root: string, base: string | undefined, env: Readonly<Record<string, string | undefined>> = {}): ResolvedBase {
  const wanted = requestedBase(base, env);
  if (!wanted) throw new DiffError('no base given: pass --diff <base> (a branch, tag or commit), or run in a GitHub pull request (GITHUB_BASE_REF)');
  if (wanted.ref.startsWith('-')) throw new DiffError(`invalid base "${wanted.ref}"`);
  const shallow = gitText(root, ['rev-parse', '--is-shallow-repository']) === 'true';
  const head = gitText(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!head) throw new DiffError('HEAD does not name a commit: nothing to diff');
  let baseCommit = gitText(root, ['rev-parse', '--verify', '--quiet', `${wanted.ref}^{commit}`]);
  // Some checkouts name the base branch locally (no origin/ remote-tracking ref).
  if (!baseCommit && wanted.source === 'github-base-ref' && env.GITHUB_BASE_REF && !env.GITHUB_BASE_REF.startsWith('-')) {
    baseCommit = gitText(root, ['rev-parse', '--verify', '--quiet', `${env.GITHUB_BASE_REF}^{commit}`]);
  }
  if (!baseCommit) {
    throw new DiffError(`base "${wanted.ref}" is not a commit in this repository. ${shallow ? SHALLOW_FIX : 'Fetch it first (`git fetch origin <base>`) or check the name.'}`);
  }
  const mergeBase = gitText(root, ['merge-base', baseCommit, head]);
  if (!mergeBase) {
    throw new DiffError(`no merge base between "${wanted.ref}" and HEAD. ${shallow ? SHALLOW_FIX : 'The histories are unrelated.'}`);
  }
  return { requested: wanted.ref, source: wanted.source, baseCommit, mergeBase, head };
}

/** Parses `git diff -U0 -M` output (with --src-prefix a/ --dst-prefix b/) into per-file added and removed lines. */
export function parseUnifiedDiff(diff: string): FileChange[] {
  const out: FileChange[] = [];
  let current: { path: string; oldPath?: string; status: FileChange['status']; binary: boolean; added: DiffLine[]; removed: DiffLine[] } | undefined;
  let oldLine = 0;
  let newLine = 0;
  const lines = diff.split('\n');
  for (const line of lines) {
    if (line.startsWith('diff --git ')) {
      if (current) out.push(current);
      // Paths come from the ---/+++ and rename headers; this split is only a fallback for binary files.
      const m = / b\/(.*)$/.exec(line);
      current = { path: m?.[1] ?? '', status: 'modified', binary: false, added: [], removed: [] };
      continue;
    }
    if (!current) continue;
    if (line.startsWith('new file mode')) current.status = 'added';
    else if (line.startsWith('deleted file mode')) current.status = 'deleted';
    else if (line.startsWith('rename from ')) {
      current.oldPath = line.slice(12);
      current.status = 'renamed';
    } else if (line.startsWith('rename to ')) current.path = line.slice(10);
    else if (line.startsWith('Binary files ')) current.binary = true;
    else if (line.startsWith('--- ')) {
      const p = line.slice(4);
      if (p !== '/dev/null' && p.startsWith('a/')) {
        const old = p.slice(2);
        if (current.status === 'deleted') current.path = old;
        else if (old !== current.path) current.oldPath = old;
      }
    } else if (line.startsWith('+++ ')) {
      const p = line.slice(4);
      if (p !== '/dev/null' && p.startsWith('b/')) current.path = p.slice(2);
    } else if (line.startsWith('@@ ')) {
      const m = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
      if (m) {
        oldLine = Number(m[1]);
        newLine = Number(m[2]);
      }
    } else if (line.startsWith('+')) {
      current.added.push({ line: newLine++, text: line.slice(1) });
    } else if (line.startsWith('-')) {
      current.removed.push({ line: oldLine++, text: line.slice(1) });
    }
  }
  if (current) out.push(current);
  if (current === undefined) return out;
  // A deleted file's path is its old path; keep oldPath for the record.
  return out.map((c) => (c.status === 'deleted' ? { ...c, oldPath: c.path } : c));
}

/** Collapses sorted line numbers into ranges. */
export function toRanges(lines: readonly number[]): LineRange[] {
  const out: LineRange[] = [];
  for (const n of lines) {
    const last = out[out.length - 1];
    if (last && n === last.end + 1) out[out.length - 1] = { start: last.start, end: n };
    else out.push({ start: n, end: n });
  }
  return out;
}

/** The change from the merge base to HEAD: committed work only, so CI and local runs agree. */
export function diffChanges(root: string, mergeBase: string, head = 'HEAD'): { changes: FileChange[]; issues: ScanIssue[] } {
  const r = git(root, ['diff', '-U0', '--no-color', '--no-ext-diff', '-M', '--src-prefix=a/', '--dst-prefix=b/', mergeBase, head, '--']);
  if (!r.ok) return { changes: [], issues: [{ code: 'git-error', message: `git diff ${mergeBase.slice(0, 12)} ${head} failed: ${r.stderr.trim()}` }] };
  return { changes: parseUnifiedDiff(r.stdout.toString('utf8')), issues: [] };
}

/** Blob contents at a revision, many at once through one `git cat-file --batch`. Missing paths are absent from the map. */
export function readBlobs(root: string, rev: string, paths: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (!paths.length) return out;
  const batch = git(root, ['cat-file', '--batch'], paths.map((p) => `${rev}:${p}\n`).join(''));
  const buf = batch.stdout;
  let pos = 0;
  for (const path of paths) {
    const nl = buf.indexOf(10, pos);
    if (nl === -1) break;
    const header = buf.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) continue; // "<rev>:<path> missing"
    const size = Number(m[2]);
    if (m[1] === 'blob') out.set(path, buf.subarray(pos, pos + size));
    pos += size + 1;
  }
  return out;
}

export function readAt(root: string, rev: string, path: string): Buffer | undefined {
  return readBlobs(root, rev, [path]).get(path);
}

export interface BaseSettings {
  readonly config: ResolvedConfig;
  readonly configFile?: string;
  readonly baseline?: Baseline;
  readonly issues: ScanIssue[];
}

/**
 * Configuration, config ignores and the baseline as they were at the base commit. The change under
 * review must not be able to loosen its own gate, so edits to these files in the diff are reported
 * and never applied.
 */
export function baseSettings(root: string, baseRev: string, changes: readonly FileChange[]): BaseSettings {
  const issues: ScanIssue[] = [];
  const changed = new Set(changes.flatMap((c) => [c.path, ...(c.oldPath ? [c.oldPath] : [])]));
  const present = readBlobs(root, baseRev, CONFIG_FILE_NAMES);
  let config = defaultConfig;
  let configFile: string | undefined;
  const name = CONFIG_FILE_NAMES.find((n) => present.has(n));
  if (name) {
    configFile = name;
    try {
      config = parseConfig(present.get(name)!.toString('utf8'), `${name} at ${baseRev.slice(0, 12)}`);
    } catch (error) {
      issues.push({ code: 'config-changed-in-diff', path: name, message: `the base commit's config is invalid, defaults are used: ${error instanceof ConfigError ? error.message : String(error)}` });
    }
  }
  for (const n of CONFIG_FILE_NAMES) {
    if (changed.has(n)) {
      issues.push({ code: 'config-changed-in-diff', path: n, message: `${n} is changed by the diff; the base commit's configuration is used, the change takes effect only after it is merged` });
    }
  }
  let baseline: Baseline | undefined;
  if (config.baseline) {
    const path = config.baseline.replace(/^\.\//, '');
    if (changed.has(path)) issues.push({ code: 'config-changed-in-diff', path, message: `baseline ${path} is changed by the diff; the base commit's baseline is used` });
    const text = readAt(root, baseRev, path);
    if (text) {
      try {
        baseline = parseBaseline(text.toString('utf8'), `${path} at ${baseRev.slice(0, 12)}`);
      } catch (error) {
        issues.push({ code: 'config-changed-in-diff', path, message: `the base commit's baseline cannot be read: ${(error as Error).message}` });
      }
    } else {
      issues.push({ code: 'config-changed-in-diff', path, message: `baseline ${path} does not exist at the base commit; no baseline is applied` });
    }
  }
  return { config, ...(configFile ? { configFile } : {}), ...(baseline ? { baseline } : {}), issues };
}

export interface DiffScan {
  readonly root: string;
  readonly base: ResolvedBase;
  readonly changes: FileChange[];
  readonly files: string[];
  readonly contents: Map<string, Buffer>;
  readonly changedLines: Map<string, LineRange[]>;
  readonly settings: BaseSettings;
  readonly issues: ScanIssue[];
  /** Inline directives on lines the change added do not take effect. */
  readonly trustDirective: (directive: SuppressionDirective) => boolean;
}

/** Everything `scan --diff` needs: which files, their HEAD blobs, the added lines, and the base's settings. */
export function prepareDiff(path: string, base: string | undefined, env: Readonly<Record<string, string | undefined>> = {}): DiffScan {
  const root = gitTopLevel(path);
  if (!root) throw new DiffError(`${path} is not inside a git repository`);
  const resolved = resolveBase(root, base, env);
  const { changes, issues } = diffChanges(root, resolved.mergeBase, resolved.head);
  const settings = baseSettings(root, resolved.mergeBase, changes);
  const live = changes.filter((c) => c.status !== 'deleted' && !c.binary);
  const files = live.map((c) => c.path);
  const contents = readBlobs(root, resolved.head, files);
  const changedLines = new Map<string, LineRange[]>();
  for (const c of live) changedLines.set(c.path, toRanges(c.added.map((l) => l.line)));
  const added = new Map<string, Set<number>>();
  for (const c of live) added.set(c.path, new Set(c.added.map((l) => l.line)));
  const trustDirective = (d: SuppressionDirective): boolean => !(added.get(d.path)?.has(d.line) ?? false);
  return { root, base: resolved, changes, files: files.filter((f) => contents.has(f)), contents, changedLines, settings, issues: [...issues, ...settings.issues], trustDirective };
}
