import type { Finding } from '../core/finding.js';
import type { ScanReport } from '../core/report.js';
import { SEVERITIES } from '../core/severity.js';
import type { RenderOptions } from './registry.js';

const COLORS = { red: 31, yellow: 33, blue: 34, magenta: 35, gray: 90, bold: 1, cyan: 36, green: 32 } as const;
type Color = keyof typeof COLORS;

function painter(enabled: boolean) {
  return (color: Color, text: string) => (enabled ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text);
}

const SEVERITY_COLOR: Record<string, Color> = { critical: 'magenta', high: 'red', medium: 'yellow', low: 'blue', info: 'gray' };

/** Strips control characters so a finding's text cannot drive the terminal (or a CI log). */
export function sanitizeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One output line from untrusted text: also no line breaks, so a message cannot start a line of its own. */
function oneLine(text: string): string {
  return sanitizeForTerminal(text).replace(/[\n\r\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * CI runners execute workflow commands (`::set-output`, `::add-mask::`, `##[…]`) found at the
 * start of any log line; a zero-width space keeps a scanned file's name or text from forming one.
 */
function neutraliseWorkflowCommand(line: string): string {
  return line.replace(/^(\s*(?:\u001b\[[0-9;]*m)?):(?=:)/, '$1:\u200b').replace(/##(?=\[|vso\[)/gi, '#\u200b#');
}

export function renderText(report: ScanReport, options: RenderOptions): string {
  const paint = painter(options.color === true);
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.location.path) ?? [];
    list.push(f);
    byFile.set(f.location.path, list);
  }
  for (const [path, findings] of byFile) {
    out.push(paint('bold', oneLine(path)));
    for (const f of findings) {
      const loc = `${f.location.startLine}:${f.location.startColumn}`;
      const sev = paint(SEVERITY_COLOR[f.severity] ?? 'gray', f.severity.padEnd(8));
      out.push(`  ${paint('gray', loc.padEnd(8))} ${sev} ${oneLine(f.message)}  ${paint('gray', f.ruleId)}`);
      const meta = [f.cwe.join(', '), `confidence ${f.confidence}`];
      if (f.secret) meta.push(`secret ${f.secret.redacted} (${f.secret.length} chars, sha256:${f.secret.hash})${f.secret.verification ? `, ${f.secret.verification}` : ''}`);
      if (f.commit) meta.push(`commit ${f.commit.sha.slice(0, 12)} by ${f.commit.author} on ${f.commit.date.slice(0, 10)}${f.commit.presentInTree === false ? ', no longer in the tree' : ''}`);
      if (f.advisory) meta.push(`${f.advisory.id}${f.advisory.fixedIn ? `, fixed in ${f.advisory.fixedIn}` : ''}`);
      if (f.ai && f.ai.aiAuthored === true) meta.push(`AI-written${f.ai.tool ? ` (${f.ai.tool})` : ''}`);
      out.push(`  ${' '.repeat(8)} ${' '.repeat(8)} ${paint('gray', oneLine(meta.filter(Boolean).join(' · ')))}`);
      if (f.snippet !== undefined) {
        const lines = f.snippet.split('\n');
        lines.forEach((line, i) => {
          const n = String(f.location.startLine + i).padStart(5);
          out.push(`  ${paint('gray', `${n} |`)} ${oneLine(line)}`);
        });
      }
      if (f.trace && options.verbose) {
        for (const step of f.trace) out.push(`  ${paint('cyan', `    ${step.kind.padEnd(6)}`)} ${oneLine(step.location.path)}:${step.location.startLine} ${oneLine(step.message)}`);
      }
    }
    out.push('');
  }
  if (report.issues.length) {
    out.push(paint('yellow', `Scan issues (${report.issues.length}): what could not be read, parsed or trusted`));
    const shown = options.verbose ? report.issues : report.issues.slice(0, 20);
    for (const issue of shown) {
      const where = issue.path ? `${issue.path}${issue.line ? `:${issue.line}` : ''}: ` : '';
      out.push(`  ${paint('gray', issue.code.padEnd(22))} ${oneLine(where + issue.message)}`);
    }
    if (shown.length < report.issues.length) out.push(paint('gray', `  … ${report.issues.length - shown.length} more (--verbose or --format json)`));
    out.push('');
  }
  if (options.verbose && report.skipped.length) {
    out.push(paint('gray', 'Skipped:'));
    for (const s of report.skipped) out.push(paint('gray', `  ${s.reason.padEnd(11)} ${oneLine(s.path)}${s.detail ? ` (${s.detail})` : ''}`));
    out.push('');
  }
  if (report.data && Object.keys(report.data).length) {
    out.push(paint('gray', `Data: ${Object.entries(report.data).map(([name, d]) => `${name} ${d.date.slice(0, 10)}`).join(', ')}`));
  }
  out.push(summaryLine(report, paint));
  return out.map(neutraliseWorkflowCommand).join('\n') + '\n';
}

function summaryLine(report: ScanReport, paint: ReturnType<typeof painter>): string {
  const counts = SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const findings = report.findings.length === 0 ? 'no findings' : `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})`;
  const skippedByReason = new Map<string, number>();
  for (const s of report.skipped) skippedByReason.set(s.reason, (skippedByReason.get(s.reason) ?? 0) + 1);
  const skipped = report.skipped.length ? `, ${report.skipped.length} skipped (${[...skippedByReason].map(([r, n]) => `${n} ${r}`).join(', ')})` : '';
  const issues = report.issues.length ? `, ${report.issues.length} scan issue${report.issues.length === 1 ? '' : 's'}` : '';
  const suppressed = report.suppressed.length ? `, ${report.suppressed.length} suppressed` : '';
  const verdict = report.verdict.passed ? paint('green', 'PASSED') : paint('red', `FAILED (${report.verdict.blocking} blocking at ≥ ${report.verdict.failOn}${report.verdict.blockingIssues ? `, ${report.verdict.blockingIssues} scan issues under --strict` : ''})`);
  return `${verdict}: ${findings} in ${report.stats.files} files (${(report.stats.durationMs / 1000).toFixed(2)} s)${suppressed}${skipped}${issues}`;
}
