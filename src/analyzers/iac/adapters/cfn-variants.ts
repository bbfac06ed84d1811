import type { Confidence } from '../../../core/severity.js';
import { confidenceRank } from '../../../core/severity.js';
import type { Span } from '../model.js';
import type { AwsRule, Emit, Where } from '../rule.js';
import { buildModel, type AwsModel } from './aws-model.js';
import type { CfnResource, CfnVariant } from './cloudformation.js';
import type { TfResource } from './terraform.js';

/**
 * CloudFormation resources whose Fn::Ifs hang on conditions the template cannot decide are
 * checked once per variant (an assignment of those conditions), as Terraform's count and
 * for_each instances are checked one by one. A finding in every variant of its resource is
 * reported as it is; one in only some is reported once, at medium confidence at most, with
 * the conditions under which it holds.
 */
export interface ConditionWorlds {
  check(rule: AwsRule, emit: Emit): void;
}

interface Pending {
  readonly resource: CfnResource & { readonly variants: readonly CfnVariant[] };
  readonly where: Where;
  span: Span;
  readonly message: string;
  readonly identity: string | undefined;
  readonly id: string;
  confidence: Confidence | undefined;
  readonly worlds: Set<number>;
}

const key = (path: string, resource: string | undefined) => `${path}\u0000${resource ?? ''}`;
const spanKey = (s: Span) => `${s.sl}:${s.sc}:${s.el}:${s.ec}`;

/**
 * Models for the variants, or undefined when no resource has any. World `w` holds variant `w`
 * of every conditional resource that has one (the others keep their unknowns there) beside
 * every other resource as it is, since rules link resources across files (a log bucket named
 * in another template, registry scanning rules for repositories) and across formats. So the
 * extra work is one run of each AWS rule per world, at most 2^MAX_CONDITIONS, and none when no
 * Fn::If is undecided. Resources that use the same undecided conditions have the same
 * assignment in world `w`; others are not aligned (a condition may be true for one resource
 * and false for another there), which matters only to a rule that reads two conditional
 * resources together, such as a bucket policy beside its bucket.
 */
export function conditionWorlds(tf: readonly TfResource[], cfn: readonly CfnResource[]): ConditionWorlds | undefined {
  const conditional = new Map<string, Pending['resource'] | null>();
  for (const r of cfn) {
    if (!r.variants || r.variants.length < 2) continue;
    const k = key(r.path, r.logicalId);
    // Two documents of one file with the same logical id cannot be told apart by their findings.
    conditional.set(k, conditional.has(k) ? null : (r as Pending['resource']));
  }
  for (const [k, r] of conditional) if (!r) conditional.delete(k);
  if (!conditional.size) return undefined;
  const count = Math.max(...[...conditional.values()].map((r) => r!.variants.length));
  // The model as it is, noting the most variants among the conditional resources a rule reads.
  // Only their properties differ between worlds, so in a world where each resource the rule
  // read is as it is here, the rule reads and reports the same: a rule that reads none (most)
  // needs no world, and one that reads resources of at most n variants needs n worlds.
  let reach = 0;
  const base = buildModel(tf, cfn.map((r) => {
    if (conditional.get(key(r.path, r.logicalId)) !== r) return r;
    return Object.defineProperty({ ...r }, 'props', { enumerable: true, get: () => ((reach = Math.max(reach, r.variants!.length)), r.props) });
  }));
  const worlds: AwsModel[] = [];
  for (let w = 0; w < count; w++) {
    worlds.push(buildModel(tf, cfn.map((r) => (r.variants && w < r.variants.length && conditional.get(key(r.path, r.logicalId)) === r ? { ...r, props: r.variants[w]!.props } : r))));
  }
  return {
    check(rule, emit) {
      const first: Parameters<Emit>[] = [];
      reach = 0;
      rule.check(base, (...args) => first.push(args));
      if (!reach) {
        for (const args of first) emit(...args);
        return;
      }
      const read = reach;
      const found = new Map<string, Pending>();
      const note = (w: number, [where, span, message, identity, opts]: Parameters<Emit>) => {
        const resource = conditional.get(key(where.path, where.resource));
        if (!resource || w >= resource.variants.length) return;
        const id = identity ?? `${where.resource ?? ''}|${message}`;
        const k = `${key(where.path, where.resource)}\u0000${spanKey(span)}\u0000${id}`;
        let p = found.get(k);
        if (!p) found.set(k, (p = { resource, where, span, message, identity, id, confidence: opts?.confidence, worlds: new Set() }));
        p.worlds.add(w);
      };
      // Findings on other resources come from the model as it is; those on conditional
      // resources from their variants, where the Fn::Ifs are resolved.
      for (const args of first) if (!conditional.has(key(args[0].path, args[0].resource))) emit(...args);
      for (let w = 0; w < read; w++) rule.check(worlds[w]!, (...args) => note(w, args));
      for (const args of first) for (let w = read; w < count; w++) note(w, args);
      // A setting that a variant removes is reported at its resource or parent block; it
      // belongs at the Fn::If that removed it, where the same finding from the other branch
      // (a `false` written there) is, and the two are then one finding.
      const merged = new Map<string, Pending>();
      for (const p of found.values()) {
        const span = p.worlds.size < p.resource.variants.length ? (removedAt(p) ?? p.span) : p.span;
        const k = `${key(p.where.path, p.where.resource)}\u0000${spanKey(span)}\u0000${p.id}`;
        const m = merged.get(k);
        if (!m) merged.set(k, { ...p, span, worlds: new Set(p.worlds) });
        else {
          for (const w of p.worlds) m.worlds.add(w);
          m.confidence = lower(m.confidence, p.confidence);
        }
      }
      for (const m of merged.values()) {
        if (m.worlds.size === m.resource.variants.length) {
          emit(m.where, m.span, m.message, m.identity, m.confidence ? { confidence: m.confidence } : undefined);
          continue;
        }
        const text = m.message.endsWith('.') ? m.message.slice(0, -1) : m.message;
        emit(m.where, m.span, `${text} (when ${describe(m.resource, m.worlds)}).`, m.id, { confidence: lower(lower(m.confidence, rule.meta.confidence), 'medium')! });
      }
    },
  };
}

