import { isAbsolute, resolve } from 'node:path';
import { sanitizeForTerminal } from '../reporters/text.js';
import { readFileSync } from 'node:fs';
import type { Finding } from '../core/finding.js';
import { LineIndex, type LineRange, type Location } from '../core/location.js';
import { describeFinding, scanOne, type ScanOneResult } from './scan-one.js';

/**
 * Claude Code hook protocol (PostToolUse). The event arrives as JSON on stdin:
 * { session_id, transcript_path, cwd, hook_event_name: "PostToolUse", tool_name: "Write",
 *   tool_input: { file_path, content | old_string/new_string | edits }, tool_response }.
 * The reply is JSON on stdout with exit code 0: `decision: "block"` plus `reason` is fed
 * back to the model (the write already happened, so "block" means "fix this now").
 */
export interface HookEvent {
  readonly hook_event_name?: string;
  readonly tool_name?: string;
  readonly cwd?: string;
  readonly tool_input?: {
    readonly file_path?: string;
    readonly new_string?: unknown;
    readonly edits?: readonly { readonly new_string?: unknown }[];
  };
}

export interface HookReply {
  readonly decision?: 'block';
  readonly reason?: string;
  readonly hookSpecificOutput?: { readonly hookEventName: 'PostToolUse'; readonly additionalContext: string };
  readonly suppressOutput?: boolean;
}

export const WRITE_TOOLS = new Set(['Write', 'Edit', 'MultiEdit']);

export class HookInputError extends Error {}

export function parseHookEvent(raw: string): HookEvent {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new HookInputError(`hook input is not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HookInputError('hook input is not a JSON object');
  return value as HookEvent;
}

/** The file the tool wrote, or undefined when this event is not a write. */
export function writtenFile(event: HookEvent): string | undefined {
  if (event.hook_event_name !== undefined && event.hook_event_name !== 'PostToolUse') return undefined;
  if (!WRITE_TOOLS.has(event.tool_name ?? '')) return undefined;
  const path = event.tool_input?.file_path;
  return typeof path === 'string' && path.length > 0 ? path : undefined;
}

const MAX_LISTED = 10;

export function replyFor(result: ScanOneResult): HookReply | undefined {
  const lines = (list: readonly ScanOneResult['blocking'][number][]) =>
    list.slice(0, MAX_LISTED).map((f) => sanitizeForTerminal(describeFinding(f))).join('\n') + (list.length > MAX_LISTED ? `\n… and ${list.length - MAX_LISTED} more` : '');
  // Config problems (an unused suppression, a rule id that names nothing) are not about this file.
  const issues = result.report.issues.filter((i) => i.code !== 'unused-suppression' && i.code !== 'unknown-rule');
  const skipped = result.report.skipped.filter((s) => s.path === result.relativePath);
  const notes = [
    ...issues.map((i) => `${i.code}: ${i.message}`),
    ...skipped.map((s) => `skipped (${s.reason}${s.detail ? `: ${s.detail}` : ''})`),
  ];
  const issueNote = notes.length ? `\nskeptic could not fully check this file: ${notes.slice(0, 3).map((n) => sanitizeForTerminal(n)).join('; ')}` : '';
  if (result.blocking.length > 0) {
    const reason =
      `skeptic found ${result.blocking.length} security problem${result.blocking.length === 1 ? '' : 's'} in ${result.relativePath} that must be fixed before continuing:\n` +
      `${lines(result.blocking)}\n` +
      'Fix the code (do not just suppress the finding). If a finding is a false positive, add a `skeptic-ignore <rule-id> -- <reason>` comment on that line and explain why to the user.' +
      (result.advisory.length ? `\nAlso worth a look:\n${lines(result.advisory)}` : '') +
      issueNote;
    return { decision: 'block', reason, hookSpecificOutput: { hookEventName: 'PostToolUse', additionalContext: reason } };
  }
  if (result.advisory.length > 0 || issueNote) {
    const context = (result.advisory.length ? `skeptic notes on ${result.relativePath} (not blocking):\n${lines(result.advisory)}` : '') + issueNote;
    return { hookSpecificOutput: { hookEventName: 'PostToolUse', additionalContext: context.trim() } };
  }
  return undefined;
}

/**
 * Lines an Edit/MultiEdit just wrote, found by locating each `new_string` in the file. Undefined
 * means "treat the whole file as new": a Write, an edit that only deletes (removing a check can
 * make an old line vulnerable), or text that cannot be located.
 */
export function editedLines(event: HookEvent, text: string): LineRange[] | undefined {
  const tool = event.tool_name;
  const input = event.tool_input;
  const news = tool === 'Edit' ? [input?.new_string] : tool === 'MultiEdit' ? (Array.isArray(input?.edits) ? input!.edits.map((e) => e?.new_string) : []) : undefined;
  if (!news || news.length === 0) return undefined;
  const index = new LineIndex(text);
  const ranges: LineRange[] = [];
  for (const n of news) {
    if (typeof n !== 'string' || n.trim() === '') return undefined;
    let at = text.indexOf(n);
    if (at === -1) return undefined;
    while (at !== -1 && ranges.length < 1000) {
      ranges.push({ start: index.position(at).line, end: index.position(at + n.length).line });
      at = text.indexOf(n, at + n.length);
    }
  }
  return ranges;
}

function touches(location: Location, ranges: readonly LineRange[]): boolean {
  return ranges.some((r) => location.startLine <= r.end && location.endLine >= r.start);
}

/**
 * After an edit, only findings the edit is part of block: on an edited line, or with a data-flow
 * step on one (a new source feeding an old sink). Older problems in the file are reported as
 * context so the agent is not sent off rewriting code it was not asked to touch.
 */
export function focusOnEdit(result: ScanOneResult, ranges: readonly LineRange[] | undefined): ScanOneResult {
  if (!ranges) return result;
  const involved = (f: Finding) => touches(f.location, ranges) || (f.trace ?? []).some((step) => touches(step.location, ranges));
  const blocking = result.blocking.filter(involved);
  const older = result.blocking.filter((f) => !involved(f)).map((f) => ({ ...f, message: `${f.message} (already in the file before this edit)` }));
  return { ...result, blocking, advisory: [...older, ...result.advisory] };
}

export async function runClaudeCodeHook(raw: string, env: Readonly<Record<string, string | undefined>>, fallbackCwd: string): Promise<HookReply | undefined> {
  const event = parseHookEvent(raw);
  const file = writtenFile(event);
  if (!file) return undefined;
  const root = env.CLAUDE_PROJECT_DIR || (typeof event.cwd === 'string' && event.cwd) || fallbackCwd;
  const absolute = isAbsolute(file) ? file : resolve(root, file);
  const result = await scanOne({ root, path: absolute, aiAuthored: true, offline: true });
  let ranges: LineRange[] | undefined;
  try {
    ranges = editedLines(event, readFileSync(absolute, 'utf8'));
  } catch {
    ranges = undefined; // unreadable now: keep every finding blocking
  }
  return replyFor(focusOnEdit(result, ranges));
}
