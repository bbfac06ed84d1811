import type { LineRange } from './location.js';

export const LANGUAGES = ['javascript', 'typescript', 'python', 'go', 'ruby', 'java', 'php', 'shell', 'rust', 'csharp'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LOCKFILE_FORMATS = [
  'package-lock', 'npm-shrinkwrap', 'yarn-lock', 'pnpm-lock', 'bun-lock', 'package-json',
  'requirements-txt', 'poetry-lock', 'pipfile-lock', 'uv-lock', 'pyproject-toml',
  'go-mod', 'go-sum', 'cargo-lock', 'gemfile-lock', 'composer-lock',
] as const;
export type LockfileFormat = (typeof LOCKFILE_FORMATS)[number];

/**
 * `yaml` is undecided YAML: the IaC analyzer sniffs its content (Kubernetes, CloudFormation, Compose).
 */
export const IAC_FORMATS = [
  'yaml', 'terraform', 'terraform-vars', 'terraform-plan', 'cloudformation-json', 'dockerfile',
  'docker-compose', 'github-workflow', 'github-action', 'helm-template',
] as const;
export type IacFormat = (typeof IAC_FORMATS)[number];

export const AGENT_CONFIG_KINDS = ['instructions', 'mcp-config', 'agent-settings'] as const;
export type AgentConfigKind = (typeof AGENT_CONFIG_KINDS)[number];

export type TargetType =
  | { readonly kind: 'source'; readonly language: Language }
  | { readonly kind: 'lockfile'; readonly format: LockfileFormat }
  | { readonly kind: 'iac'; readonly format: IacFormat }
  | { readonly kind: 'agent-config'; readonly format: AgentConfigKind }
  | { readonly kind: 'text' };

/** What the core knows about a file before anything reads it. Serialisable (crosses worker threads). */
export interface TargetInfo {
  /** Relative to the scan root, '/'-separated. */
  readonly path: string;
  readonly type: TargetType;
  readonly sizeBytes: number;
  /** Set when scanning a diff: only findings on these lines are reported. */
  readonly changedLines?: readonly LineRange[];
}

/** A target with its content. Analyzers never open files themselves; the core reads for them. */
export interface Target extends TargetInfo {
  readonly text: string;
}

export const SKIP_REASONS = ['binary', 'minified', 'too-large', 'generated', 'vendored', 'ignored', 'unsupported', 'unreadable', 'symlink'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkippedTarget {
  readonly path: string;
  readonly reason: SkipReason;
  readonly detail?: string;
}
