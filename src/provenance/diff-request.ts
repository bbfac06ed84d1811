import { posix } from 'node:path';
import type { Finding } from '../core/finding.js';
import type { ScanIssue } from '../core/issue.js';
import type { LineRange } from '../core/location.js';
import type { ResolvedConfig } from '../config/schema.js';
import type { Baseline } from '../findings/baseline.js';
import type { SuppressionDirective } from '../findings/suppressions.js';
import { git, prepareDiff, readBlobs, type DiffScan } from '../source/git-diff.js';
import { classify } from '../targets/classify.js';
import { annotateFindings, computeProvenance, type Provenance } from './attribute.js';

export interface DiffRequest {
  readonly path: string;
  readonly files: string[];
  readonly contents: Map<string, Buffer>;
  readonly changedLines: Map<string, LineRange[]>;
  readonly config: ResolvedConfig;
  readonly baseline?: Baseline;
  readonly trustDirective: (d: SuppressionDirective) => boolean;
  readonly extraIssues: ScanIssue[];
  readonly annotate: (findings: Finding[]) => Finding[];
}

export interface PreparedDiff {
  readonly diff: DiffScan;
  readonly provenance: Provenance;
  /** Fields to spread into a ScanRequest. */
  readonly request: DiffRequest;
}

/**
 * `scan --diff`: the changed files at HEAD with their added lines, the base commit's config and
 * baseline, suppressions added by the change refused, and findings attributed to AI or not.
 * A changed manifest brings its unchanged sibling lockfile (and vice versa) as context with no
 * reportable lines, so the dependency analyzer can resolve versions.
 */
export function prepareDiffScan(path: string, base: string | undefined, env: Readonly<Record<string, string | undefined>> = {}, configOverride?: ResolvedConfig): PreparedDiff {
  const diff = prepareDiff(path, base, env);
  const config = configOverride ?? diff.settings.config;
  const provenance = computeProvenance(diff.root, diff.base.mergeBase, diff.base.head, diff.changes, config);
  const files = [...diff.files];
  const contents = new Map(diff.contents);
  const changedLines = new Map(diff.changedLines);
  const depDirs = new Set(files.filter((f) => classify(f).kind === 'lockfile').map((f) => posix.dirname(f)));
  if (depDirs.size) {
    const ls = git(diff.root, ['ls-tree', '-z', '--name-only', diff.base.head, '--', ...[...depDirs].map((d) => (d === '.' ? '.' : `${d}/`))]);
    const siblings = ls.stdout.toString('utf8').split('\0').filter((p) => p && !changedLines.has(p) && classify(p).kind === 'lockfile');
    const blobs = readBlobs(diff.root, diff.base.head, siblings);
    for (const [p, b] of blobs) {
      files.push(p);
      contents.set(p, b);
      changedLines.set(p, []);
    }
  }
  const { baseline: _ignored, ...rest } = config;
  const request: DiffRequest = {
    path: diff.root,
    files,
    contents,
    changedLines,
    // The baseline travels as a parsed object read at the base, never as a path on disk (which is HEAD's).
    config: rest as ResolvedConfig,
    ...(diff.settings.baseline ? { baseline: diff.settings.baseline } : {}),
    // Read from the base commit, so only an already-merged config can opt back into self-suppression.
    trustDirective: config.ai.allowSelfSuppression ? () => true : diff.trustDirective,
    extraIssues: [...diff.issues, ...provenance.issues],
    annotate: (findings) => annotateFindings(findings, provenance),
  };
  return { diff, provenance, request };
}
