import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../core/finding.js';
import { ANALYZER_IDS, type AnalyzerId } from '../core/rule.js';
import { configSchema } from '../config/schema.js';
import { scan } from '../scan/scan.js';
import { expandPlaceholders } from './fake-secrets.js';

/** Where the TypeScript sources (and so the fixtures) live, from either src/ or dist/. */
export const SRC_DIR = (() => {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, '..', '..', 'src');
})();

export type Expectation = 'ruleid' | 'ok' | 'todoruleid' | 'todook';

export interface Annotation {
  readonly kind: Expectation;
  readonly ruleIds: readonly string[];
  /** Path inside the materialised fixture. */
  readonly path: string;
  /** The line the expectation is about (1-based, in the materialised file). */
  readonly line: number;
}

export interface FixtureCase {
  /** Source path of the fixture file or directory, relative to src/. */
  readonly source: string;
  /** The rule it was written for. */
  readonly ruleId: string;
  readonly analyzer: AnalyzerId;
}

export interface FixtureResult {
  readonly errors: string[];
  readonly annotations: Annotation[];
  readonly findings: Finding[];
  readonly todo: number;
}

const FIXTURE_NAME = /^([^.]+)(?:\.[^.]+)*\.fixture(?:\.[^/]*)?$/;
const ANNOTATION = /^\s*(?:\/\/|#|<!--|\/\*|--|;|\*)\s*(todoruleid|todook|ruleid|ok):\s*([A-Za-z0-9_./,* -]+?)\s*(?:-->|\*\/)?\s*$/;
const HEADER = /^\s*(?:\/\/|#|<!--|\/\*|--|;)\s*fixture-path:\s*(\S+)/;

/** Every fixture under analyzers/<analyzer>/rules/, with the rule id its path implies. */
export function discoverFixtures(analyzer?: AnalyzerId): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const id of ANALYZER_IDS) {
    if (analyzer && id !== analyzer) continue;
    const rulesDir = join(SRC_DIR, 'analyzers', id, 'rules');
    if (!exists(rulesDir)) continue;
    walk(rulesDir, (full, isDir) => {
      const name = full.slice(full.lastIndexOf(sep) + 1);
      const m = FIXTURE_NAME.exec(name);
      if (!m) return false;
      const relDir = relative(rulesDir, dirname(full)).split(sep).filter(Boolean).join('/');
      const ruleId = `${id}/${relDir ? relDir + '/' : ''}${m[1]}`;
      out.push({ source: relative(SRC_DIR, full).split(sep).join('/'), ruleId, analyzer: id });
      return isDir; // do not descend into a fixture directory
    });
  }
  return out.sort((a, b) => (a.source < b.source ? -1 : 1));
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** `visit` returns true to stop descending. */
function walk(dir: string, visit: (full: string, isDir: boolean) => boolean): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const stop = visit(full, entry.isDirectory());
    if (entry.isDirectory() && !stop) walk(full, visit);
  }
}

/** Materialised name of a fixture file: `x.fixture.env` → `x.env`, unless a `fixture-path:` header says otherwise. */
function materialisedName(name: string, text: string): string {
  const header = HEADER.exec(text.split('\n', 1)[0] ?? '');
  if (header) return header[1]!;
  return name.replace('.fixture', '');
}

/**
 * Copies a fixture into a temp dir with placeholders expanded, scans it with the rule's
 * analyzer, and checks every annotation. It fails on an unannotated finding, a missed
 * `ruleid`, a finding on an `ok` line, and a `todo` that now passes.
 */
