import { get, headSpan, items, str, type Span, type VNode } from '../model.js';
import type { K8sObject } from './kubernetes.js';

/** One entry of a Role's or ClusterRole's `rules:` list. */
export interface PolicyRule {
  readonly node: VNode;
  readonly apiGroups?: VNode;
  readonly resources?: VNode;
  readonly verbs?: VNode;
}

export function policyRules(obj: K8sObject): PolicyRule[] {
  if (obj.kind !== 'Role' && obj.kind !== 'ClusterRole') return [];
  return items(get(obj.root, 'rules'))
    .filter((r) => r.kind === 'map')
    .map((node) => ({ node, apiGroups: get(node, 'apiGroups'), resources: get(node, 'resources'), verbs: get(node, 'verbs') }));
}

/** What a request needs: `pods/exec` is resource `pods` with subresource `exec`, in API group `group`. */
export interface Access {
  readonly group: string;
  readonly resource: string;
  readonly verbs: readonly string[];
}

const values = (node: VNode | undefined) => items(node).map((x) => str(x) ?? '');

/**
 * The authorizer's own matching (k8s.io/kubernetes plugin/pkg/auth/authorizer/rbac):
 * `*` is the only wildcard and is never a glob (`c*e` matches nothing), and a resource
 * rule `*\/exec` matches the exec subresource of every resource.
 */
function resourceMatches(ruleResource: string, wanted: string): boolean {
  if (ruleResource === '*' || ruleResource === wanted) return true;
  const slash = wanted.indexOf('/');
  if (slash < 0) return false;
  const sub = wanted.slice(slash + 1);
  return ruleResource === `*/${sub}`;
}

/** Whether the rule grants any of `access.verbs` on the resource; a rule without apiGroups is read as any group. */
export function grants(rule: PolicyRule, access: Access): boolean {
  const groups = values(rule.apiGroups);
  if (rule.apiGroups && !groups.some((g) => g === '*' || g === access.group)) return false;
  if (!values(rule.resources).some((r) => resourceMatches(r, access.resource))) return false;
  return values(rule.verbs).some((v) => v === '*' || access.verbs.includes(v));
}

/** The line of a rule's `verbs:` or `resources:` key, or the rule entry when absent. */
export function ruleFieldHead(rule: PolicyRule, field: 'verbs' | 'resources'): Span {
  const node = field === 'verbs' ? rule.verbs : rule.resources;
  return headSpan(node ?? rule.node);
}
