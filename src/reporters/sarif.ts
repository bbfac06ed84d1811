import { pathToFileURL } from 'node:url';
import type { Finding, TraceStep } from '../core/finding.js';
import type { Location } from '../core/location.js';
import type { ScanReport, SuppressedFinding } from '../core/report.js';
import type { RuleMeta } from '../core/rule.js';
import type { Severity } from '../core/severity.js';
import type { RenderOptions } from './registry.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

// GitHub maps security-severity to its own levels: ≥9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, <4 low.
const SECURITY_SEVERITY: Record<Severity, string | undefined> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: undefined };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
const PRECISION = { high: 'high', medium: 'medium', low: 'low' } as const;

/** `src/my file#1.ts` → `src/my%20file%231.ts`: SARIF URIs are URI references, not paths. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function cweTag(cwe: string): string {
  return `external/cwe/${cwe.toLowerCase()}`;
}

function physicalLocation(location: Location, snippet?: string) {
  return {
    artifactLocation: { uri: pathToUri(location.path), uriBaseId: SRCROOT },
    region: {
      startLine: Math.max(1, location.startLine),
      startColumn: Math.max(1, location.startColumn),
      endLine: Math.max(location.startLine, location.endLine, 1),
      endColumn: Math.max(1, location.endColumn),
      ...(snippet !== undefined ? { snippet: { text: snippet } } : {}),
    },
  };
}

/** The rule as the report knows it; falls back to what the finding itself carries when metadata is missing. */
function ruleDescriptor(id: string, meta: RuleMeta | undefined, sample: Finding) {
  const severity = meta?.severity ?? sample.severity;
  const cwe = meta?.cwe ?? sample.cwe;
  const title = meta?.title ?? sample.title;
  const description = meta?.description ?? title;
  const helpLines = [description];
  if (meta?.remediation) helpLines.push('', `Fix: ${meta.remediation}`);
  if (cwe.length) helpLines.push('', `Weakness: ${cwe.join(', ')}`);
  const markdown = [`**${title}**`, '', description];
  if (meta?.remediation) markdown.push('', `**Fix:** ${meta.remediation}`);
  if (cwe.length) markdown.push('', cwe.map((c) => `[${c}](https://cwe.mitre.org/data/definitions/${c.slice(4)}.html)`).join(', '));
  if (meta?.references?.length) markdown.push('', ...meta.references.map((r) => `- ${r}`));
  const securitySeverity = SECURITY_SEVERITY[severity];
  return {
    id,
    name: id.split('/').slice(1).join('-') || id,
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: { text: helpLines.join('\n'), markdown: markdown.join('\n') },
    ...(meta?.references?.[0] ? { helpUri: meta.references[0] } : {}),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: ['security', sample.analyzer, ...cwe.map(cweTag), ...(meta?.owasp ?? sample.owasp).map((o) => `owasp/${o}`)],
      precision: PRECISION[meta?.confidence ?? sample.confidence],
      ...(securitySeverity ? { 'security-severity': securitySeverity } : {}),
      ...((meta?.equivalents ?? sample.equivalents).length ? { equivalents: meta?.equivalents ?? sample.equivalents } : {}),
    },
  };
}

function codeFlows(trace: readonly TraceStep[]) {
  return [
    {
      threadFlows: [
        {
          locations: trace.map((step) => ({
            location: { physicalLocation: physicalLocation(step.location), message: { text: step.message || step.kind } },
            kinds: [step.kind === 'step' ? 'call' : step.kind],
          })),
        },
      ],
    },
  ];
}

function result(f: Finding, ruleIndex: number, suppression?: SuppressedFinding) {
  const secret = f.secret ? { secret: { redacted: f.secret.redacted, length: f.secret.length, sha256Prefix: f.secret.hash, ...(f.secret.value !== undefined ? { value: f.secret.value } : {}), ...(f.secret.verification ? { verification: f.secret.verification } : {}) } } : {};
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message || f.title },
    locations: [{ physicalLocation: physicalLocation(f.location, f.snippet) }],
    partialFingerprints: { 'skeptic/v1': f.fingerprint, 'skepticContent/v1': f.contentHash },
    ...(f.trace?.length ? { codeFlows: codeFlows(f.trace) } : {}),
    ...(suppression
      ? {
          suppressions: [
            {
              kind: suppression.kind === 'inline' ? 'inSource' : 'external',
              status: 'accepted',
              ...(suppression.reason ? { justification: suppression.reason } : suppression.kind === 'baseline' ? { justification: 'in baseline' } : {}),
            },
          ],
        }
      : {}),
    ...(f.fix ? { fixes: [{ description: { text: f.fix.description } }] } : {}),
    properties: {
      severity: f.severity,
      confidence: f.confidence,
      cwe: f.cwe,
      ...(f.owasp.length ? { owasp: f.owasp } : {}),
      ...(f.equivalents.length ? { equivalents: f.equivalents } : {}),
      ...(SECURITY_SEVERITY[f.severity] ? { 'security-severity': SECURITY_SEVERITY[f.severity] } : {}),
      ...secret,
      ...(f.package ? { package: f.package } : {}),
      ...(f.advisory ? { advisory: f.advisory } : {}),
      ...(f.resource ? { resource: f.resource } : {}),
      ...(f.commit ? { commit: f.commit } : {}),
      ...(f.ai ? { ai: f.ai } : {}),
      ...(suppression?.expires ? { suppressionExpires: suppression.expires } : {}),
    },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers: one run, one descriptor per rule id,
 * URIs relative to %SRCROOT%, CWE tags and security-severity on rules, fingerprints without
 * line numbers so alerts follow moved code. Suppressed findings are kept with their
 * justification so a viewer can show them as dismissed; scan issues become notifications.
 */
export function renderSarif(report: ScanReport, _options: RenderOptions = {}): string {
  const entries: { finding: Finding; suppression?: SuppressedFinding }[] = [
    ...report.findings.map((finding) => ({ finding })),
    ...report.suppressed.map((s) => ({ finding: s.finding, suppression: s })),
  ];
  const ruleIndex = new Map<string, number>();
  const rules: ReturnType<typeof ruleDescriptor>[] = [];
  for (const { finding } of entries) {
    if (ruleIndex.has(finding.ruleId)) continue;
    ruleIndex.set(finding.ruleId, rules.length);
    rules.push(ruleDescriptor(finding.ruleId, report.rules?.[finding.ruleId], finding));
  }
  const notifications = report.issues.map((issue) => ({
    level: 'warning' as const,
    message: { text: issue.message },
    descriptor: { id: issue.code },
    ...(issue.path
      ? { locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(issue.path), uriBaseId: SRCROOT }, ...(issue.line ? { region: { startLine: issue.line } } : {}) } }] }
      : {}),
    ...(issue.ruleId || issue.analyzer ? { properties: { ...(issue.ruleId ? { ruleId: issue.ruleId } : {}), ...(issue.analyzer ? { analyzer: issue.analyzer } : {}) } } : {}),
  }));
  const root = report.root.endsWith('/') ? report.root : `${report.root}/`;
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'skeptic',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules,
          },
        },
        automationDetails: { id: 'skeptic/' },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
            properties: { verdict: report.verdict, skipped: report.skipped.length },
          },
        ],
        results: entries.map(({ finding, suppression }) => result(finding, ruleIndex.get(finding.ruleId)!, suppression)),
        properties: { stats: { files: report.stats.files, bytes: report.stats.bytes, durationMs: report.stats.durationMs } },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
