import { randomBytes } from 'node:crypto';
import type { Finding } from '../core/finding.js';
import type { ScanReport } from '../core/report.js';
import { escapeMarkdown } from '../reporters/markdown.js';
import { sanitizeForTerminal } from '../reporters/text.js';

/**
 * Text that reaches a GitHub Actions log can issue workflow commands: a line starting with
 * `::` (after leading whitespace, which the runner trims) such as `::set-output`, `::add-mask::`
 * or `::stop-commands::`, and the legacy `##[command]` / `##vso[` forms anywhere in a line.
 * A finding's message and snippet come from the scanned (hostile) repository, so both are
 * neutralised here; control characters are escaped first so nothing can start a new line.
 */
export function sanitizeForCiLog(text: string): string {
  return sanitizeForTerminal(text)
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .split('\n')
    .map((line) => line.replace(/^(\s*):(?=:)/, '$1:\u200b').replace(/##(?=\[|vso\[)/gi, '#\u200b#'))
    .join('\n');
}

/** A token for `::stop-commands::`: unguessable, so scanned text cannot resume command processing. */
export function stopCommandsToken(): string {
  return `skeptic-${randomBytes(16).toString('hex')}`;
}

function loc(f: Finding): string {
  return `${f.location.path}:${f.location.startLine}:${f.location.startColumn}`;
}

/** Log lines for the job output; every untrusted piece goes through sanitizeForCiLog. */
export function ciLogLines(report: ScanReport): string[] {
  const lines: string[] = [];
  for (const f of report.findings) {
    lines.push(sanitizeForCiLog(`${loc(f)}  ${f.severity.padEnd(8)} ${f.ruleId}  ${f.message}`));
  }
  for (const i of report.issues) lines.push(sanitizeForCiLog(`scan issue ${i.code}: ${i.path ? `${i.path}: ` : ''}${i.message}`));
  const v = report.verdict;
  lines.push(`${v.passed ? 'PASSED' : 'FAILED'}: ${report.findings.length} finding(s), ${v.blocking} blocking at >= ${v.failOn}${v.blockingIssues ? `, ${v.blockingIssues} blocking scan issue(s)` : ''}`);
  return lines;
}

export { escapeMarkdown };

export const COMMENT_MARKER = '<!-- skeptic-review -->';

/** The one PR comment skeptic keeps up to date. */
export function commentMarkdown(report: ScanReport, options: { runUrl?: string; maxRows?: number } = {}): string {
  const max = options.maxRows ?? 50;
  const v = report.verdict;
  const out = [COMMENT_MARKER, `### skeptic: ${v.passed ? '✅ passed' : `❌ ${v.blocking} blocking finding${v.blocking === 1 ? '' : 's'}`}`, ''];
  if (report.findings.length === 0) out.push('No findings on the changed lines.');
  else {
    out.push('| Severity | Rule | Where | Finding |', '|---|---|---|---|');
    for (const f of report.findings.slice(0, max)) {
      out.push(`| ${f.severity} | \`${f.ruleId}\` | ${escapeMarkdown(loc(f))} | ${escapeMarkdown(f.message).slice(0, 300)} |`);
    }
    if (report.findings.length > max) out.push('', `… and ${report.findings.length - max} more (see the code scanning alerts or the job log).`);
  }
  if (report.issues.length) out.push('', `⚠️ ${report.issues.length} scan issue${report.issues.length === 1 ? '' : 's'}: some content could not be fully checked (see the job log).`);
  if (report.suppressed.length) out.push('', `${report.suppressed.length} finding(s) suppressed by inline comments, config or baseline.`);
  out.push('', `<sub>Gate: fail on ${v.failOn} and above. ${options.runUrl ? `[Run log](${options.runUrl})` : ''}</sub>`);
  return out.join('\n') + '\n';
}
