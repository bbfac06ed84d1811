import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { CommitDetail, RawFinding } from '../core/finding.js';
import type { ScanIssue } from '../core/issue.js';
import { LineIndex } from '../core/location.js';
import { sha256 } from '../findings/fingerprint.js';
import { acceptsSecrets, isTestPath, secretsDetector } from '../analyzers/secrets/analyzer.js';
import { decodeNotebookLine } from '../analyzers/secrets/notebook.js';
import { classify, skipByPath } from '../targets/classify.js';
import { git } from './git-diff.js';

export interface HistoryOptions {
  /** Repository work tree (or any directory inside it). */
  readonly root: string;
  /** Only commits after this revision (`REV..HEAD`). */
  readonly since?: string;
  /** Every ref (`--all`) instead of HEAD. */
  readonly allRefs?: boolean;
  readonly isRuleEnabled?: (ruleId: string) => boolean;
  readonly count?: (ruleId: string, reason: string) => void;
  /** Paths never scanned (config `exclude`). */
  readonly exclude?: (path: string) => boolean;
  /** Added text of one file in one commit above this is scanned up to the limit and reported. */
  readonly maxFileBytes?: number;
}

export interface HistoryResult {
  readonly findings: RawFinding[];
  readonly issues: ScanIssue[];
  readonly commits: number;
  readonly bytes: number;
  /** Binary file versions git reported without a text diff (not scanned, like binary files in a tree scan). */
  readonly binaries?: number;
}

/** Commit header marker: a control character no diff line starts with. */
const MARK = '\x01';
const FORMAT = `${MARK}%H%x00%an%x00%ae%x00%aI%x00%s`;

/**
 * Secrets in every line *added* by every commit, streamed from `git log -p` and parsed
 * incrementally: memory holds one file's added lines of one commit, never the history.
 *
 * Merges: `--cc` (combined diff) shows only what a merge itself introduces, i.e. conflict
 * resolutions and "evil merge" edits; the branch commits it brings in are reachable and
 * scanned on their own, so `-m` would only re-scan (and re-report) the same lines.
 * Renames are detected (`-M`), so a moved file does not re-report its secrets.
 * Binary files produce no lines and are counted; a shallow clone is reported as
 * `incomplete-history`, never as clean.
 */
export async function scanHistory(options: HistoryOptions): Promise<HistoryResult> {
  const root = options.root;
  const issues: ScanIssue[] = [];
  const shallow = git(root, ['rev-parse', '--is-shallow-repository']);
  if (!shallow.ok) {
    return { findings: [], issues: [{ code: 'git-error', message: `not a git repository: ${shallow.stderr.trim()}` }], commits: 0, bytes: 0 };
  }
  if (shallow.stdout.toString('utf8').trim() === 'true') {
    issues.push({ code: 'incomplete-history', message: 'shallow clone: commits before the shallow boundary were not scanned (run `git fetch --unshallow` for the full history)' });
  }
  const args = ['-c', 'core.quotePath=false', 'log', '-p', '--cc', '-M', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', `--format=${FORMAT}`];
  if (options.allRefs) args.push('--all');
  if (options.since) args.push(options.allRefs ? `^${options.since}` : `${options.since}..HEAD`);
  else if (!options.allRefs) args.push('HEAD');
  args.push('--');

  const parser = new HistoryParser(root, options, issues);
  const child = spawn('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => {
    if (stderr.length < 4000) stderr += d;
  });
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    parser.bytes += chunk.length;
    const text = rest + decoder.write(chunk);
    let start = 0;
    let nl = text.indexOf('\n');
    while (nl !== -1) {
      parser.line(text.slice(start, nl));
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest) parser.line(rest);
  parser.flushFile();
  const code: number = await new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    const empty = /does not have any commits yet|unknown revision or path not in the working tree.*HEAD|bad default revision 'HEAD'/.test(stderr);
    if (!empty) issues.push({ code: 'git-error', message: `git log failed (exit ${code}): ${stderr.trim().split('\n')[0] ?? ''}` });
  }
  return { findings: parser.finish(), issues, commits: parser.commits, bytes: parser.bytes, binaries: parser.binaries };
}


class HistoryParser {
  bytes = 0;
  commits = 0;
  binaries = 0;
  private commit: CommitDetail | undefined;
  private path: string | undefined;
  private skip = true;
  private inHeader = false;
  private parents = 1;
  private newLine = 0;
  private added: string[] = [];
  private lineNumbers: number[] = [];
  private addedBytes = 0;
  private truncated = false;
  /** Oldest commit that added each secret at each path: git log runs newest first, so later entries win. */
  private readonly found = new Map<string, RawFinding>();
  private readonly detector = secretsDetector();
  private readonly maxBytes: number;

  constructor(
    private readonly root: string,
    private readonly options: HistoryOptions,
    private readonly issues: ScanIssue[],
  ) {
    this.maxBytes = options.maxFileBytes ?? 8 * 1024 * 1024;
  }

