import type { SgNode } from '@ast-grep/napi';
import type { Analyzer, AnalyzerContext, AnalysisResult } from '../../core/analyzer.js';
import type { RawFinding } from '../../core/finding.js';
import type { ScanIssue } from '../../core/issue.js';
import { LineIndex } from '../../core/location.js';
import type { Target, TargetInfo } from '../../core/target.js';
import { grammarFor, parseFile, type CodeLanguage } from './parsing/parse.js';
import { rules } from './rules/index.js';
import type { AppRule, CodeRule, PatternRule, TaintRule } from './rules/types.js';
import { lastSegment, TaintEngine } from './taint/engine.js';
import { ORIGIN_CONFIDENCE } from './taint/types.js';
import { isTestCode } from '../../targets/test-paths.js';


interface LanguageRules {
  readonly taint: TaintRule[];
  readonly pattern: PatternRule[];
  readonly app: AppRule[];
  /** Cheap text keys: a file with none of them cannot reach any sink. */
  readonly sinkKeys: string[];
}

function group(all: readonly CodeRule[], language: CodeLanguage, enabled: (id: string) => boolean): LanguageRules {
  const out: LanguageRules = { taint: [], pattern: [], app: [], sinkKeys: [] };
  const keys = new Set<string>();
  for (const rule of all) {
    if (rule.language !== language || !enabled(rule.meta.id)) continue;
    if (rule.kind === 'taint') {
      out.taint.push(rule);
      for (const s of rule.sinks) {
        for (const c of s.calls ?? []) keys.add(lastSegment(c));
        for (const m of s.methods ?? []) keys.add(m);
        for (const p of s.assignProps ?? []) keys.add(p);
        for (const a of s.jsxAttrs ?? []) keys.add(a);
        if (s.routeReturn) keys.add('return');
        for (const r of s.assignRoots ?? []) keys.add(r);
      }
    } else if (rule.kind === 'pattern') out.pattern.push(rule);
    else out.app.push(rule);
  }
  out.sinkKeys.push(...keys);
  return out;
}

/** Rule groups per scan context (one per worker) and language: rebuilding them for every file cost ~4% of a JS scan. */
const groups = new WeakMap<AnalyzerContext, Map<CodeLanguage, LanguageRules>>();
function groupFor(context: AnalyzerContext, language: CodeLanguage): LanguageRules {
  let byLanguage = groups.get(context);
  if (!byLanguage) groups.set(context, (byLanguage = new Map()));
  let set = byLanguage.get(language);
  if (!set) byLanguage.set(language, (set = group(rules, language, (id) => context.isRuleEnabled(id))));
  return set;
}

