import { get, headSpan, str, type Span, type VNode } from '../model.js';

export type ContainerType = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface K8sContainer {
  readonly node: VNode;
  readonly name: string;
  readonly type: ContainerType;
}

export interface K8sObject {
  readonly path: string;
  readonly kind: string;
  readonly apiVersion: string;
  readonly name: string;
  /** As written; undefined means the `default` namespace unless applied with -n. */
  readonly namespace?: string;
  readonly root: VNode;
  /** `Deployment/api` */
  readonly resource: string;
  /** Where a finding about the whole object points: its `kind:` line. */
  readonly head: Span;
  readonly pod?: { readonly spec: VNode; readonly metadata?: VNode };
  readonly containers: readonly K8sContainer[];
}

export interface K8sProject {
  readonly objects: readonly K8sObject[];
}

const TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'ReplicationController', 'PodTemplate']);

export function isKubernetes(root: VNode | undefined): boolean {
  return !!root && root.kind === 'map' && str(get(root, 'apiVersion')) !== undefined && str(get(root, 'kind')) !== undefined;
}

/** Objects in one document, unwrapping `List` kinds (`kind: List`, `DeploymentList`, …). */
export function objectsOf(root: VNode, path: string, depth = 0): K8sObject[] {
  const kind = str(get(root, 'kind')) ?? '';
  const itemsNode = get(root, 'items');
  if (kind.endsWith('List') && itemsNode?.kind === 'list' && depth < 3) {
    return (itemsNode.items ?? []).filter(isKubernetesItem).flatMap((i) => objectsOf(i, path, depth + 1));
  }
  const metadata = get(root, 'metadata');
  const name = str(get(metadata, 'name')) ?? str(get(metadata, 'generateName')) ?? '<unnamed>';
  const namespace = str(get(metadata, 'namespace'));
  const kindNode = get(root, 'kind');
  let pod: { spec: VNode; metadata?: VNode } | undefined;
  let template: VNode | undefined;
  if (kind === 'Pod') pod = get(root, 'spec') ? { spec: get(root, 'spec')!, metadata } : undefined;
  else if (kind === 'CronJob') template = get(root, 'spec', 'jobTemplate', 'spec', 'template');
  else if (kind === 'PodTemplate') template = get(root, 'template');
  else if (TEMPLATE_KINDS.has(kind)) template = get(root, 'spec', 'template');
  // Kinds that wrap a pod template the same way (Knative, Argo Rollouts, OpenKruise…).
  else if (get(root, 'spec', 'template', 'spec', 'containers')?.kind === 'list') template = get(root, 'spec', 'template');
  if (template && get(template, 'spec')?.kind === 'map') pod = { spec: get(template, 'spec')!, metadata: get(template, 'metadata') };
  const containers: K8sContainer[] = [];
  if (pod) {
    for (const type of ['containers', 'initContainers', 'ephemeralContainers'] as const) {
      const list = get(pod.spec, type);
      for (const c of list?.kind === 'list' ? list.items ?? [] : []) {
        if (c.kind === 'map') containers.push({ node: c, name: str(get(c, 'name')) ?? '<unnamed>', type });
      }
    }
  }
  return [{ path, kind, apiVersion: str(get(root, 'apiVersion')) ?? '', name, namespace, root, resource: `${kind}/${name}`, head: kindNode ? headSpan(kindNode) : root.span, pod, containers }];
}

function isKubernetesItem(node: VNode): boolean {
  return isKubernetes(node);
}

/** The first line of a container entry (`- name: app`). */
export function containerHead(c: K8sContainer): Span {
  const first = [...(c.node.entries?.values() ?? [])][0];
  const s = first?.keySpan ?? c.node.span;
  return { sl: s.sl, sc: s.sc, el: s.sl, ec: s.ec };
}

/**
 * A setting under a container: the value when present, else the deepest ancestor that
 * exists, so "missing" points where the setting belongs.
 */
export function locate(base: VNode, baseHead: Span, ...path: string[]): { node?: VNode; span: Span } {
  let cur: VNode | undefined = base;
  let span = baseHead;
  for (const step of path) {
    const next: VNode | undefined = get(cur, step);
    if (!next) return { span };
    cur = next;
    span = headSpan(next);
  }
  return { node: cur, span };
}

/** The pod spec's head: its `spec:` key line. */
export function podHead(obj: K8sObject): Span {
  return obj.pod ? headSpan(obj.pod.spec) : obj.head;
}

/** A container-level setting, falling back to the pod-level one (securityContext fields that both levels carry). */
export function effective(obj: K8sObject, c: K8sContainer, field: string): VNode | undefined {
  const own = get(c.node, 'securityContext', field);
  if (own && !(own.kind === 'scalar' && own.value === null)) return own;
  return obj.pod ? get(obj.pod.spec, 'securityContext', field) : undefined;
}

export const WORKLOAD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'ReplicationController', 'PodTemplate']);

/**
 * A `resources.<kind>.<name>` setting. When it is missing the finding points at the
 * `requests:`/`limits:` map that should hold it, or else at the container's first line
 * (its name), never at a bare `resources:` key that says nothing about which is missing.
 */
export function resourceSetting(c: K8sContainer, kind: 'limits' | 'requests', name: string): { node?: VNode; span: Span } {
  const parent = get(c.node, 'resources', kind);
  const node = get(parent, name);
  if (node && !(node.kind === 'scalar' && node.value === null)) return { node, span: headSpan(node) };
  return { span: parent ? headSpan(parent) : containerHead(c) };
}
