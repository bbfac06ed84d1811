import { isAbsolute, resolve } from 'node:path';
import { sanitizeForTerminal } from '../reporters/text.js';
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
  readonly tool_input?: { readonly file_path?: string; readonly notebook_path?: string };
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
  const issues = result.report.issues.filter((i) => i.code !== 'unused-suppression');
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

export async function runClaudeCodeHook(raw: string, env: Readonly<Record<string, string | undefined>>, fallbackCwd: string): Promise<HookReply | undefined> {
  const event = parseHookEvent(raw);
  const file = writtenFile(event);
  if (!file) return undefined;
  const root = env.CLAUDE_PROJECT_DIR || (typeof event.cwd === 'string' && event.cwd) || fallbackCwd;
  const absolute = isAbsolute(file) ? file : resolve(root, file);
  const result = await scanOne({ root, path: absolute, aiAuthored: true, offline: true });
  return replyFor(result);
}
