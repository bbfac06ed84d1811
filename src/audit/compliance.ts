import type { Finding } from '../core/finding.js';
import type { ScanReport } from '../core/report.js';
import type { AuditRecord } from './chain.js';

/**
 * Maps skeptic's checks and findings to controls. A control is `covered` when evidence exists
 * and nothing mapped to it failed, `failed` when a blocking finding maps to it, and `no-evidence`
 * when the log holds nothing that speaks to it yet.
 */

interface RecordedFinding {
  readonly ruleId: string;
  readonly analyzer: string;
  readonly severity: string;
  readonly owasp?: readonly string[];
  readonly path: string;
  readonly line: number;
}

function fromRecord(r: RecordedFinding): Finding {
  return {
    ruleId: String(r.ruleId) as Finding['ruleId'], analyzer: String(r.analyzer) as Finding['analyzer'], title: String(r.ruleId), severity: String(r.severity) as Finding['severity'], confidence: 'high',
    cwe: [], owasp: Array.isArray(r.owasp) ? r.owasp.map(String) : [], equivalents: [], message: '',
    location: { path: String(r.path), startLine: Number(r.line) || 0, startColumn: 1, endLine: Number(r.line) || 0, endColumn: 1 }, fingerprint: '', contentHash: '',
  };
}

export type ControlStatus = 'covered' | 'failed' | 'no-evidence';

export interface ControlResult {
  readonly framework: 'SOC 2' | 'NIST SSDF' | 'OWASP Top 10 2021';
  readonly id: string;
  readonly title: string;
  readonly status: ControlStatus;
  readonly evidence: readonly string[];
}

interface Evidence {
  readonly scans: readonly AuditRecord[];
  readonly signoffs: readonly AuditRecord[];
  readonly report?: ScanReport;
}

const OWASP: readonly [string, string][] = [
  ['A01', 'Broken Access Control'], ['A02', 'Cryptographic Failures'], ['A03', 'Injection'], ['A04', 'Insecure Design'],
  ['A05', 'Security Misconfiguration'], ['A06', 'Vulnerable and Outdated Components'], ['A07', 'Identification and Authentication Failures'],
  ['A08', 'Software and Data Integrity Failures'], ['A09', 'Security Logging and Monitoring Failures'], ['A10', 'Server-Side Request Forgery'],
];

function owaspOf(f: Finding): string[] {
  const out = f.owasp.map((o) => o.slice(0, 3));
  if (f.analyzer === 'secrets') out.push('A07');
  if (f.analyzer === 'dependencies') out.push('A06');
  if (f.analyzer === 'iac') out.push('A05');
  return out;
}

