import type { Finding, RawFinding } from '../core/finding.js';
import { LineIndex } from '../core/location.js';
import type { RuleMeta } from '../core/rule.js';
import { analyzerOf } from '../core/rule.js';
import type { Severity } from '../core/severity.js';
import { contentHashOf, fingerprintOf, normaliseForIdentity, sha256 } from './fingerprint.js';
import { scrub, secretDetail } from './redact.js';

export interface FinalizeOptions {
  readonly showSecrets: boolean;
  readonly severityOverride: (ruleId: string) => Severity | undefined;
}

const MAX_SNIPPET_LINES = 5;
const MAX_SNIPPET_LINE_LENGTH = 300;

/**
 * Turns raw findings of one file into report findings: rule metadata, fingerprint,
 * snippet, and redaction. Runs where the file text is at hand (often a worker thread).
 */
export function finalizeFindings(
  raws: readonly RawFinding[],
  text: string | undefined,
  rules: ReadonlyMap<string, RuleMeta>,
  options: FinalizeOptions,
): Finding[] {
  if (raws.length === 0) return [];
  const index = text === undefined ? undefined : new LineIndex(text);
  const sorted = [...raws].sort(
    (a, b) => a.location.startLine - b.location.startLine || a.location.startColumn - b.location.startColumn,
  );
  const occurrences = new Map<string, number>();
  const out: Finding[] = [];
  for (const raw of sorted) {
    const meta = rules.get(raw.ruleId);
    const identity = identityOf(raw, index);
    const key = `${raw.ruleId}\0${raw.location.path}\0${identity}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    let snippet = raw.snippet ?? (index ? snippetOf(index, raw.location.startLine, raw.location.endLine) : undefined);
    let message = raw.message;
    if (raw.secretValue !== undefined && !options.showSecrets) {
      if (snippet !== undefined) snippet = scrub(snippet, raw.secretValue);
      message = scrub(message, raw.secretValue);
    }
    const finding: Finding = {
      ruleId: raw.ruleId,
      analyzer: analyzerOf(raw.ruleId) ?? 'code',
      title: meta?.title ?? raw.ruleId,
      severity: options.severityOverride(raw.ruleId) ?? raw.severity ?? meta?.severity ?? 'medium',
      confidence: raw.confidence ?? meta?.confidence ?? 'medium',
      cwe: raw.cwe ?? meta?.cwe ?? [],
      owasp: meta?.owasp ?? [],
      equivalents: raw.equivalents ?? meta?.equivalents ?? [],
      message,
      location: raw.location,
      fingerprint: fingerprintOf(raw.ruleId, raw.location.path, identity, occurrence),
      contentHash: contentHashOf(raw.ruleId, identity, occurrence),
      ...(snippet !== undefined ? { snippet } : {}),
      ...(raw.trace ? { trace: raw.trace } : {}),
      ...(raw.secretValue !== undefined ? { secret: secretDetail(raw.secretValue, options.showSecrets, raw.verification) } : {}),
      ...(raw.commit ? { commit: raw.commit } : {}),
      ...(raw.package ? { package: raw.package } : {}),
      ...(raw.advisory ? { advisory: raw.advisory } : {}),
      ...(raw.resource ? { resource: raw.resource } : {}),
      ...(raw.fix ? { fix: raw.fix } : {}),
      ...(raw.properties ? { properties: raw.properties } : {}),
    };
    out.push(finding);
  }
  return out;
}

function identityOf(raw: RawFinding, index: LineIndex | undefined): string {
  if (raw.identity !== undefined) return raw.identity;
  // A secret's identity is its hash: the same key moved or reformatted is the same finding.
  if (raw.secretValue !== undefined) return sha256(raw.secretValue);
  if (!index) return `${raw.message}`;
  const { startLine, endLine, startColumn, endColumn } = raw.location;
  if (startLine === endLine) {
    const line = index.line(startLine);
    const piece = line.slice(startColumn - 1, endColumn - 1);
    return normaliseForIdentity(piece || line);
  }
  const lines: string[] = [];
  for (let l = startLine; l <= Math.min(endLine, startLine + 20); l++) lines.push(index.line(l));
  return normaliseForIdentity(lines.join('\n'));
}

function snippetOf(index: LineIndex, startLine: number, endLine: number): string {
  const last = Math.min(endLine, startLine + MAX_SNIPPET_LINES - 1, index.lineCount);
  const lines: string[] = [];
  for (let l = startLine; l <= last; l++) {
    const line = index.line(l);
    lines.push(line.length > MAX_SNIPPET_LINE_LENGTH ? line.slice(0, MAX_SNIPPET_LINE_LENGTH) + '…' : line);
  }
  return lines.join('\n');
}
