import { performance } from 'node:perf_hooks';
import type { Confidence } from '../../../core/severity.js';
import { shannonEntropy } from './entropy.js';
import { KeywordMatcher } from './keywords.js';
import { isDocumentedExample, providerPlaceholderReason } from '../../shared/placeholders.js';
import type { Candidate, DetectContext, SecretRule } from './rule.js';

export interface Detection extends Candidate {
  readonly rule: SecretRule;
}

export interface DetectOptions {
  readonly path: string;
  readonly isCode: boolean;
  readonly isTestPath: boolean;
  readonly enabled?: (ruleId: string) => boolean;
  readonly filtered?: (ruleId: string, reason: string) => void;
  readonly time?: (ruleId: string, ms: number) => void;
}

/** Rules compiled once per process: one keyword automaton for the whole set. */
export class Detector {
  private readonly matcher: KeywordMatcher;
  /** keyword id → indexes of the rules it triggers */
  private readonly rulesByKeyword: number[][];
  /** Per rule: runs without a keyword. Copied as the starting state of every text. */
  private readonly unkeyed: boolean[];

  constructor(readonly rules: readonly SecretRule[]) {
    const keywordIds = new Map<string, number>();
    const byKeyword: number[][] = [];
    rules.forEach((rule, index) => {
      if (rule.keywords.length === 0 && !rule.unkeyed) throw new Error(`${rule.meta.id} has no keywords`);
      for (const kw of rule.keywords) {
        let id = keywordIds.get(kw);
        if (id === undefined) {
          id = keywordIds.size;
          keywordIds.set(kw, id);
          byKeyword.push([]);
        }
        byKeyword[id]!.push(index);
      }
    });
    this.matcher = new KeywordMatcher([...keywordIds.keys()]);
    this.unkeyed = rules.map((r) => r.unkeyed === true);
    this.rulesByKeyword = byKeyword;
  }

  /** Which rules have a keyword in the text: the only ones worth a regex. */
  triggered(text: string): boolean[] {
    const hit = this.unkeyed.slice();
    const seenKeyword = new Uint8Array(this.rulesByKeyword.length);
    let remaining = this.rulesByKeyword.length;
    this.matcher.scan(text, (kw) => {
      if (seenKeyword[kw]) return false;
      seenKeyword[kw] = 1;
      for (const r of this.rulesByKeyword[kw]!) hit[r] = true;
      return --remaining === 0;
    });
    return hit;
  }

  detect(text: string, options: DetectOptions): Detection[] {
    const hit = this.triggered(text);
    const found: Detection[] = [];
    for (let i = 0; i < this.rules.length; i++) {
      if (!hit[i]) continue;
      const rule = this.rules[i]!;
      if (options.enabled && !options.enabled(rule.meta.id)) continue;
      const t0 = options.time ? performance.now() : 0;
      const context: DetectContext = {
        text,
        path: options.path,
        isCode: options.isCode,
        isTestPath: options.isTestPath,
        filtered: (reason) => options.filtered?.(rule.meta.id, reason),
      };
      for (const c of runRule(rule, context)) found.push({ ...c, rule });
      if (options.time) options.time(rule.meta.id, performance.now() - t0);
    }
    return resolveOverlaps(found, options.filtered);
  }
}

export function runRule(rule: SecretRule, context: DetectContext): Candidate[] {
  if (rule.find) return rule.find(context);
  const out: Candidate[] = [];
  if (rule.precheck && !rule.precheck.test(context.text)) return out;
  const pattern = rule.pattern!;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(context.text)) !== null) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const secret = m.groups?.secret;
    if (!secret) continue;
    const body = m.groups?.body ?? secret;
    const reason = reject(rule, secret, body, m, context);
    if (reason) {
      context.filtered(reason);
      continue;
    }
    const start = m.index + m[0].lastIndexOf(secret);
    out.push({ start, end: start + secret.length, secret, body });
  }
  return out;
}

function reject(rule: SecretRule, secret: string, body: string, m: RegExpExecArray, context: DetectContext): string | undefined {
  return screenReason(secret, body, { placeholders: !rule.noPlaceholderCheck, ...(rule.minEntropy !== undefined ? { minEntropy: rule.minEntropy } : {}) }) ?? rule.validate?.(secret, m, context);
}

/**
 * Why a value matching a provider's format is not a secret, or undefined: a documented
 * example, a placeholder in its secret-bearing `body`, or too little entropy there. Rules with
 * their own `find` screen their matches with it too.
 */
export function screenReason(secret: string, body: string, options: { readonly placeholders?: boolean; readonly minEntropy?: number }): string | undefined {
  if (isDocumentedExample(secret)) return 'documented-example';
  if (options.placeholders !== false) {
    const placeholder = providerPlaceholderReason(body);
    if (placeholder) return placeholder;
  }
  if (options.minEntropy !== undefined && shannonEntropy(body) < options.minEntropy) return 'low-entropy';
  return undefined;
}

/**
 * A provider rule beats a generic one on an overlapping span (it knows the format); two
 * provider rules on the same span keep the more specific (longer match, then rule order); a
 * context-found (keyed) value inside a format rule's span is dropped.
 */
function resolveOverlaps(found: Detection[], filtered: DetectOptions['filtered']): Detection[] {
  if (found.length < 2) return found;
  // A hostile file can hold tens of thousands of candidates: pairwise checks took minutes on a
  // 1 MB file, so providers are sorted once with the running maximum of their ends, and whether
  // one overlaps a span is a binary search.
  const providers = found.filter((d) => !d.rule.generic).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const p of providers) maxEnd.push(Math.max(p.end, maxEnd[maxEnd.length - 1] ?? -1));
  const overlapsProvider = (d: Detection): boolean => {
    let lo = 0;
    let hi = providers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (providers[mid]!.start < d.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > d.start;
  };
  const kept: Detection[] = [];
  for (const d of found) {
    if (d.rule.generic && overlapsProvider(d)) {
      filtered?.(d.rule.meta.id, 'provider-rule-wins');
      continue;
    }
    kept.push(d);
  }
  // Sorted by start, then length, equal spans are adjacent: each is compared with its own group only.
  const sorted = kept.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || rank(a) - rank(b));
  const out: Detection[] = [];
  let group: Detection[] = [];
  // The format finding reaching furthest so far: it contains any later span that ends before it.
  let container: Detection | undefined;
  for (const d of sorted) {
    if (group.length > 0 && (group[0]!.start !== d.start || group[0]!.end !== d.end)) group = [];
    const same = group.find((o) => o.rule !== d.rule);
    if (same) {
      filtered?.(d.rule.meta.id, `same-span-as-${same.rule.meta.id}`);
      continue;
    }
    // A value found by context inside a format rule's span (the password half of a Sidekiq
    // `user:password` URL, a Secret entry's value) is the same credential: reported once.
    if (d.rule.keyed && container && container.end >= d.end && (container.start !== d.start || container.end !== d.end)) {
      filtered?.(d.rule.meta.id, `inside-span-of-${container.rule.meta.id}`);
      continue;
    }
    group.push(d);
    out.push(d);
    if (!d.rule.keyed && !d.rule.generic && !d.rule.fallback && (!container || d.end > container.end)) container = d;
  }
  return out;
}

export function confidenceOf(d: Detection): Confidence {
  return d.confidence ?? d.rule.meta.confidence;
}

/** Same-span ties: format rules first, then broad legacy formats, then name-keyed rules. */
function rank(d: Detection): number {
  return d.rule.keyed ? 2 : d.rule.fallback ? 1 : 0;
}