function analyze(target: Target, context: AnalyzerContext): AnalysisResult {
  const grammar = grammarFor(target.path);
  if (!grammar) return { findings: [] };
  const text = target.text;
  const set = groupFor(context, grammar.language);
  const findings: RawFinding[] = [];
  const issues: ScanIssue[] = [];
  const isTest = isTestCode(target.path);
  // Test code has no request sources worth reporting and its helpers' parameters are fixtures: skip taint there.
  const wantTaint = set.taint.length > 0 && !isTest && set.sinkKeys.some((k) => text.includes(k));
  const patterns = set.pattern.filter((r) => !(isTest && r.skipInTests) && r.prefilter.some((p) => text.includes(p)));
  const apps = isTest ? [] : set.app.filter((r) => r.prefilter.some((p) => text.includes(p)));
  if (!wantTaint && patterns.length === 0 && apps.length === 0) return { findings };

  let root: SgNode;
  try {
    root = parseFile(grammar.lang, text).root();
  } catch (error) {
    return { findings, issues: [{ code: 'parse-error', message: `could not parse: ${(error as Error).message}`, path: target.path, analyzer: 'code' }] };
  }
  const lines = new LineIndex(text);
  const seen = new Set<string>();
  const push = (f: RawFinding, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(f);
  };
  // A taint finding and a coarse pattern rule on the same call and CWE are one problem: keep the taint one (it has a trace).
  const taintAt = new Set<string>();
  // Sink calls whose arguments the taint engine proved constant or sanitized: a coarse pattern rule on the same call and CWE stays quiet.
  const safeAt = new Set<string>();
  const sinkVisits = new Map<string, { seen: number; safe: number }>();
  const cweOfRule = new Map(set.taint.map((r) => [r.meta.id as string, r.meta.cwe]));

  if (wantTaint) {
    const started = performance.now();
    try {
      // Proving sinks safe only serves pattern rules that share a CWE with a taint rule (or name one): skip the work otherwise.
      const taintCwes = new Set(set.taint.flatMap((r) => r.meta.cwe));
      const trackKnown = patterns.some((r) => r.sinkRule !== undefined || r.meta.cwe.some((c) => taintCwes.has(c)));
      const engine = new TaintEngine(grammar.language, root, set.taint, lines, target.path, text, trackKnown);
      const hits = engine.run();
      if (engine.depthLimitedAt !== undefined) {
        const line = lines.location(target.path, engine.depthLimitedAt, engine.depthLimitedAt).startLine;
        issues.push({ code: 'unresolved', message: `code nested too deeply for the taint analysis from line ${line}: data flows into calls there were not followed`, path: target.path, line, analyzer: 'code' });
      }
      for (const [key, safe] of engine.sinkVerdicts) {
        const [start, ruleId] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
        const visits = sinkVisits.get(ruleId) ?? { seen: 0, safe: 0 };
        visits.seen++;
        if (safe) { visits.safe++; for (const cwe of cweOfRule.get(ruleId) ?? []) safeAt.add(`${cwe}@${start}`); }
        sinkVisits.set(ruleId, visits);
      }
      // Strongest evidence first, so a request-sourced flow wins over the same sink seen from a parameter.
      hits.sort((a, b) => rank(a.taint.origin) - rank(b.taint.origin));
      for (const hit of hits) {
        const confidence = ORIGIN_CONFIDENCE[hit.taint.origin];
        const source = hit.taint.trace[0];
        push({
          ruleId: hit.rule.meta.id,
          message: `${hit.rule.message} Data from ${hit.taint.label} reaches this call.`,
          location: lines.location(target.path, hit.sinkStart, hit.sinkEnd),
          ...(confidence !== hit.rule.meta.confidence ? { confidence: lowerOf(confidence, hit.rule.meta.confidence) } : {}),
          identity: `${hit.sinkText.replace(/\s+/g, '')}<-${hit.taint.label}`,
          trace: hit.taint.trace,
          properties: { origin: hit.taint.origin, source: source?.message },
        }, `${hit.rule.meta.id}@${hit.sinkStart}`);
        for (const cwe of hit.rule.meta.cwe) taintAt.add(`${cwe}@${hit.sinkStart}`);
      }
    } catch (error) {
      issues.push({ code: 'rule-crashed', message: `taint analysis failed: ${(error as Error).message}`, path: target.path, analyzer: 'code' });
    }
    context.time('code/taint', performance.now() - started);
  }

  for (const rule of patterns) {
    const started = performance.now();
    try {
      for (const matcher of rule.matchers) {
        for (const node of innermost(root.findAll({ rule: matcher }))) {
          let confidence: RawFinding['confidence'];
          if (rule.check) {
            const verdict = rule.check(node, text);
            if (verdict === false) continue;
            if (typeof verdict === 'string') confidence = verdict;
          }
          const r = node.range();
          if (rule.meta.cwe.some((cwe) => taintAt.has(`${cwe}@${r.start.index}`) || safeAt.has(`${cwe}@${r.start.index}`))) continue;
          if (rule.sinkRule) { const v = sinkVisits.get(rule.sinkRule); if (v && v.seen > 0 && v.safe === v.seen) continue; }
          push({ ruleId: rule.meta.id, message: rule.message, location: lines.location(target.path, r.start.index, r.end.index), ...(confidence ? { confidence } : {}) }, `${rule.meta.id}@${r.start.index}`);
        }
      }
    } catch (error) {
      const message = (error as Error).message;
      // A node kind that this grammar lacks (JSX in plain TypeScript) cannot match: not a failure.
      if (!/Kind `[^`]{1,80}` is invalid/.test(message)) issues.push({ code: 'rule-crashed', message, path: target.path, ruleId: rule.meta.id, analyzer: 'code' });
    }
    context.time(rule.meta.id, performance.now() - started);
  }

  for (const rule of apps) {
    if (rule.requires && !rule.requires.every((t) => inCode(text, t))) continue;
    if (rule.protections.some((p) => inCode(text, p))) continue;
    try {
      for (const node of root.findAll({ rule: rule.entry })) {
        const r = node.range();
        push({ ruleId: rule.meta.id, message: rule.message, location: lines.location(target.path, r.start.index, r.end.index) }, `${rule.meta.id}@${r.start.index}`);
      }
    } catch (error) {
      issues.push({ code: 'rule-crashed', message: `${(error as Error).message}`, path: target.path, ruleId: rule.meta.id, analyzer: 'code' });
    }
  }
  return issues.length ? { findings, issues } : { findings };
}

/** Is `needle` present outside comment lines? A commented-out `helmet()` protects nothing. */
function inCode(text: string, needle: string): boolean {
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
    const lineStart = text.lastIndexOf('\n', i) + 1;
    const head = text.slice(lineStart, i).trimStart();
    if (head.startsWith('//') || head.startsWith('#') || head.startsWith('*') || head.startsWith('/*')) continue;
    return true;
  }
  return false;
}

/** Matches whose range contains another match of the same rule: keep the innermost (a call regex also matches enclosing callbacks). */
function innermost(nodes: SgNode[]): SgNode[] {
  if (nodes.length < 2) return nodes;
  const ranges = nodes.map((n) => { const r = n.range(); return [r.start.index, r.end.index] as const; });
  // Comparing every pair made a file of thousands of matches quadratic. Walking distinct ranges
  // by start (last first), and by end within a start, every range already seen starts at or
  // after this one and differs from it; the smallest end among them tells whether one of them
  // lies inside this range.
  const distinct = [...new Map(ranges.map((r) => [`${r[0]}:${r[1]}`, r])).values()].sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const enclosing = new Set<string>();
  let minEnd = Infinity;
  for (const [start, end] of distinct) {
    if (minEnd <= end) enclosing.add(`${start}:${end}`);
    minEnd = Math.min(minEnd, end);
  }
  return nodes.filter((_, i) => !enclosing.has(`${ranges[i]![0]}:${ranges[i]![1]}`));
}

function rank(origin: string): number {
  return origin === 'request' ? 0 : origin === 'param' ? 2 : 1;
}

function lowerOf(a: 'high' | 'medium' | 'low', b: 'high' | 'medium' | 'low'): 'high' | 'medium' | 'low' {
  const order = ['low', 'medium', 'high'];
  return order.indexOf(a) < order.indexOf(b) ? a : b;
}

export const analyzer: Analyzer = {
  id: 'code',
  version: 3,
  rules: rules.map((r) => r.meta),
  accepts: (target: TargetInfo) => target.type.kind === 'source' && grammarFor(target.path) !== undefined,
  analyzeFile: analyze,
};
