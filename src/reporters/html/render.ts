import type { Finding } from '../../core/finding.js';
import { ANALYZER_IDS } from '../../core/rule.js';
import type { ScanReport } from '../../core/report.js';
import { SEVERITIES } from '../../core/severity.js';
import type { RenderOptions } from '../registry.js';
import { barChart } from './charts.js';
import { escapeAttr, escapeHtml } from './escape.js';

const SEVERITY_COLOR: Record<string, string> = { critical: '#7b1fa2', high: '#c62828', medium: '#ef6c00', low: '#1565c0', info: '#607d8b' };
const ANALYZER_COLOR = '#37474f';

const CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f23;--muted:#6a737d;--line:#e1e4e8;--code:#f6f8fa;--hl:#fff5b1}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#c9d1d9;--muted:#8b949e;--line:#30363d;--code:#161b22;--hl:#3b2e00}}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1200px;padding:16px 24px;background:var(--bg);color:var(--fg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px}
.muted{color:var(--muted)}.verdict{display:inline-block;padding:2px 10px;border-radius:12px;color:#fff;font-weight:600}
.pass{background:#2e7d32}.fail{background:#c62828}
.charts{display:flex;flex-wrap:wrap;gap:24px}.chart{margin:0}.chart figcaption{font-weight:600;margin-bottom:4px}
.chart svg text{font:12px system-ui,sans-serif;fill:currentColor}
.filters{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}.filters input,.filters select{font:inherit;padding:4px 6px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{position:sticky;top:0;background:var(--bg)}
.sev{display:inline-block;min-width:62px;text-align:center;border-radius:10px;color:#fff;font-size:12px;padding:1px 6px}
code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}
pre{background:var(--code);padding:8px;overflow:auto;margin:6px 0}
.frame .n{color:var(--muted);user-select:none;display:inline-block;min-width:4ch;text-align:right;margin-right:1ch}
.ctl{background:#c62828;color:#fff;border-radius:2px}
details summary{cursor:pointer}.path{word-break:break-all}
`;

// Filtering reads only data-* attributes the renderer escaped; no report text is ever placed in script.
const SCRIPT = `
(function(){
  var q=document.getElementById('q'),sev=document.getElementById('sev'),an=document.getElementById('an'),count=document.getElementById('count');
  var rows=Array.prototype.slice.call(document.querySelectorAll('tbody tr.finding'));
  function apply(){
    var text=q.value.toLowerCase(),s=sev.value,a=an.value,shown=0;
    rows.forEach(function(r){
      var ok=(!s||r.getAttribute('data-severity')===s)&&(!a||r.getAttribute('data-analyzer')===a)&&(!text||r.getAttribute('data-text').indexOf(text)!==-1);
      r.hidden=!ok;if(ok)shown++;
    });
    count.textContent=shown+' of '+rows.length+' findings';
  }
  q.addEventListener('input',apply);sev.addEventListener('change',apply);an.addEventListener('change',apply);apply();
})();
`;

function codeFrame(f: Finding): string {
  if (f.snippet === undefined) return '';
  const lines = f.snippet.split('\n').map((line, i) => `<span class="n">${f.location.startLine + i}</span>${escapeHtml(line)}`);
  return `<pre class="frame"><code>${lines.join('\n')}</code></pre>`;
}

function details(f: Finding, report: ScanReport): string {
  const meta = report.rules?.[f.ruleId];
  const parts: string[] = [codeFrame(f)];
  const facts: string[] = [];
  if (f.cwe.length) facts.push(`<b>CWE</b> ${escapeHtml(f.cwe.join(', '))}`);
  if (f.owasp.length) facts.push(`<b>OWASP</b> ${escapeHtml(f.owasp.join(', '))}`);
  if (f.equivalents.length) facts.push(`<b>Also</b> ${escapeHtml(f.equivalents.join(', '))}`);
  facts.push(`<b>Confidence</b> ${escapeHtml(f.confidence)}`);
  if (f.secret) facts.push(`<b>Secret</b> <code>${escapeHtml(f.secret.redacted)}</code> (${f.secret.length} chars, sha256:${escapeHtml(f.secret.hash)})`);
  if (f.package) facts.push(`<b>Package</b> ${escapeHtml(`${f.package.ecosystem}:${f.package.name}${f.package.version ? `@${f.package.version}` : ''}`)}`);
  if (f.advisory) facts.push(`<b>Advisory</b> ${escapeHtml(f.advisory.id)}${f.advisory.fixedIn ? ` (fixed in ${escapeHtml(f.advisory.fixedIn)})` : ''}`);
  if (f.resource) facts.push(`<b>Resource</b> ${escapeHtml(f.resource)}`);
  facts.push(`<b>Fingerprint</b> <code>${escapeHtml(f.fingerprint)}</code>`);
  parts.push(`<p>${facts.join(' · ')}</p>`);
  if (f.trace?.length) {
    parts.push(`<ol class="trace">${f.trace.map((s) => `<li><b>${escapeHtml(s.kind)}</b> <span class="path">${escapeHtml(s.location.path)}:${s.location.startLine}</span> ${escapeHtml(s.message)}</li>`).join('')}</ol>`);
  }
  if (meta?.description) parts.push(`<p>${escapeHtml(meta.description)}</p>`);
  if (meta?.remediation) parts.push(`<p><b>Fix:</b> ${escapeHtml(meta.remediation)}</p>`);
  return parts.join('');
}

function row(f: Finding, report: ScanReport): string {
  const search = `${f.ruleId} ${f.location.path} ${f.message} ${f.title} ${f.cwe.join(' ')}`.toLowerCase();
  return (
    `<tr class="finding" data-severity="${escapeAttr(f.severity)}" data-analyzer="${escapeAttr(f.analyzer)}" data-text="${escapeAttr(search)}">` +
    `<td><span class="sev" style="background:${SEVERITY_COLOR[f.severity] ?? '#607d8b'}">${escapeHtml(f.severity)}</span></td>` +
    `<td class="path">${escapeHtml(f.location.path)}:${f.location.startLine}:${f.location.startColumn}</td>` +
    `<td><details><summary>${escapeHtml(f.message)}</summary>${details(f, report)}</details></td>` +
    `<td><code>${escapeHtml(f.ruleId)}</code></td></tr>`
  );
}

/**
 * One self-contained HTML file: inline CSS, SVG charts and a small filter script, and a
 * Content-Security-Policy that forbids every network load, so opening a report fetches nothing.
 * Every piece of report text is escaped: findings quote the scanned, possibly hostile, code.
 */
export function renderHtml(report: ScanReport, _options: RenderOptions = {}): string {
  const bySeverity = SEVERITIES.map((s) => ({ label: s, value: report.findings.filter((f) => f.severity === s).length, color: SEVERITY_COLOR[s]! }));
  const analyzers = [...new Set([...ANALYZER_IDS.filter((a) => a in report.stats.byAnalyzer), ...report.findings.map((f) => f.analyzer)])];
  const byAnalyzer = analyzers.map((a) => ({ label: a, value: report.findings.filter((f) => f.analyzer === a).length, color: ANALYZER_COLOR }));
  const v = report.verdict;
  const verdict = v.passed
    ? `<span class="verdict pass">PASSED</span>`
    : `<span class="verdict fail">FAILED</span> <span class="muted">${v.blocking} blocking at ≥ ${escapeHtml(v.failOn)}${v.blockingIssues ? `, ${v.blockingIssues} scan issues under --strict` : ''}</span>`;
  const summary = `${report.findings.length} findings in ${report.stats.files} files, ${report.suppressed.length} suppressed, ${report.skipped.length} skipped, ${report.issues.length} scan issues, ${(report.stats.durationMs / 1000).toFixed(2)} s`;
  const options = (values: readonly string[]) => values.map((x) => `<option value="${escapeAttr(x)}">${escapeHtml(x)}</option>`).join('');
  const issues = report.issues.length
    ? `<h2>Scan issues (${report.issues.length})</h2><p class="muted">What could not be read, parsed or trusted: findings may be missing here.</p><table><thead><tr><th>Code</th><th>Where</th><th>Message</th></tr></thead><tbody>${report.issues
        .map((i) => `<tr><td><code>${escapeHtml(i.code)}</code></td><td class="path">${escapeHtml(i.path ? `${i.path}${i.line ? `:${i.line}` : ''}` : '')}</td><td>${escapeHtml(i.message)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const skippedReasons = new Map<string, number>();
  for (const s of report.skipped) skippedReasons.set(s.reason, (skippedReasons.get(s.reason) ?? 0) + 1);
  const skipped = report.skipped.length
    ? `<h2>Skipped files (${report.skipped.length})</h2><details><summary>${escapeHtml([...skippedReasons].map(([r, n]) => `${n} ${r}`).join(', '))}</summary><table><tbody>${report.skipped
        .map((s) => `<tr><td>${escapeHtml(s.reason)}</td><td class="path">${escapeHtml(s.path)}</td><td class="muted">${escapeHtml(s.detail ?? '')}</td></tr>`)
        .join('')}</tbody></table></details>`
    : '';
  const suppressed = report.suppressed.length
    ? `<h2>Suppressed (${report.suppressed.length})</h2><table><tbody>${report.suppressed
        .map((s) => `<tr><td>${escapeHtml(s.kind)}</td><td class="path">${escapeHtml(s.finding.location.path)}:${s.finding.location.startLine}</td><td><code>${escapeHtml(s.finding.ruleId)}</code></td><td>${escapeHtml(s.reason ?? '')}${s.expires ? ` <span class="muted">until ${escapeHtml(s.expires)}</span>` : ''}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>skeptic report</title>
<style>${CSS}</style>
</head>
<body>
<h1>skeptic report</h1>
<p>${verdict}</p>
<p class="muted">${escapeHtml(summary)} · skeptic ${escapeHtml(report.tool.version)} · report schema ${report.schemaVersion}</p>
<div class="charts">${barChart('Findings by severity', bySeverity)}${barChart('Findings by analyzer', byAnalyzer)}</div>
<h2>Findings</h2>
<div class="filters"><input id="q" type="search" placeholder="filter: rule, path, message, CWE" aria-label="filter text"><select id="sev" aria-label="severity"><option value="">all severities</option>${options(SEVERITIES)}</select><select id="an" aria-label="analyzer"><option value="">all analyzers</option>${options(analyzers)}</select><span id="count" class="muted">${report.findings.length} findings</span></div>
<table><thead><tr><th>Severity</th><th>Location</th><th>Finding</th><th>Rule</th></tr></thead><tbody>
${report.findings.map((f) => row(f, report)).join('\n')}
</tbody></table>
${issues}
${suppressed}
${skipped}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
