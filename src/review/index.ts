import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AiAttribution, Finding } from '../core/finding.js';
import type { ScanIssue } from '../core/issue.js';
import { CONFIG_FILE_NAMES } from '../config/load.js';
import { prepareDiffScan } from '../provenance/diff-request.js';
import type { FileProvenance } from '../provenance/attribute.js';
import { scan } from '../scan/scan.js';
import { readBlobs, type FileChange } from '../source/git-diff.js';
import { GlobSet } from '../source/glob.js';
import { isTestCode } from '../targets/test-paths.js';
import { authWeakened, endpoints, iacIncreases, isAgentInstruction, isCiWorkflow, newDependencies, sensitiveEdit } from './detect.js';

export { renderMarkdown } from './markdown.js';

export type ReviewKind =
  | 'endpoint'
  | 'auth-weakened'
  | 'sensitive-code'
  | 'dependency'
  | 'iac-permission'
  | 'ci-workflow'
  | 'agent-instructions'
  | 'gate-config'
  | 'secret'
  | 'out-of-scope'
  | 'ai-untested'
  | 'finding';

export interface ReviewItem {
  readonly kind: ReviewKind;
  readonly level: 'high' | 'medium' | 'low';
  readonly title: string;
  readonly path: string;
  /** 1-based line at HEAD (or at the base for removed lines); 0 when the item is about the whole file. */
  readonly line: number;
  readonly detail?: string;
  readonly ai?: AiAttribution;
}

export interface ChecklistItem {
  readonly id: 'input-validation' | 'no-hardcoded-values' | 'dependencies-scanned' | 'access-scope';
  readonly title: string;
  /** `attention`: skeptic found something a human must look at; `clear`: nothing found, a human still confirms. */
  readonly status: 'attention' | 'clear';
  readonly evidence: readonly string[];
  readonly confirm: string;
}

export interface Review {
  readonly schemaVersion: 1;
  readonly kind: 'skeptic-review';
  readonly base: { readonly requested: string; readonly mergeBase: string; readonly head: string };
  readonly files: { readonly changed: number; readonly added: number; readonly deleted: number };
  readonly provenance: { readonly aiShare: number; readonly addedLines: number; readonly aiLines: number; readonly humanLines: number; readonly unknownLines: number; readonly tools: readonly string[]; readonly files: readonly FileProvenance[]; readonly commits: readonly { sha: string; subject: string; tool?: string; evidence: readonly string[] }[] };
  readonly items: readonly ReviewItem[];
  readonly checklist: readonly ChecklistItem[];
  readonly issues: readonly ScanIssue[];
  readonly findings: readonly Finding[];
}

export interface ReviewOptions {
  readonly root: string;
  /** A branch, tag or commit; undefined: from the GitHub pull-request environment. */
  readonly base?: string;
  /** Globs of paths the change is declared to touch. */
  readonly scope?: readonly string[];
  /** A file of scope globs, one a line (# comments). */
  readonly scopeFile?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Added AI-written lines above which a change with no test edits is called out. */
  readonly untestedThreshold?: number;
}

