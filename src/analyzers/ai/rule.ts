import type { AnalyzerContext } from '../../core/analyzer.js';
import type { RawFinding } from '../../core/finding.js';
import type { LineIndex } from '../../core/location.js';
import type { RuleMeta } from '../../core/rule.js';
import type { AgentConfigKind, Target } from '../../core/target.js';
import type { JsonNode } from './jsonc.js';

/** One agent-config file, parsed once and shared by every rule. */
export interface AgentDocument {
  readonly target: Target;
  readonly kind: AgentConfigKind;
  readonly index: LineIndex;
  /** Parsed JSON for mcp-config and agent-settings; undefined when the file is not valid JSON(C). */
  readonly json?: JsonNode;
}

export interface AgentRule {
  readonly meta: RuleMeta;
  /** Which agent-config formats the rule reads. */
  readonly kinds: readonly AgentConfigKind[];
  /** Needs parsed JSON; skipped (the parse error is already an issue) when parsing failed. */
  readonly needsJson?: boolean;
  check(doc: AgentDocument, context: Pick<AnalyzerContext, 'count'>): RawFinding[];
}

export const ALL_KINDS: readonly AgentConfigKind[] = ['instructions', 'mcp-config', 'agent-settings'];