export async function runFixture(fixture: FixtureCase): Promise<FixtureResult> {
  const dir = mkdtempSync(join(tmpdir(), 'skeptic-fixture-'));
  try {
    const full = join(SRC_DIR, fixture.source);
    const annotations: Annotation[] = [];
    const materialise = (from: string, toRel: string) => {
      const raw = readFileSync(from, 'utf8');
      const text = expandPlaceholders(raw, `${fixture.source}:${toRel}`);
      const target = join(dir, toRel);
      mkdirSync(dirname(target), { recursive: true });
      const { output, found } = extractAnnotations(text, toRel, /\.json$/.test(toRel));
      writeFileSync(target, output);
      annotations.push(...found);
    };
    if (statSync(full).isDirectory()) {
      cpSync(full, dir, { recursive: true });
      walk(dir, (path, isDir) => {
        if (!isDir) materialise(path, relative(dir, path).split(sep).join('/'));
        return false;
      });
    } else {
      const name = full.slice(full.lastIndexOf(sep) + 1);
      materialise(full, materialisedName(name, readFileSync(full, 'utf8')));
    }
    const config = configSchema.parse({ rules: { [`${fixture.analyzer}/*`]: 'on' }, minConfidence: 'low' });
    const report = await scan({ path: dir, config, analyzers: [fixture.analyzer], workers: 0, offline: true });
    return { ...check(fixture, annotations, report.findings, report.issues.map((i) => `${i.code}: ${i.path ?? ''} ${i.message}`)), annotations, findings: [...report.findings] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Finds annotations and maps each to the next non-annotation line. For JSON (no comments)
 * annotation lines are removed from the output and the line numbers adjusted.
 */
export function extractAnnotations(text: string, path: string, strip: boolean): { output: string; found: Annotation[] } {
  const lines = text.split('\n');
  const found: Annotation[] = [];
  const kept: string[] = [];
  let pending: { kind: Expectation; ruleIds: string[] }[] = [];
  for (const line of lines) {
    const m = ANNOTATION.exec(line);
    if (m) {
      pending.push({ kind: m[1] as Expectation, ruleIds: m[2]!.split(',').map((s) => s.trim()).filter(Boolean) });
      if (!strip) kept.push(line);
      continue;
    }
    if (HEADER.test(line) && kept.length === 0) {
      if (!strip) kept.push(line);
      continue;
    }
    kept.push(line);
    for (const p of pending) found.push({ ...p, path, line: kept.length });
    pending = [];
  }
  return { output: kept.join('\n'), found };
}

function check(fixture: FixtureCase, annotations: readonly Annotation[], findings: readonly Finding[], issues: string[]) {
  const errors: string[] = [];
  let todo = 0;
  const at = (a: Annotation, ruleId: string) =>
    findings.filter((f) => f.ruleId === ruleId && f.location.path === a.path && f.location.startLine === a.line);
  const explained = new Set<Finding>();
  for (const a of annotations) {
    for (const ruleId of a.ruleIds) {
      const hits = at(a, ruleId);
      hits.forEach((h) => explained.add(h));
      if (a.kind === 'ruleid' && hits.length === 0) errors.push(`${a.path}:${a.line}: expected ${ruleId}, got nothing`);
      if (a.kind === 'ok' && hits.length > 0) errors.push(`${a.path}:${a.line}: ${ruleId} fired on an ok line: ${hits[0]!.message}`);
      if (a.kind === 'todoruleid') {
        todo++;
        if (hits.length > 0) errors.push(`${a.path}:${a.line}: todoruleid ${ruleId} now passes; promote it to ruleid`);
      }
      if (a.kind === 'todook') {
        todo++;
        if (hits.length === 0) errors.push(`${a.path}:${a.line}: todook ${ruleId} no longer fires; promote it to ok`);
      }
    }
  }
  for (const f of findings) {
    if (!explained.has(f)) errors.push(`${f.location.path}:${f.location.startLine}: unannotated finding ${f.ruleId}: ${f.message}`);
  }
  const mine = annotations.filter((a) => a.ruleIds.includes(fixture.ruleId));
  if (!mine.some((a) => a.kind === 'ruleid' || a.kind === 'todoruleid')) errors.push(`fixture has no ruleid: ${fixture.ruleId} annotation`);
  if (!mine.some((a) => a.kind === 'ok' || a.kind === 'todook')) errors.push(`fixture has no ok: ${fixture.ruleId} annotation`);
  const crashes = issues.filter((i) => i.startsWith('analyzer-crashed') || i.startsWith('rule-crashed'));
  errors.push(...crashes);
  return { errors, todo };
}
