/**
 * Problems that are not findings: something could not be read, parsed or trusted.
 * The scan continues; `--strict` makes these block, because a silent miss is the
 * worst failure a scanner can have.
 */
export const ISSUE_CODES = [
  'parse-error',
  'read-error',
  'rule-crashed',
  'analyzer-crashed',
  'data-stale',
  'data-missing',
  'advisories-unavailable',
  'unresolved',
  'incomplete-history',
  'render-required',
  'symlink-outside-root',
  'symlink-loop',
  'invalid-suppression',
  'invalid-encoding',
  'unused-suppression',
  'unknown-rule',
  'config-changed-in-diff',
  'git-error',
  'network-error',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface ScanIssue {
  readonly code: IssueCode;
  readonly message: string;
  readonly path?: string;
  readonly line?: number;
  readonly ruleId?: string;
  readonly analyzer?: string;
}
