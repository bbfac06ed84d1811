import type { Finding } from '../core/finding.js';
import type { ScanIssue } from '../core/issue.js';
import type { ScanReport } from '../core/report.js';
import type { RenderOptions } from './registry.js';

// XML 1.0 allows only these characters; anything else (NUL, most C0 controls, lone surrogates,
// U+FFFE/U+FFFF) makes the whole file unparsable, so it is replaced, never passed through.
const INVALID_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\ud800-\udbff\udc00-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join('');
}

function findingCase(f: Finding): string {
  const where = `${f.location.path}:${f.location.startLine}:${f.location.startColumn}`;
  const body = [
    `${f.severity} (${f.confidence} confidence) ${f.ruleId}`,
    `${where}`,
    f.message,
    f.cwe.length ? f.cwe.join(', ') : '',
    f.secret ? `secret ${f.secret.redacted} (sha256:${f.secret.hash})` : '',
    f.snippet !== undefined ? `\n${f.snippet}` : '',
  ].filter(Boolean).join('\n');
  return `    <testcase${attrs({ name: `${f.ruleId} ${where}`, classname: f.location.path, file: f.location.path, line: f.location.startLine, time: 0 })}>\n      <failure${attrs({ message: f.message, type: f.severity })}>${escapeXml(body)}</failure>\n    </testcase>`;
}

function issueCase(issue: ScanIssue): string {
  const where = issue.path ? `${issue.path}${issue.line ? `:${issue.line}` : ''}` : '(scan)';
  return `    <testcase${attrs({ name: `${issue.code} ${where}`, classname: issue.path ?? 'skeptic', time: 0 })}>\n      <error${attrs({ message: issue.message, type: issue.code })}>${escapeXml(`${where}: ${issue.message}`)}</error>\n    </testcase>`;
}

/**
 * JUnit XML for CI test views: one suite per analyzer with one failing testcase per finding,
 * a suite of scan issues as errors, and a `gate` case that carries the verdict, so a clean
 * scan still shows one passing test instead of an empty report.
 */
export function renderJunit(report: ScanReport, _options: RenderOptions = {}): string {
  const byAnalyzer = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byAnalyzer.get(f.analyzer) ?? [];
    list.push(f);
    byAnalyzer.set(f.analyzer, list);
  }
  const suites: string[] = [];
  for (const [analyzer, findings] of [...byAnalyzer].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const ms = report.stats.byAnalyzer[analyzer]?.durationMs ?? 0;
    suites.push(`  <testsuite${attrs({ name: `skeptic.${analyzer}`, tests: findings.length, failures: findings.length, errors: 0, skipped: 0, time: (ms / 1000).toFixed(3) })}>\n${findings.map(findingCase).join('\n')}\n  </testsuite>`);
  }
  if (report.issues.length) {
    suites.push(`  <testsuite${attrs({ name: 'skeptic.scan-issues', tests: report.issues.length, failures: 0, errors: report.issues.length, skipped: 0, time: '0.000' })}>\n${report.issues.map(issueCase).join('\n')}\n  </testsuite>`);
  }
  const v = report.verdict;
  const gateMessage = v.passed
    ? ''
    : `\n      <failure${attrs({ message: `${v.blocking} blocking finding(s) at or above ${v.failOn}${v.blockingIssues ? `, ${v.blockingIssues} scan issue(s) under --strict` : ''}`, type: 'gate' })}/>\n    `;
  suites.push(`  <testsuite${attrs({ name: 'skeptic.gate', tests: 1, failures: v.passed ? 0 : 1, errors: 0, skipped: 0, time: (report.stats.durationMs / 1000).toFixed(3) })}>\n    <testcase${attrs({ name: 'gate', classname: 'skeptic', time: (report.stats.durationMs / 1000).toFixed(3) })}>${gateMessage}</testcase>\n  </testsuite>`);
  const tests = report.findings.length + report.issues.length + 1;
  const failures = report.findings.length + (v.passed ? 0 : 1);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attrs({ name: 'skeptic', tests, failures, errors: report.issues.length, time: (report.stats.durationMs / 1000).toFixed(3) })}>\n${suites.join('\n')}\n</testsuites>\n`;
}