const MAX_COMPARE = 8 * 1024 * 1024;
const LEVEL_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** The risky-change review of base...HEAD. Signature kept stable: the MCP server calls it. */
export async function reviewDiff(options: ReviewOptions): Promise<Review> {
  const env = options.env ?? {};
  const prepared = prepareDiffScan(options.root, options.base, env);
  const { diff, provenance } = prepared;
  const { root, changes } = diff;
  const items: ReviewItem[] = [];
  const extraIssues: ScanIssue[] = [];
  const aiOf = (path: string, line: number): AiAttribution | undefined => (line > 0 ? provenance.line(path, line) : undefined);
  const push = (item: Omit<ReviewItem, 'ai'>) => {
    const ai = aiOf(item.path, item.line);
    items.push({ ...item, ...(ai ? { ai } : {}) });
  };

  const live = changes.filter((c) => !c.binary);
  const beforePaths = live.filter((c) => c.status !== 'added').map((c) => c.oldPath ?? c.path);
  const before = readBlobs(root, diff.base.mergeBase, beforePaths);
  const textBefore = (c: FileChange) => before.get(c.oldPath ?? c.path)?.toString('utf8') ?? '';
  const textAfter = (c: FileChange) => (c.status === 'deleted' ? '' : diff.contents.get(c.path)?.toString('utf8') ?? '');

  for (const c of live) {
    for (const h of endpoints(c)) push({ kind: 'endpoint', level: 'medium', title: `new or changed endpoint ${h.label}`, path: c.path, line: h.line, detail: h.text.trim().slice(0, 200) });
    for (const h of authWeakened(c)) push({ kind: 'auth-weakened', level: 'high', title: `auth ${h.label}`, path: c.path, line: h.label.startsWith('removed') ? 0 : h.line, detail: h.text.trim().slice(0, 200) });
    const isIac = c.status !== 'deleted' && /\.(?:tf|json|ya?ml|hcl)$/.test(c.path);
    const tooLarge = isIac && textAfter(c).length + textBefore(c).length > MAX_COMPARE;
    if (tooLarge) extraIssues.push({ code: 'read-error', path: c.path, message: `larger than ${MAX_COMPARE} bytes: IaC permission changes were not compared` });
    const iac = isIac && !tooLarge ? iacIncreases(c, textBefore(c), textAfter(c)) : [];
    // An IaC file's permission changes are listed precisely below; a generic "policy edited" item would only repeat them.
    const sensitive = iac.length ? undefined : sensitiveEdit(c);
    if (sensitive) push({ kind: 'sensitive-code', level: 'medium', title: `edit to auth/session/crypto code (${sensitive})`, path: c.path, line: c.added[0]?.line ?? 0 });
    const deps = newDependencies(c.path, textBefore(c), textAfter(c));
    for (const d of deps) push({ kind: 'dependency', level: 'medium', title: `new dependency ${d.name}@${d.version}`, path: c.path, line: c.added.find((l) => l.text.includes(`"${d.name}"`) || l.text.trim().toLowerCase().startsWith(d.name.toLowerCase()))?.line ?? 0 });
    {
      for (const h of iac) push({ kind: 'iac-permission', level: h.label.includes('wildcard') || h.label.includes('whole internet') || h.label.includes('iam:PassRole') || h.label.includes('privileged: true') ? 'high' : 'medium', title: h.label, path: c.path, line: h.line });
    }
    if (isCiWorkflow(c.path) || (c.oldPath && isCiWorkflow(c.oldPath))) push({ kind: 'ci-workflow', level: 'high', title: `CI workflow ${c.status}`, path: c.path, line: c.added[0]?.line ?? 0, detail: 'CI runs with repository secrets and write tokens; a changed workflow can exfiltrate them or skip this gate' });
    if (isAgentInstruction(c.path)) push({ kind: 'agent-instructions', level: 'high', title: `agent instruction file ${c.status}`, path: c.path, line: c.added[0]?.line ?? 0, detail: 'instructions steer every later agent run in this repository (prompt injection, tool permissions)' });
    if ((CONFIG_FILE_NAMES as readonly string[]).includes(c.path)) push({ kind: 'gate-config', level: 'high', title: 'skeptic configuration changed (not applied in this review; the base commit’s is used)', path: c.path, line: c.added[0]?.line ?? 0 });
    for (const { line, text } of c.added) {
      if (text.length < 2000 && text.includes('skeptic-ignore')) push({ kind: 'gate-config', level: 'high', title: 'suppression added by the change (does not take effect here)', path: c.path, line, detail: text.trim().slice(0, 200) });
    }
  }
  for (const issue of diff.settings.issues) {
    if (issue.code === 'config-changed-in-diff' && issue.path && !(CONFIG_FILE_NAMES as readonly string[]).includes(issue.path)) push({ kind: 'gate-config', level: 'high', title: issue.message, path: issue.path, line: 0 });
  }

  // Secrets, supply-chain verdicts and every other analyzer's findings on added lines, with the base's config.
  let report;
  try {
    report = await scan({ ...prepared.request, workers: 0, offline: true });
  } catch (error) {
    // One broken analyzer must not cost the whole review: fall back to the two the checklist depends on.
    extraIssues.push({ code: 'analyzer-crashed', message: `full scan of the change failed (${(error as Error).message.split('\n')[0]}); only secrets and dependencies were run` });
    report = await scan({ ...prepared.request, analyzers: ['secrets', 'dependencies'], workers: 0, offline: true });
  }
  for (const f of report.findings) {
    if (f.analyzer === 'secrets') push({ kind: 'secret', level: 'high', title: `${f.title} added`, path: f.location.path, line: f.location.startLine, detail: f.snippet ?? f.message });
    else if (f.analyzer !== 'dependencies') push({ kind: 'finding', level: f.severity === 'critical' || f.severity === 'high' ? 'high' : f.severity === 'medium' ? 'medium' : 'low', title: `${f.title} (${f.ruleId})`, path: f.location.path, line: f.location.startLine, detail: f.message });
  }
  const depFindings = report.findings.filter((f) => f.analyzer === 'dependencies');
  for (const item of items.filter((i) => i.kind === 'dependency')) {
    const name = /^new dependency (.+)@/.exec(item.title)?.[1] ?? '';
    const hits = depFindings.filter((f) => f.package?.name === name || f.message.includes(name));
    const verdict = hits.length ? hits.map((f) => `${f.ruleId}: ${f.message}`).join('; ') : 'no supply-chain finding from the dependencies analyzer';
    items[items.indexOf(item)] = { ...item, level: hits.some((f) => f.severity === 'critical' || f.severity === 'high') ? 'high' : item.level, detail: verdict };
  }

  // Scope
  const globs = [...(options.scope ?? [])];
  if (options.scopeFile) {
    const text = readFileSync(resolve(options.scopeFile), 'utf8');
    globs.push(...text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
  }
  if (globs.length) {
    const scope = new GlobSet(globs);
    for (const c of changes) if (!scope.matches(c.path)) push({ kind: 'out-of-scope', level: 'medium', title: `file ${c.status} outside the declared scope`, path: c.path, line: 0, detail: `scope: ${globs.join(', ')}` });
  }

  // Large AI-written additions with no test changes
  const threshold = options.untestedThreshold ?? 50;
  const testsTouched = changes.some((c) => isTestCode(c.path));
  if (!testsTouched) {
    for (const f of provenance.files) {
      if (!isTestCode(f.path) && f.aiLines >= threshold) push({ kind: 'ai-untested', level: 'medium', title: `${f.aiLines} AI-written lines added with no test changes in this diff`, path: f.path, line: 0, detail: `tools: ${f.tools.join(', ') || 'unknown'}` });
    }
  }

  items.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  const checklist = buildChecklist(items, report.findings);
  return {
    schemaVersion: 1,
    kind: 'skeptic-review',
    base: { requested: diff.base.requested, mergeBase: diff.base.mergeBase, head: diff.base.head },
    files: { changed: changes.length, added: changes.filter((c) => c.status === 'added').length, deleted: changes.filter((c) => c.status === 'deleted').length },
    provenance: { ...provenance.total, files: provenance.files, commits: provenance.commits.map((c) => ({ sha: c.sha, subject: c.subject, ...(c.tool ? { tool: c.tool } : {}), evidence: c.evidence })) },
    items,
    checklist,
    issues: [...prepared.request.extraIssues, ...extraIssues, ...report.issues.filter((i) => !prepared.request.extraIssues.includes(i))],
    findings: report.findings,
  };
}

function where(i: ReviewItem): string {
  return i.line ? `${i.path}:${i.line}` : i.path;
}

function buildChecklist(items: readonly ReviewItem[], findings: readonly Finding[]): ChecklistItem[] {
  const of = (...kinds: ReviewKind[]) => items.filter((i) => kinds.includes(i.kind));
  // Code findings (injection, SSRF, traversal) are input-validation failures on the same entry points.
  const eps = of('endpoint', 'finding');
  const secrets = of('secret');
  const deps = of('dependency');
  const access = of('auth-weakened', 'iac-permission', 'out-of-scope', 'ci-workflow', 'agent-instructions', 'gate-config');
  const depFindings = findings.filter((f) => f.analyzer === 'dependencies');
  return [
    {
      id: 'input-validation',
      title: 'Input validation on every new or changed entry point',
      status: eps.length ? 'attention' : 'clear',
      evidence: eps.length ? eps.map((i) => `${i.title} at ${where(i)}`) : ['no new or changed HTTP endpoint and no code finding on added lines'],
      confirm: eps.length ? 'confirm each endpoint validates and bounds its parameters, body and headers, and checks the caller is allowed' : 'confirm no other entry point (queue consumer, CLI, RPC) was added',
    },
    {
      id: 'no-hardcoded-values',
      title: 'No hardcoded secrets, credentials or environment-specific values',
      status: secrets.length ? 'attention' : 'clear',
      evidence: secrets.length ? secrets.map((i) => `${i.title} at ${where(i)}`) : ['the secrets analyzer found nothing on added lines'],
      confirm: secrets.length ? 'rotate each exposed secret (it is in the branch history now) and load it from the environment or a secret store' : 'confirm no URLs, hostnames, account ids or credentials were hardcoded in a form the scanner does not know',
    },
    {
      id: 'dependencies-scanned',
      title: 'New dependencies scanned and justified',
      status: deps.length || depFindings.length ? 'attention' : 'clear',
      evidence: deps.length ? deps.map((i) => `${i.title} (${i.detail ?? 'no verdict'})`) : ['no dependency added in package.json or requirements files'],
      confirm: deps.length ? 'confirm each new package is needed, is the intended package (not a look-alike), and is maintained' : 'confirm no dependency was vendored or added by another manifest',
    },
    {
      id: 'access-scope',
      title: 'Access scope verified: auth, permissions, CI and agent configuration',
      status: access.length ? 'attention' : 'clear',
      evidence: access.length ? access.map((i) => `${i.title} at ${where(i)}`) : ['no auth removal, permission increase, CI, agent-instruction or gate-config change detected'],
      confirm: access.length ? 'confirm each widened permission and auth change is intended and least-privilege' : 'confirm the change needs no new permissions',
    },
  ];
}
