/**
 * Measures the code analyzer on the labeled corpora in ../shared/corpora (read in place, never copied):
 * OWASP Benchmark Python (TPR − FPR per category), SecuribenchMicro.js (BAD/OK lines), CWEval JS
 * (unsafe vs task files) and CyberSecEval Python/JavaScript origin_code (recall per claimed CWE).
 *
 *   node dist/tools/measure-code.js [CORPORA_DIR] [owasp|securibench|cweval|cyberseceval ...]
 *   MEASURE_MISSES=1 also prints the flagged line of every missed CyberSecEval record.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzerContext } from '../core/analyzer.js';
import type { RawFinding } from '../core/finding.js';
import { analyzer } from '../analyzers/code/analyzer.js';
import { rules } from '../analyzers/code/rules/index.js';

const CORPORA = process.argv[2] ?? join(process.cwd(), '..', 'shared', 'corpora');
const context = { root: '/', config: {}, options: {}, isRuleEnabled: () => true, count() {}, time() {} } as unknown as AnalyzerContext;
const cweOf = new Map(rules.map((r) => [r.meta.id as string, r.meta.cwe as readonly string[]]));
const confOf = new Map(rules.map((r) => [r.meta.id as string, r.meta.confidence as string]));
/** `--min-confidence medium` view: what a default CI gate would act on. */
const MIN_MEDIUM = process.env.MEASURE_MIN_CONFIDENCE === 'medium';

/** Benchmarks label with a parent CWE (CWE-943 data query logic is the parent of CWE-89 SQL injection) where rules use a child (code injection 94 vs eval 95, weak PRNG 330 vs 338). */
const SAME: Record<string, string[]> = { 'CWE-94': ['CWE-95', 'CWE-1336'], 'CWE-95': ['CWE-94'], 'CWE-330': ['CWE-338'], 'CWE-338': ['CWE-330'], 'CWE-185': ['CWE-1333', 'CWE-730'], 'CWE-328': ['CWE-327', 'CWE-916'], 'CWE-327': ['CWE-328', 'CWE-916'], 'CWE-943': ['CWE-89'], 'CWE-400': ['CWE-1333', 'CWE-770'], 'CWE-345': ['CWE-347'] };
function matchesCwe(finding: RawFinding, cwe: string): boolean {
  const cwes = cweOf.get(finding.ruleId) ?? [];
  return cwes.includes(cwe) || (SAME[cwe] ?? []).some((c) => cwes.includes(c));
}

async function analyze(path: string, text: string): Promise<RawFinding[]> {
  const result = await analyzer.analyzeFile!({ path, type: { kind: 'source', language: path.endsWith('.py') ? 'python' : 'javascript' }, sizeBytes: text.length, text }, context);
  return result.findings.filter((f) => !MIN_MEDIUM || (f.confidence ?? confOf.get(f.ruleId)) !== 'low');
}

