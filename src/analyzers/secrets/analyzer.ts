import type { Analyzer, AnalyzerContext, AnalysisResult } from '../../core/analyzer.js';
import type { RawFinding } from '../../core/finding.js';
import type { ScanIssue } from '../../core/issue.js';
import { LineIndex } from '../../core/location.js';
import type { Target, TargetInfo } from '../../core/target.js';
import { confidenceOf, Detector, type Detection } from './engine/detect.js';
import { secretRules } from './rules/index.js';
import { verifySecret } from './verify.js';
import { isTestCode } from '../../targets/test-paths.js';

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
      message: `${rule.meta.title} (${d.secret.length} characters) is hard-coded here.`,
      location: index.location(path, d.start, d.end),
      secretValue: d.secret,
      ...(confidence !== rule.meta.confidence ? { confidence } : {}),
      ...(d.properties ? { properties: d.properties } : {}),
    } satisfies RawFinding;
  });
}

export function detectIn(target: Pick<Target, 'path' | 'type' | 'text'>, context?: Pick<AnalyzerContext, 'isRuleEnabled' | 'count' | 'time'>): Detection[] {
  return secretsDetector().detect(target.text, {
    path: target.path,
    isCode: target.type.kind === 'source',
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

export const analyzer: Analyzer = {
  id: 'secrets',
  version: 1,
  rules: secretRules.map((r) => r.meta),
  needs: { network: true },
  accepts: acceptsSecrets,
  async analyzeFile(target: Target, context: AnalyzerContext): Promise<AnalysisResult> {
    const detections = detectIn(target, context);
    if (detections.length === 0) return { findings: [] };
    let findings = findingsFor(target.path, target.text, detections);
    const issues: ScanIssue[] = [];
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
