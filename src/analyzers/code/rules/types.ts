import type { NapiConfig, SgNode } from '@ast-grep/napi';
import type { RuleMeta } from '../../../core/rule.js';
import type { Confidence } from '../../../core/severity.js';
import type { CodeLanguage } from '../parsing/parse.js';
import type { TaintRule } from '../taint/types.js';

export type { TaintRule };

/** Structural rule: every match of any matcher is a finding, after cheap text prefilters. */
export interface PatternRule {
  readonly kind: 'pattern';
  readonly meta: RuleMeta;
  readonly language: CodeLanguage;
  /** The file must contain at least one of these strings before the tree is searched. */
  readonly prefilter: readonly string[];
  readonly matchers: readonly NapiConfig['rule'][];
  readonly message: string;
  /** Test code is where `assert`, fixed seeds and fake credentials belong. */
  readonly skipInTests?: boolean;
  /** Extra logic on a match: return false to drop it, or a confidence to lower it. */
  readonly check?: (node: SgNode, text: string) => boolean | Confidence;
  /**
   * A configuration that only matters where data reaches the sinks of this taint rule (an XXE-enabled
   * parser): dropped when the taint engine proved every such sink in the file fed by constants.
   */
  readonly sinkRule?: string;
}

/**
 * Application-level omission: one finding per app entry point (the `express()`/`Flask()` call)
 * when the file shows the risky feature and none of the protections.
 */
export interface AppRule {
  readonly kind: 'app';
  readonly meta: RuleMeta;
  readonly language: CodeLanguage;
  /** The file must contain one of these (the framework). */
  readonly prefilter: readonly string[];
  readonly entry: NapiConfig['rule'];
  /** All of these must be present (the feature that needs protecting), when given. */
  readonly requires?: readonly string[];
  /** Any of these present means the app is protected. */
  readonly protections: readonly string[];
  readonly message: string;
}

export type CodeRule = TaintRule | PatternRule | AppRule;
