import type { GithubActionsRule } from '../../rule.js';
import type { Workflow } from '../../platforms/github-actions.js';
import { get, headSpan, str } from '../../model.js';

export const rule: GithubActionsRule = {
  platform: 'github-actions',
  meta: {
    "id": "iac/github-actions/script-injection",
    "title": "Untrusted event data interpolated into a run script",
    "description": "`${{ github.event.issue.title }}` and similar are attacker-controlled; interpolated into `run:` they become shell code executed with the workflow token and secrets.",
    "severity": "critical",
    "confidence": "high",
    "cwe": [
      "CWE-78"
    ],
    "equivalents": [
      "kics:20f14e1a-a899-4e79-9f09-b6a84cd4649b",
      "kics:62ff6823-927a-427f-acf9-f1ea2932d616",
      "checkov:CKV_GHA_2"
    ],
    "remediation": "Pass the value through an environment variable (`env: TITLE: ${{ github.event.issue.title }}`) and use `\"$TITLE\"` in the script."
  } as GithubActionsRule['meta'],
  check(file: Workflow, emit) {
    for (const step of file.steps) {
      // actions/github-script evaluates `with.script` as JavaScript: the same injection, in another language.
      const script = step.uses?.toLowerCase().startsWith('actions/github-script@') ? get(step.node, 'with', 'script') : undefined;
      for (const [node, what] of [[step.run, 'the shell script'], [script, 'the github-script JavaScript']] as const) {
        const text = str(node);
        if (!node || !text || !text.includes('${{')) continue;
        const hit = worstReference(text);
        if (!hit) continue;
        const where = { path: file.path, resource: step.job ? `job/${step.job.id}` : undefined };
        const key = node === script ? 'script' : 'run';
        if (hit.known) emit(where, headSpan(node), `${key}: interpolates \${{ ${hit.ref} }} directly into ${what}.`);
        else emit(where, headSpan(node), `${key}: interpolates \${{ ${hit.ref} }} directly into ${what}; that event field is not known to be safe (ids, SHAs, numbers, logins), so pass it through env: as well.`, undefined, { confidence: 'low' });
      }
    }
  },
};

/** Event fields an outside contributor writes (GitHub Security Lab's list, plus workflow_run and discussions). */
const ATTACKER_CONTROLLED = /^(?:issue\.(?:title|body)|pull_request\.(?:title|body|head\.(?:ref|label|repo\.default_branch))|comment\.body|review\.body|review_comment\.body|pages\.\*\.page_name|commits\.\*\.(?:message|author\.(?:email|name))|head_commit\.(?:message|author\.(?:email|name))|workflow_run\.(?:head_branch|head_commit\.(?:message|author\.(?:email|name))|display_title)|discussion\.(?:title|body))$/;

/**
 * Fields that cannot carry shell syntax: numbers, ids, SHAs, states, logins and repository names
 * (GitHub restricts their characters), timestamps and GitHub-built URLs.
 */
const SAFE_LEAF = new Set(['number', 'id', 'node_id', 'sha', 'head_sha', 'base_sha', 'before', 'after', 'merge_commit_sha', 'run_id', 'run_number', 'run_attempt', 'workflow_id', 'check_suite_id', 'conclusion', 'status', 'state', 'action', 'draft', 'merged', 'forced', 'created', 'deleted', 'private', 'fork', 'size', 'additions', 'deletions', 'changed_files', 'login', 'type', 'site_admin', 'html_url', 'url', 'author_association', 'visibility', 'full_name', 'event']);

/**
 * Payload parts only people with write access to the repository set: its own metadata, the
 * base side of a pull request, releases, milestones, deployments, workflow_dispatch inputs and
 * the pushed ref.
 */
const TRUSTED_ROOTS = new Set(['repository', 'organization', 'enterprise', 'installation', 'sender', 'inputs', 'release', 'milestone', 'deployment', 'schedule']);

function isSafe(path: string[]): boolean {
  if (!path.length) return false;
  const leaf = path[path.length - 1]!;
  if (SAFE_LEAF.has(leaf) || leaf.endsWith('_url') || leaf.endsWith('_at') || leaf.endsWith('_count')) return true;
  if (TRUSTED_ROOTS.has(path[0]!)) return true;
  if (path.length === 1 && path[0] === 'ref') return true;
  return path[0] === 'pull_request' && path[1] === 'base';
}