  line(line: string): void {
    const c = line.charCodeAt(0);
    if (!this.inHeader && this.path !== undefined) {
      // Hunk body: the hot path. Added lines start with '+' (normal) or have '+' in the first `parents` columns (combined).
      if (this.parents === 1) {
        if (c === 43 /* + */) {
          if (!this.skip) this.add(line.slice(1));
          this.newLine++;
          return;
        }
        if (c === 45 /* - */ || c === 92 /* \ */) return;
      } else if (c === 43 || c === 45 || c === 32) {
        const prefix = line.slice(0, this.parents);
        if (!prefix.includes('-')) {
          if (prefix.includes('+') && !this.skip) this.add(line.slice(this.parents));
          this.newLine++;
        }
        return;
      }
    }
    if (c === 64 /* @ */) {
      this.inHeader = false;
      // `@@ -a,b +c,d @@` or `@@@ -a,b -c,d +e,f @@@`: the new-file start follows the last '+'.
      const plus = line.indexOf(' +');
      if (plus !== -1) this.newLine = parseInt(line.slice(plus + 2), 10) || 0;
      return;
    }
    if (c === 1) {
      this.flushFile();
      const [sha, author, email, date, subject] = line.slice(1).split('\0');
      this.commit = { sha: sha ?? '', author: author ?? '', ...(email ? { email } : {}), date: date ?? '', ...(subject ? { message: subject } : {}) };
      this.commits++;
      this.path = undefined;
      return;
    }
    if (c === 100 /* d */ && (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined '))) {
      this.flushFile();
      this.inHeader = true;
      this.path = undefined;
      this.parents = line.startsWith('diff --git ') ? 1 : 2;
      if (this.parents === 2) this.setPath(unquote(line.slice(line.indexOf(' ', 7) + 1)));
      return;
    }
    if (!this.inHeader) return;
    if (c === 43 && line.startsWith('+++ ')) {
      const target = line.slice(4);
      if (target === '/dev/null') this.setPath(undefined);
      else this.setPath(stripPrefix(unquote(target)));
      return;
    }
    if (c === 66 /* B */ && line.startsWith('Binary files ')) {
      this.binaries++;
      this.skip = true;
      return;
    }
  }

  private setPath(path: string | undefined): void {
    this.path = path ?? '';
    this.skip =
      path === undefined ||
      skipByPath(path) !== undefined ||
      !acceptsSecrets({ path, type: classify(path), sizeBytes: 0 }) ||
      (this.options.exclude?.(path) ?? false);
  }

  private add(text: string): void {
    if (this.truncated) return;
    this.addedBytes += text.length + 1;
    if (this.addedBytes > this.maxBytes) {
      this.truncated = true;
      this.issues.push({
        code: 'read-error',
        path: this.path,
        message: `commit ${this.commit?.sha.slice(0, 12)} adds more than ${this.maxBytes} bytes to this file; only the first ${this.maxBytes} bytes were scanned`,
      });
      return;
    }
    this.added.push(text);
    this.lineNumbers.push(this.newLine);
  }

  flushFile(): void {
    const path = this.path;
    if (path && this.added.length && this.commit) {
      // A notebook's cells are JSON strings: decode each line so literals read as written.
      const text = (path.toLowerCase().endsWith('.ipynb') ? this.added.map(decodeNotebookLine) : this.added).join('\n');
      const detections = this.detector.detect(text, {
        path,
        isCode: classify(path).kind === 'source',
        isTestPath: isTestPath(path),
        ...(this.options.isRuleEnabled ? { enabled: this.options.isRuleEnabled } : {}),
        ...(this.options.count ? { filtered: this.options.count } : {}),
      });
      if (detections.length) {
        const index = new LineIndex(text);
        for (const d of detections) {
          const start = index.position(d.start);
          const end = index.position(d.end);
          const key = `${d.rule.meta.id}\0${path}\0${sha256(d.secret)}`;
          this.found.set(key, {
            ruleId: d.rule.meta.id,
            message: `${d.rule.meta.title} (${d.secret.length} characters) was added in commit ${this.commit.sha.slice(0, 12)}.`,
            location: {
              path,
              startLine: this.lineNumbers[start.line - 1] ?? 1,
              startColumn: start.column,
              endLine: this.lineNumbers[end.line - 1] ?? 1,
              endColumn: end.column,
            },
            secretValue: d.secret,
            // The added line as committed; the core redacts the secret from it.
            snippet: (this.added[start.line - 1] ?? '').slice(0, 300),
            commit: this.commit,
            ...(d.confidence && d.confidence !== d.rule.meta.confidence ? { confidence: d.confidence } : {}),
            ...(d.properties ? { properties: d.properties } : {}),
          });
        }
      }
    }
    this.added = [];
    this.lineNumbers = [];
    this.addedBytes = 0;
    this.truncated = false;
  }

  /** Marks each finding with whether the secret is still in the working tree. */
  finish(): RawFinding[] {
    const cache = new Map<string, string | undefined>();
    const current = (path: string) => {
      if (!cache.has(path)) {
        const full = join(this.root, path);
        let text: string | undefined;
        try {
          text = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
        } catch {
          text = undefined;
        }
        cache.set(path, text);
      }
      return cache.get(path);
    };
    return [...this.found.values()].map((f) => {
      const text = current(f.location.path);
      const presentInTree = text !== undefined && f.secretValue !== undefined && text.includes(f.secretValue);
      return { ...f, commit: { ...f.commit!, presentInTree } };
    });
  }
}

/** git writes unusual paths as C-quoted strings: "a\tb". */
function unquote(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  const inner = path.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = inner[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(inner.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(({ n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function stripPrefix(path: string): string {
  return path.startsWith('b/') ? path.slice(2) : path;
}
