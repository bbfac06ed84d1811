import type { RuleMeta } from '../../core/rule.js';
import type { Confidence } from '../../core/severity.js';
import type { AwsModel } from './adapters/aws-model.js';
import type { ComposeFile } from './platforms/compose.js';
import type { DockerFile } from './platforms/dockerfile.js';
import type { Workflow } from './platforms/github-actions.js';
import type { K8sObject, K8sProject } from './platforms/kubernetes.js';
import type { Span } from './model.js';

export interface Where {
  readonly path: string;
  readonly resource?: string;
}

/**
 * A finding at `span` in `where.path`; the runner fills rule id and metadata. `opts.confidence`
 * lowers the rule's confidence for a weaker variant of its case (a default relied on, not a setting written).
 */
export type Emit = (where: Where, span: Span, message: string, identity?: string, opts?: { readonly confidence?: Confidence }) => void;

interface Base {
  readonly meta: RuleMeta;
}

export interface KubernetesRule extends Base {
  readonly platform: 'kubernetes';
  check?(obj: K8sObject, emit: Emit): void;
  /** Cross-object checks over every manifest in the scan (e.g. namespaces without a NetworkPolicy). */
  checkProject?(project: K8sProject, emit: Emit): void;
}
export interface AwsRule extends Base {
  readonly platform: 'aws';
  check(model: AwsModel, emit: Emit): void;
}
export interface DockerfileRule extends Base {
  readonly platform: 'dockerfile';
  check(file: DockerFile, emit: Emit): void;
}
export interface ComposeRule extends Base {
  readonly platform: 'compose';
  check(file: ComposeFile, emit: Emit): void;
}
export interface GithubActionsRule extends Base {
  readonly platform: 'github-actions';
  check(file: Workflow, emit: Emit): void;
}

export type IacRule = KubernetesRule | AwsRule | DockerfileRule | ComposeRule | GithubActionsRule;
