import type { Analyzer, AnalyzerContext, AnalysisResult } from '../../core/analyzer.js';
import type { RawFinding } from '../../core/finding.js';
import type { ScanIssue } from '../../core/issue.js';
import { LineIndex } from '../../core/location.js';
import type { Target, TargetInfo } from '../../core/target.js';
import { confidenceOf, Detector, type Detection } from './engine/detect.js';
import { secretRules } from './rules/index.js';
import { verifySecret } from './verify.js';
import { isTestCode } from '../../targets/test-paths.js';
import { splitNotebook } from './notebook.js';

/** Lockfiles are machine-written and full of hashes; manifests and requirements can carry credentials. */
const LOCKFILES_WITH_CREDENTIALS = new Set(['package-json', 'pyproject-toml', 'requirements-txt']);

export function acceptsSecrets(target: TargetInfo): boolean {
  if (target.type.kind === 'lockfile') return LOCKFILES_WITH_CREDENTIALS.has(target.type.format);
  return true;
}

// Beyond test code, fixtures, mocks, examples and docs hold sample credentials far more often than live ones.
const SAMPLE_PATH = /(?:^|\/)(?:fixtures?|testdata|test-data|__mocks__|mocks?|examples?|samples?|docs?)\/|[._-](?:test|spec|example|sample)\.[A-Za-z0-9]+$/;

export function isTestPath(path: string): boolean {
  return isTestCode(path) || SAMPLE_PATH.test(path);
}

let detector: Detector | undefined;
export function secretsDetector(): Detector {
  return (detector ??= new Detector(secretRules));
}

/** Turns detections in one text into raw findings; shared by the working-tree scan and history. */
export function findingsFor(path: string, text: string, detections: readonly Detection[], index = new LineIndex(text)): RawFinding[] {
  return detections.map((d) => {
    const rule = d.rule;
    const confidence = confidenceOf(d);
    return {
      ruleId: rule.meta.id,
      message: `${rule.meta.title} (${d.secret.length} characters) is hard-coded here${notebookWhere(d.properties)}${d.note ? `; ${d.note}` : ''}.`,
      location: index.location(path, d.start, d.end),
      secretValue: d.secret,
      ...(confidence !== rule.meta.confidence ? { confidence } : {}),
      ...(d.properties ? { properties: d.properties } : {}),
    } satisfies RawFinding;
  });
}

function notebookWhere(properties: Record<string, unknown> | undefined): string {
  const cell = properties?.notebookCell;
  if (typeof cell !== 'number') return '';
  return properties?.notebookPart === 'output' ? ` (notebook cell ${cell}, output)` : ` (notebook cell ${cell})`;
}

export function detectIn(target: Pick<Target, 'path' | 'type' | 'text'>, context?: Pick<AnalyzerContext, 'isRuleEnabled' | 'count' | 'time'>): Detection[] {
  return secretsDetector().detect(target.text, {
    path: target.path,
    // In shell an unquoted right-hand side is a literal (`TOKEN=abc123`), not an expression.
    isCode: target.type.kind === 'source' && target.type.language !== 'shell',
    isTestPath: isTestPath(target.path),
    ...(context
      ? {
          enabled: (id: string) => context.isRuleEnabled(id),
          filtered: (id: string, reason: string) => context.count(id, reason),
          time: (id: string, ms: number) => context.time(id, ms),
        }
      : {}),
  });
}

/**
 * A notebook is scanned as the text of each cell's source and outputs (decoded from JSON),
 * plus the rest of the file raw; offsets are mapped back to the raw file, so findings point
 * at the line of the `.ipynb` and name the cell. A notebook that is not JSON is a parse issue
 * and is scanned as plain text, never skipped.
 */
export function detectInNotebook(target: Pick<Target, 'path' | 'type' | 'text'>, issues: ScanIssue[], context?: Pick<AnalyzerContext, 'isRuleEnabled' | 'count' | 'time'>): Detection[] {
  const result = splitNotebook(target.text);
  if (!result.ok) {
    issues.push({ code: 'parse-error', path: target.path, analyzer: 'secrets', message: `notebook ${result.error}; scanned as plain text` });
    return detectIn(target, context);
  }
  const out: Detection[] = detectIn({ ...target, text: result.split.rest }, context);
  for (const part of result.split.parts) {
    // Code cells hold code (an unquoted right-hand side is an expression); markdown and outputs are prose.
    const code = part.kind === 'source' && part.cellType === 'code';
    const passes: Pick<Target, 'type' | 'text'>[] = [{ type: code ? { kind: 'source', language: 'python' } : { kind: 'text' }, text: part.text }];
    // `%env TOKEN=…` and `!export TOKEN=…` are IPython magics and shell, where an unquoted value is a literal.
    const magic = code ? magicLines(part.text) : undefined;
    if (magic) passes.push({ type: { kind: 'text' }, text: magic });
    const seen = new Set<string>();
    for (const pass of passes) {
      for (const d of detectIn({ path: target.path, ...pass }, context)) {
        const key = `${d.rule.meta.id}:${d.start}:${d.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const start = part.rawOffsets[d.start]!;
        const end = d.end > d.start ? part.rawOffsets[d.end - 1]! + 1 : start;
        out.push({ ...d, start, end, properties: { ...d.properties, notebookCell: part.cell, notebookPart: part.kind } });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The cell's `%` and `!` lines, every other line blanked to spaces (so offsets hold); undefined when there are none. */
function magicLines(text: string): string | undefined {
  if (!text.includes('%') && !text.includes('!')) return undefined;
  let any = false;
  const lines = text.split('\n').map((line) => {
    const head = line.trimStart();
    if (head.startsWith('%') || head.startsWith('!')) {
      any = true;
      return line;
    }
    return ' '.repeat(line.length);
  });
  return any ? lines.join('\n') : undefined;
}

export const analyzer: Analyzer = {
  id: 'secrets',
  version: 1,
  rules: secretRules.map((r) => r.meta),
  needs: { network: true },
  accepts: acceptsSecrets,
  async analyzeFile(target: Target, context: AnalyzerContext): Promise<AnalysisResult> {
    const issues: ScanIssue[] = [];
    const detections = target.path.toLowerCase().endsWith('.ipynb') ? detectInNotebook(target, issues, context) : detectIn(target, context);
    if (detections.length === 0) return { findings: [], issues };
    let findings = findingsFor(target.path, target.text, detections);
    if (context.options.verify && context.options.offline !== true) {
      findings = await Promise.all(
        findings.map(async (f, i) => {
          const rule = detections[i]!.rule;
          if (!rule.verifier) return f;
          const result = await verifySecret(rule.verifier, detections[i]!.secret);
          if (result.error) issues.push({ code: 'network-error', path: target.path, ruleId: rule.meta.id, message: `could not verify: ${result.error}` });
          return { ...f, verification: result.status };
        }),
      );
    }
    return { findings, issues };
  },
};