export function compliance(evidence: Evidence): ControlResult[] {
  const findings = evidence.report?.findings ?? [];
  const lastRecord = evidence.scans[evidence.scans.length - 1];
  // Without a report, the last scan record's verdict and blocking findings (rule, analyzer, OWASP, place) stand in.
  const recorded = (Array.isArray(lastRecord?.subject.blockingFindings) ? (lastRecord!.subject.blockingFindings as RecordedFinding[]) : []).map(fromRecord);
  const blocking = evidence.report ? findings.filter((f) => ['critical', 'high'].includes(f.severity)) : recorded;
  const lastFailed = !evidence.report && evidence.scans.length > 0 && evidence.scans[evidence.scans.length - 1]!.subject.passed === false;
  const scanned = evidence.scans.length > 0 || evidence.report !== undefined;
  const analyzers = new Set<string>([
    ...evidence.scans.flatMap((s) => (Array.isArray(s.subject.analyzers) ? (s.subject.analyzers as string[]) : [])),
    ...Object.entries(evidence.report?.stats.byAnalyzer ?? {}).filter(([, v]) => v.files > 0).map(([k]) => k),
  ]);
  const lastScan = evidence.scans[evidence.scans.length - 1];
  const scanEv = lastScan ? [`scan record #${lastScan.seq} at ${lastScan.time}: ${String(lastScan.subject.summary ?? '')}`] : evidence.report ? [`scan report: ${findings.length} findings`] : [];
  const lastSignoff = evidence.signoffs[evidence.signoffs.length - 1];
  const rejected = Object.entries((lastSignoff?.subject.checklist ?? {}) as Record<string, string>).filter(([, v]) => v === 'rejected').map(([k]) => k);
  const signEv = evidence.signoffs.map((s) => `sign-off #${s.seq} by ${String(s.subject.reviewer)} at ${s.time}`);
  const status = (has: boolean, failed: readonly Finding[]): ControlStatus => (failed.length ? 'failed' : has ? 'covered' : 'no-evidence');
  const failEv = (list: readonly Finding[]) => list.slice(0, 10).map((f) => `${f.severity} ${f.ruleId} at ${f.location.path}:${f.location.startLine}`);
  const by = (pred: (f: Finding) => boolean) => blocking.filter(pred);
  const secretsFail = by((f) => f.analyzer === 'secrets');
  const depsFail = by((f) => f.analyzer === 'dependencies');
  const codeFail = by((f) => f.analyzer === 'code' || f.analyzer === 'ai');
  const iacFail = by((f) => f.analyzer === 'iac');
  const out: ControlResult[] = [
    { framework: 'SOC 2', id: 'CC6.1', title: 'Logical access: credentials and access paths protected', status: status(scanned && analyzers.has('secrets'), [...secretsFail, ...iacFail]), evidence: [...scanEv, ...failEv([...secretsFail, ...iacFail])] },
    { framework: 'SOC 2', id: 'CC7.1', title: 'Detection of vulnerabilities and misconfiguration', status: lastFailed ? 'failed' : status(scanned, blocking), evidence: [...scanEv, ...failEv(blocking)] },
    { framework: 'SOC 2', id: 'CC8.1', title: 'Changes authorised, reviewed and approved', status: rejected.length ? 'failed' : status(evidence.signoffs.length > 0, []), evidence: [...(signEv.length ? signEv : ['no reviewer sign-off recorded (`skeptic attest signoff`)']), ...rejected.map((r) => `latest sign-off rejects: ${r}`)] },
    { framework: 'NIST SSDF', id: 'PW.4', title: 'Reuse existing, well-secured software (dependencies checked)', status: status(scanned && analyzers.has('dependencies'), depsFail), evidence: [...scanEv, ...failEv(depsFail)] },
    { framework: 'NIST SSDF', id: 'PW.7', title: 'Review and analyse human-readable code', status: status(scanned && evidence.signoffs.length > 0, codeFail), evidence: [...scanEv, ...signEv, ...failEv(codeFail)] },
    { framework: 'NIST SSDF', id: 'PW.8', title: 'Test executable code for vulnerabilities', status: 'no-evidence', evidence: ['skeptic does static analysis only; record dynamic testing separately'] },
    { framework: 'NIST SSDF', id: 'PO.3', title: 'Toolchains that automate security checks', status: status(scanned, []), evidence: scanEv },
    { framework: 'NIST SSDF', id: 'PS.1', title: 'Protect code from unauthorised change (no secrets, gate config from base)', status: status(scanned && analyzers.has('secrets'), secretsFail), evidence: [...scanEv, ...failEv(secretsFail)] },
    { framework: 'NIST SSDF', id: 'RV.1', title: 'Identify and confirm vulnerabilities on an ongoing basis', status: lastFailed ? 'failed' : status(evidence.scans.length > 0, blocking), evidence: [`${evidence.scans.length} scan record(s) in the audit log`, ...failEv(blocking)] },
  ];
  for (const [id, title] of OWASP) {
    const failed = blocking.filter((f) => owaspOf(f).includes(id));
    out.push({ framework: 'OWASP Top 10 2021', id, title, status: status(scanned, failed), evidence: failed.length ? failEv(failed) : scanned ? ['scanned, no blocking finding mapped here'] : [] });
  }
  return out;
}

export function renderCompliance(results: readonly ControlResult[]): string {
  const lines = ['| Framework | Control | Status | Evidence |', '| --- | --- | --- | --- |'];
  for (const r of results) lines.push(`| ${r.framework} | ${r.id} ${r.title} | ${r.status} | ${r.evidence.join('; ').replace(/\|/g, '\\|').slice(0, 300)} |`);
  const n = (s: ControlStatus) => results.filter((r) => r.status === s).length;
  lines.push('', `${n('covered')} covered, ${n('failed')} failed, ${n('no-evidence')} with no evidence yet.`);
  return lines.join('\n') + '\n';
}
