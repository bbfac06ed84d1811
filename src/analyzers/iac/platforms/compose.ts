import { get, type Span, type VNode } from '../model.js';

export interface ComposeService {
  readonly name: string;
  readonly node: VNode;
  readonly head: Span;
}

export interface ComposeFile {
  readonly path: string;
  readonly root: VNode;
  readonly services: readonly ComposeService[];
}

/** A YAML document is a Compose file when it has a `services` map whose entries look like services. */
export function isCompose(root: VNode | undefined): boolean {
  const services = get(root, 'services');
  if (services?.kind !== 'map' || !services.entries?.size) return false;
  for (const s of services.entries.values()) {
    if (s.kind === 'map' && (s.entries?.has('image') || s.entries?.has('build'))) return true;
  }
  return false;
}

export function composeOf(path: string, root: VNode): ComposeFile {
  const services: ComposeService[] = [];
  for (const [name, node] of get(root, 'services')?.entries ?? []) {
    if (node.kind !== 'map') continue;
    const k = node.keySpan ?? node.span;
    services.push({ name, node, head: { sl: k.sl, sc: k.sc, el: k.sl, ec: k.ec } });
  }
  return { path, root, services };
}