function lower(a: Confidence | undefined, b: Confidence | undefined): Confidence | undefined {
  if (!a) return b;
  if (!b) return a;
  return confidenceRank(a) <= confidenceRank(b) ? a : b;
}

/**
 * The Fn::If that removed the setting a finding at its container's head is about: the one
 * removal there in every variant with the finding, or, of several, the one removal made in
 * exactly those variants. Otherwise the finding stays where the rule put it.
 */
function removedAt(p: Pending): Span | undefined {
  const here = spanKey(p.span);
  const sites = new Map<string, { at: Span; worlds: Set<number> }>();
  p.resource.variants.forEach((v, w) => {
    for (const r of v.removed) {
      if (spanKey(r.container) !== here) continue;
      const s = sites.get(spanKey(r.at)) ?? { at: r.at, worlds: new Set<number>() };
      s.worlds.add(w);
      sites.set(spanKey(r.at), s);
    }
  });
  const always = [...sites.values()].filter((s) => [...p.worlds].every((w) => s.worlds.has(w)));
  if (always.length === 1) return always[0]!.at;
  const exact = always.filter((s) => s.worlds.size === p.worlds.size);
  return exact.length === 1 ? exact[0]!.at : undefined;
}

/**
 * The variants in `worlds` as conditions: the fewest conjunctions of `condition X is true`
 * that cover exactly those variants among the resource's (greedy over every partial
 * assignment; at most 3^4 of them).
 */
export function describe(resource: { readonly conditions?: readonly string[]; readonly variants?: readonly CfnVariant[] }, worlds: ReadonlySet<number>): string {
  const names = resource.conditions ?? [];
  const variants = resource.variants ?? [];
  const cubes: { literals: [string, boolean][]; covers: number[] }[] = [];
  const total = 3 ** names.length;
  for (let code = 1; code < total; code++) {
    const literals: [string, boolean][] = [];
    let c = code;
    for (const name of names) {
      const digit = c % 3;
      c = Math.floor(c / 3);
      if (digit) literals.push([name, digit === 1]);
    }
    const covers: number[] = [];
    let inside = true;
    variants.forEach((v, w) => {
      if (!literals.every(([n, value]) => v.when.get(n) === value)) return;
      if (worlds.has(w)) covers.push(w);
      else inside = false;
    });
    if (inside && covers.length) cubes.push({ literals, covers });
  }
  const left = new Set(worlds);
  const chosen: [string, boolean][][] = [];
  while (left.size) {
    let best: (typeof cubes)[number] | undefined;
    let gain = 0;
    for (const cube of cubes) {
      const g = cube.covers.filter((w) => left.has(w)).length;
      if (g > gain || (g === gain && best && cube.literals.length < best.literals.length)) {
        best = cube;
        gain = g;
      }
    }
    if (!best || !gain) break;
    for (const w of best.covers) left.delete(w);
    chosen.push(best.literals);
  }
  return chosen.map((literals) => literals.map(([n, v]) => `condition ${n} is ${v}`).join(' and ')).join(', or ');
}
