import type { Finding } from '../core/finding.js';
import type { ScanIssue } from '../core/issue.js';
import type { SuppressedFinding } from '../core/report.js';
import type { IgnoreEntry } from '../config/schema.js';
import { GlobSet } from '../source/glob.js';
import { ruleMatches } from '../core/rule.js';

export interface SuppressionDirective {
  readonly path: string;
  /** The line the directive sits on. */
  readonly line: number;
  /** The line whose findings it silences. */
  readonly appliesTo: number;
  readonly rules: readonly string[];
  readonly reason?: string;
}

const MARKER = 'skeptic-ignore';
// Only a comment can carry a directive, so a string literal that mentions the marker does not silence anything.
const COMMENT_BEFORE = /(?:\/\/|#|\/\*|<!--|--|;|\*)\s*$/;
// A rule id never starts with '-', so `skeptic-ignore -- reason` has no rule (and says so) instead
// of a rule named `--`; ids are separated by commas with or without spaces.
const DIRECTIVE = /^skeptic-ignore(-next-line)?(?:[ \t]+([A-Za-z0-9_./*][A-Za-z0-9_./*-]*(?:[ \t]*,[ \t]*[A-Za-z0-9_./*][A-Za-z0-9_./*-]*)*))?(?:[ \t]+--[ \t]*(.*))?/;

/** Finds directives with one linear pass of indexOf; regexes run only on the short marker tail. */
export function parseSuppressions(path: string, text: string): SuppressionDirective[] {
  const out: SuppressionDirective[] = [];
  // Lines are counted forward from the previous directive, so a file full of directives stays linear.
  let line = 1;
  let counted = 0;
  let at = text.indexOf(MARKER);
  while (at !== -1) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    const before = text.slice(Math.max(lineStart, at - 200), at);
    if (COMMENT_BEFORE.test(before)) {
      const tail = text.slice(at, Math.min(lineEnd, at + 500)).replace(/\s*(\*\/|-->)\s*$/, '');
      const match = DIRECTIVE.exec(tail);
      if (match) {
        for (let i = text.indexOf('\n', counted); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
        counted = lineStart;
        const reason = match[3]?.trim();
        out.push({
          path,
          line,
          appliesTo: match[1] ? line + 1 : line,
          rules: (match[2] ?? '').split(',').map((r) => r.trim()).filter(Boolean),
          ...(reason ? { reason } : {}),
        });
      }
    }
    at = text.indexOf(MARKER, lineEnd);
  }
  return out;
}

export interface SuppressionOutcome {
  readonly kept: Finding[];
  readonly suppressed: SuppressedFinding[];
  readonly issues: ScanIssue[];
}

/**
 * Applies inline directives. A directive without a reason or without a rule id does not
 * suppress and is reported; one that silences nothing is reported as unused.
 * `trusted(directive)` lets diff mode refuse directives added by the change under review.
 */
export function applyInlineSuppressions(
  findings: readonly Finding[],
  directives: readonly SuppressionDirective[],
  trusted: (directive: SuppressionDirective) => boolean = () => true,
): SuppressionOutcome {
  const issues: ScanIssue[] = [];
  const usable: SuppressionDirective[] = [];
  for (const d of directives) {
    if (d.rules.length === 0) {
      issues.push({ code: 'invalid-suppression', path: d.path, line: d.line, message: 'skeptic-ignore needs a rule id and a reason: `skeptic-ignore <rule-id> -- <reason>`; it suppresses nothing' });
    } else if (!d.reason) {
      issues.push({ code: 'invalid-suppression', path: d.path, line: d.line, ruleId: d.rules.join(','), message: `suppression of ${d.rules.join(', ')} has no reason (\`-- <reason>\`); it suppresses nothing` });
    } else if (!trusted(d)) {
      issues.push({ code: 'config-changed-in-diff', path: d.path, line: d.line, ruleId: d.rules.join(','), message: `suppression of ${d.rules.join(', ')} was added by the change under review; it does not take effect` });
    } else {
      usable.push(d);
    }
  }
  const used = new Set<SuppressionDirective>();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const directive = usable.find(
      (d) => d.path === finding.location.path && d.appliesTo === finding.location.startLine && d.rules.some((r) => ruleMatches(r, finding.ruleId)),
    );
    if (directive) {
      used.add(directive);
      suppressed.push({ finding, kind: 'inline', reason: directive.reason! });
    } else {
      kept.push(finding);
    }
  }
  for (const d of usable) {
    if (!used.has(d)) {
      issues.push({ code: 'unused-suppression', path: d.path, line: d.line, ruleId: d.rules.join(','), message: `suppression of ${d.rules.join(', ')} matches no finding; remove it` });
    }
  }
  return { kept, suppressed, issues };
}

/** Config-level ignores: each has a reason; past its expiry date the finding returns. */
export function applyConfigIgnores(findings: readonly Finding[], entries: readonly IgnoreEntry[], today: string): SuppressionOutcome {
  const compiled = entries.map((entry) => ({ entry, paths: entry.path ? new GlobSet([entry.path]) : undefined }));
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const issues: ScanIssue[] = [];
  const expiredReported = new Set<IgnoreEntry>();
  for (const finding of findings) {
    const match = compiled.find(({ entry, paths }) =>
      (entry.rule === undefined || ruleMatches(entry.rule, finding.ruleId)) &&
      (paths === undefined || paths.matches(finding.location.path)) &&
      (entry.fingerprint === undefined || entry.fingerprint === finding.fingerprint));
    if (!match) {
      kept.push(finding);
      continue;
    }
    if (match.entry.expires !== undefined && match.entry.expires < today) {
      kept.push(finding);
      if (!expiredReported.has(match.entry)) {
        expiredReported.add(match.entry);
        issues.push({ code: 'unused-suppression', ...(finding.ruleId ? { ruleId: finding.ruleId } : {}), message: `config ignore (${match.entry.reason}) expired on ${match.entry.expires}; its findings are reported again` });
      }
      continue;
    }
    suppressed.push({ finding, kind: 'config', reason: match.entry.reason, ...(match.entry.expires ? { expires: match.entry.expires } : {}) });
  }
  return { kept, suppressed, issues };
}