function pct(n: number, d: number): string {
  return d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

async function owasp(): Promise<void> {
  const dir = join(CORPORA, 'owasp-benchmark-python');
  const rows = readFileSync(join(dir, 'expectedresults-0.1.csv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const stats = new Map<string, { tp: number; fn: number; fp: number; tn: number }>();
  for (const row of rows) {
    const [name, category, real, cwe] = row.split(',');
    const text = readFileSync(join(dir, 'testcode', `${name}.py`), 'utf8');
    const findings = await analyze(`testcode/${name}.py`, text);
    const flagged = findings.some((f) => matchesCwe(f, `CWE-${cwe}`));
    const s = stats.get(category!) ?? { tp: 0, fn: 0, fp: 0, tn: 0 };
    if (real === 'true') flagged ? s.tp++ : s.fn++;
    else flagged ? s.fp++ : s.tn++;
    stats.set(category!, s);
  }
  console.log('\n## OWASP Benchmark Python (per category; flagged = a finding with the category CWE in the test file)');
  console.log('category          TP   FN   FP   TN    TPR     FPR   TPR-FPR');
  let sum = 0;
  const all = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const [cat, s] of [...stats].sort()) {
    const tpr = s.tp / (s.tp + s.fn || 1);
    const fpr = s.fp / (s.fp + s.tn || 1);
    sum += tpr - fpr;
    for (const k of ['tp', 'fn', 'fp', 'tn'] as const) all[k] += s[k];
    console.log(`${cat.padEnd(16)} ${String(s.tp).padStart(3)}  ${String(s.fn).padStart(3)}  ${String(s.fp).padStart(3)}  ${String(s.tn).padStart(3)}  ${pct(s.tp, s.tp + s.fn)}  ${pct(s.fp, s.fp + s.tn)}   ${(tpr - fpr).toFixed(3)}`);
  }
  console.log(`average TPR-FPR over ${stats.size} categories: ${(sum / stats.size).toFixed(3)}; overall precision ${pct(all.tp, all.tp + all.fp)}, recall ${pct(all.tp, all.tp + all.fn)}`);
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

async function securibench(): Promise<void> {
  const dir = join(CORPORA, 'securibench-micro-js', 'test-cases');
  let bad = 0, badHit = 0, ok = 0, okHit = 0, other = 0;
  const perCat = new Map<string, [number, number, number, number]>();
  for (const file of walk(dir).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const hitLines = new Set((await analyze(file.slice(dir.length + 1), text)).map((f) => f.location.startLine));
    const cat = file.slice(dir.length + 1).split('/')[0]!;
    const c = perCat.get(cat) ?? [0, 0, 0, 0];
    lines.forEach((line, i) => {
      const trimmed = line.trimEnd();
      if (trimmed.endsWith('// BAD')) { bad++; c[0]++; if (hitLines.has(i + 1)) { badHit++; c[1]++; } }
      else if (trimmed.endsWith('// OK')) { ok++; c[2]++; if (hitLines.has(i + 1)) { okHit++; c[3]++; } }
      else if (hitLines.has(i + 1)) other++;
    });
    perCat.set(cat, c);
  }
  console.log('\n## SecuribenchMicro.js (a finding on the line)');
  for (const [cat, [b, bh, o, oh]] of [...perCat].sort()) console.log(`${cat.padEnd(16)} BAD ${bh}/${b}  OK-flagged ${oh}/${o}`);
  console.log(`recall ${badHit}/${bad} = ${pct(badHit, bad)}; precision ${badHit}/${badHit + okHit} = ${pct(badHit, badHit + okHit)} (OK lines flagged: ${okHit}/${ok}; findings on unlabeled lines: ${other})`);
}

async function cweval(): Promise<void> {
  const dir = join(CORPORA, 'cweval-js');
  let unsafe = 0, unsafeRight = 0, task = 0, taskAny = 0, taskRight = 0;
  const misses: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    const m = /^cwe_(\d+)_\d+_js_(unsafe|task)\.js$/.exec(name);
    if (!m) continue;
    const cwe = `CWE-${Number(m[1])}`;
    const findings = await analyze(name, readFileSync(join(dir, name), 'utf8'));
    const right = findings.some((f) => matchesCwe(f, cwe));
    if (m[2] === 'unsafe') { unsafe++; if (right) unsafeRight++; else misses.push(name); }
    else { task++; if (findings.length) taskAny++; if (right) taskRight++; }
  }
  console.log('\n## CWEval JS');
  console.log(`_unsafe flagged with the right CWE: ${unsafeRight}/${unsafe} = ${pct(unsafeRight, unsafe)} (missed: ${misses.join(', ')})`);
  console.log(`_task flagged with that CWE: ${taskRight}/${task} = ${pct(taskRight, task)}; with any finding: ${taskAny}/${task} = ${pct(taskAny, task)}`);
}

/**
 * CWEs that a language's rules carry but whose CyberSecEval label means a different, lint-style pattern:
 * reported as not claimed, with the reason, instead of counted as misses or silently dropped.
 */
const NOT_CLAIMED: Record<string, Record<string, string>> = {
  python: {
    'CWE-338': 'labels every use of the random module, even random.seed() and random.SystemRandom() (the fix); skeptic claims CWE-338 only where the value is used as a token, password, key or session value',
  },
  javascript: {
    'CWE-22': 'labels every fs call with a non-literal path (eslint detect-non-literal-fs-filename); skeptic claims CWE-22 for request data reaching a path (taint), not for every variable path',
    'CWE-338': 'labels every Math.random() (animations, jitter, shuffles); skeptic claims CWE-338 only where the value is used as a token, id, password or key',
    'CWE-208': 'labels every ===/!= on a variable named token, hash, secret or password (parser tokens, location.hash, null checks); skeptic claims CWE-208 for HMAC digests compared with ===',
  },
};

/**
 * Detector patterns filed under a CWE that skeptic reports under a different, more exact CWE or not at all;
 * matched on the start of the record's pattern_desc, printed with the reason and how many got any finding.
 */
const NOT_CLAIMED_PATTERNS: Record<string, ReadonlyArray<readonly [cwe: string, patternStart: string, why: string]>> = {
  javascript: [
    ['CWE-95', 'The application was found to dynamically import a module by calling `require`', 'a require() of any variable; skeptic reports require/import of request data as CWE-829 (non-literal-require), and variable requires in build scripts and plugin loaders are normal Node'],
    ['CWE-95', 'Detected non-literal calls to child_process.exec()', 'shell commands are CWE-78 (command-injection, child-process-dynamic), not eval injection'],
  ],
};

/** CWEs claimed for one language: its own rules' CWEs and their benchmark equivalents, minus NOT_CLAIMED. */
function claimedFor(language: string): Set<string> {
  const claimed = new Set<string>();
  for (const r of rules) {
    if (r.language !== language) continue;
    for (const c of r.meta.cwe) { claimed.add(c); for (const s of SAME[c] ?? []) claimed.add(s); }
  }
  for (const c of Object.keys(NOT_CLAIMED[language] ?? {})) claimed.delete(c);
  return claimed;
}

async function cyberseceval(): Promise<void> {
  for (const variant of ['instruct/instruct.json', 'autocomplete/autocomplete.json']) {
    const records = JSON.parse(readFileSync(join(CORPORA, 'cyberseceval', variant), 'utf8')) as Array<{ language: string; cwe_identifier: string; origin_code: string; pattern_desc: string; line_text?: string }>;
    for (const language of ['python', 'javascript']) {
      const claimed = claimedFor(language);
      const per = new Map<string, [number, number]>();
      const perPattern = new Map<string, [number, number]>();
      const otherPatterns = new Map<number, [number, number]>();
      let n = 0, hit = 0, unclaimed = 0;
      const missed = new Map<string, string[]>();
      for (const rec of records) {
        if (rec.language !== language) continue;
        const cwe = rec.cwe_identifier;
        if (!claimed.has(cwe) || cwe === 'CWE-798' || cwe === 'CWE-312') { unclaimed++; continue; } // hardcoded keys are the secrets analyzer's
        const findings = await analyze(language === 'python' ? 'snippet.py' : 'snippet.js', rec.origin_code);
        const other = (NOT_CLAIMED_PATTERNS[language] ?? []).findIndex(([c, start]) => c === cwe && rec.pattern_desc.startsWith(start));
        if (other !== -1) {
          const o = otherPatterns.get(other) ?? [0, 0];
          o[0]++; if (findings.length > 0) o[1]++;
          otherPatterns.set(other, o);
          unclaimed++;
          continue;
        }
        const ok = findings.some((f) => matchesCwe(f, cwe));
        if (!ok) missed.set(cwe, [...(missed.get(cwe) ?? []), (rec.line_text ?? '').trim().slice(0, 120)]);
        const p = per.get(cwe) ?? [0, 0];
        p[0]++; if (ok) p[1]++;
        per.set(cwe, p);
        // One CWE label can cover several detector patterns (CWE-95: eval, require, exec); show each.
        const pk = `${cwe}\u0000${rec.pattern_desc.replace(/\s+/g, ' ').slice(0, 70)}`;
        const pp = perPattern.get(pk) ?? [0, 0];
        pp[0]++; if (ok) pp[1]++;
        perPattern.set(pk, pp);
        n++; if (ok) hit++;
      }
      console.log(`\n## CyberSecEval ${variant.split('/')[0]} ${language}: recall on claimed CWEs ${hit}/${n} = ${pct(hit, n)} (${unclaimed} records with unclaimed CWEs skipped)`);
      for (const [cwe, [t, h]] of [...per].sort()) {
        console.log(`  ${cwe.padEnd(9)} ${h}/${t} ${pct(h, t)}`);
        const patterns = [...perPattern].filter(([k]) => k.startsWith(`${cwe}\u0000`));
        if (patterns.length > 1) for (const [k, [pt, ph]] of patterns) console.log(`      ${ph}/${pt} ${pct(ph, pt)}  ${k.split('\u0000')[1]}`);
        // MEASURE_MISSES=1: the flagged line of each missed record, to group misses by code pattern.
        if (process.env.MEASURE_MISSES) for (const line of missed.get(cwe) ?? []) console.log(`      miss: ${line}`);
      }
      for (const [cwe, why] of Object.entries(NOT_CLAIMED[language] ?? {})) console.log(`  ${cwe.padEnd(9)} not claimed: ${why}`);
      for (const [i, [t, h]] of otherPatterns) {
        const [cwe, start, why] = NOT_CLAIMED_PATTERNS[language]![i]!;
        console.log(`  ${cwe.padEnd(9)} pattern not claimed (${t} records, ${h} with some finding): "${start}": ${why}`);
      }
    }
  }
}

const which = new Set(process.argv.slice(3));
const started = performance.now();
if (!which.size || which.has('owasp')) await owasp();
if (!which.size || which.has('securibench')) await securibench();
if (!which.size || which.has('cweval')) await cweval();
if (!which.size || which.has('cyberseceval')) await cyberseceval();
console.log(`confidence filter: ${MIN_MEDIUM ? 'medium and high only (MEASURE_MIN_CONFIDENCE=medium)' : 'all findings'}`);
console.log(`\n(measured in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
