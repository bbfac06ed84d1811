import { get, str, type Span, type VNode } from '../model.js';

export interface Step {
  readonly node: VNode;
  readonly uses?: string;
  readonly usesNode?: VNode;
  readonly run?: VNode;
  readonly job?: Job;
}

export interface Job {
  readonly id: string;
  readonly node: VNode;
  readonly head: Span;
  readonly steps: readonly Step[];
}

export interface Workflow {
  readonly path: string;
  readonly root: VNode;
  /** A composite action (`action.yml`) rather than a workflow. */
  readonly isAction: boolean;
  /** Trigger event names. */
  readonly events: ReadonlySet<string>;
  readonly onNode?: VNode;
  readonly jobs: readonly Job[];
  /** Steps of every job, or of a composite action. */
  readonly steps: readonly Step[];
  readonly head: Span;
}

function stepsOf(list: VNode | undefined, job?: Job): Step[] {
  const out: Step[] = [];
  for (const s of list?.kind === 'list' ? list.items ?? [] : []) {
    if (s.kind !== 'map') continue;
    const usesNode = get(s, 'uses');
    out.push({ node: s, uses: str(usesNode), usesNode, run: get(s, 'run'), job });
  }
  return out;
}

export function workflowOf(path: string, root: VNode, isAction: boolean): Workflow {
  // YAML 1.1 readers turn a bare `on:` key into `true`; the yaml package (1.2) keeps "on".
  const onNode = get(root, 'on') ?? get(root, 'true');
  const events = new Set<string>();
  if (onNode?.kind === 'scalar' && typeof onNode.value === 'string') events.add(onNode.value);
  else if (onNode?.kind === 'list') {
    for (const i of onNode.items ?? []) if (i.kind === 'scalar') events.add(String(i.value));
  } else if (onNode?.kind === 'map') {
    for (const k of onNode.entries?.keys() ?? []) events.add(k);
  }
  const jobs: Job[] = [];
  for (const [id, node] of get(root, 'jobs')?.entries ?? []) {
    if (node.kind !== 'map') continue;
    const k = node.keySpan ?? node.span;
    const job: { id: string; node: VNode; head: Span; steps: Step[] } = { id, node, head: { sl: k.sl, sc: k.sc, el: k.sl, ec: k.ec }, steps: [] };
    job.steps = stepsOf(get(node, 'steps'), job);
    jobs.push(job);
  }
  const steps = isAction ? stepsOf(get(root, 'runs', 'steps')) : jobs.flatMap((j) => j.steps);
  const first = [...(root.entries?.values() ?? [])][0];
  const h = first?.keySpan ?? root.span;
  return { path, root, isAction, events, onNode, jobs, steps, head: { sl: h.sl, sc: h.sc, el: h.sl, ec: h.ec } };
}