/**
 * The most dangerous event reference inside the script's `${{ }}` expressions: a field an outside
 * contributor writes, else one not known to be safe. References are read inside expressions
 * (`format()`, `||`, `toJSON()`), with `[0]` and `['x']` indexing normalised to `.*` and `.x`.
 */
function worstReference(text: string): { ref: string; known: boolean } | undefined {
  let unknown: string | undefined;
  let from = 0;
  for (let open = text.indexOf('${{', from); open >= 0; open = text.indexOf('${{', from)) {
    const close = text.indexOf('}}', open + 3);
    from = close < 0 ? text.length : close + 2;
    for (const expr of valueOperands(text.slice(open + 3, close < 0 ? undefined : close), 0)) {
      if (/\bgithub\.head_ref\b/.test(expr)) return { ref: 'github.head_ref', known: true };
      for (const m of expr.matchAll(/\bgithub\.event(?![\w-])((?:\.\*|\.[A-Za-z0-9_-]{1,64}|\[[^\]\n]{1,64}\]){0,16})/g)) {
        const path = [...m[1]!.matchAll(/\.(\*|[A-Za-z0-9_-]+)|\[([^\]]*)\]/g)].map((p) => p[1] ?? segment(p[2]!));
        const ref = `github.event${path.length ? '.' + path.join('.') : ''}`;
        if (ATTACKER_CONTROLLED.test(path.join('.'))) return { ref, known: true };
        if (!unknown && !isSafe(path)) unknown = ref;
      }
    }
  }
  return unknown ? { ref: unknown, known: false } : undefined;
}

/** `[0]` and `[*]` index a list; `['title']` names a field. */
function segment(index: string): string {
  const t = index.trim();
  const quoted = t.length >= 2 && (t[0] === "'" || t[0] === '"') && t[t.length - 1] === t[0];
  return quoted ? t.slice(1, -1) : '*';
}

/**
 * The parts of an expression whose text can become its value. `a && b || c` evaluates to one of
 * its operands; an operand that is a comparison, a negation or a contains()/startsWith()/endsWith()
 * call is true or false whatever event text it reads (`"${{ contains(github.event.head_commit.message,
 * '[skip]') }}" == "true"` is a common, safe test). A parenthesised operand is split the same way.
 */
function valueOperands(expr: string, depth: number): string[] {
  const out: string[] = [];
  let nesting = 0;
  let start = 0;
  let comparison = false;
  const flush = (end: number) => {
    const operand = expr.slice(start, end).trim();
    const inner = depth < 8 ? enclosed(operand) : undefined;
    if (inner !== undefined) out.push(...valueOperands(inner, depth + 1));
    else if (!comparison && !isBooleanTerm(operand)) out.push(operand);
    comparison = false;
  };
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]!;
    if (c === "'") {
      // '' inside a literal is an escaped quote: two adjacent literals here, which reads the same.
      const end = expr.indexOf("'", i + 1);
      i = end < 0 ? expr.length : end;
    } else if (c === '(' || c === '[') nesting++;
    else if (c === ')' || c === ']') nesting = Math.max(0, nesting - 1);
    else if (nesting === 0 && (c === '&' || c === '|') && expr[i + 1] === c) {
      flush(i);
      start = i + 2;
      i++;
    } else if (nesting === 0 && (c === '<' || c === '>' || ((c === '=' || c === '!') && expr[i + 1] === '='))) comparison = true;
  }
  flush(expr.length);
  return out;
}

/** `( … )` around the whole operand: its inside, else undefined. */
function enclosed(operand: string): string | undefined {
  if (!operand.startsWith('(')) return undefined;
  return closingParen(operand, 0) === operand.length - 1 ? operand.slice(1, -1) : undefined;
}

function isBooleanTerm(operand: string): boolean {
  if (operand.startsWith('!') || /^(?:true|false)$/i.test(operand)) return true;
  const call = /^(?:contains|startsWith|endsWith)\s{0,20}\(/i.exec(operand);
  return !!call && closingParen(operand, call[0].length - 1) === operand.length - 1;
}

/** Offset of the `)` that closes the `(` at `open`, skipping string literals; -1 if none. */
function closingParen(text: string, open: number): number {
  let nesting = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === '(') nesting++;
    else if (c === ')' && --nesting === 0) return i;
  }
  return -1;
}
