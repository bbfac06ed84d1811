import type { AiAttribution, Finding } from '../core/finding.js';
import type { ScanIssue } from '../core/issue.js';
import type { ResolvedConfig } from '../config/schema.js';
import { git, type FileChange } from '../source/git-diff.js';
import { GlobSet } from '../source/glob.js';
import { commitEvidence, parseCommitLog, type CommitEvidence } from './evidence.js';
import { lookupLine, parseAgentTrace, parseGitAiNote, type LineAttribution } from './notes.js';

export const NOTES_REF = 'refs/notes/ai';
export const AGENT_TRACE_DIR = '.agent-trace';

export interface CommitProvenance {
  readonly sha: string;
  readonly subject: string;
  readonly author: string;
  /** Commit-level verdict: an AI tool when any evidence names one. */
  readonly tool?: string;
  readonly evidence: readonly string[];
  /** A git-ai note or Agent Trace record gives line-level attribution for this commit. */
  readonly lineLevel?: 'git-ai' | 'agent-trace';
}

export interface FileProvenance {
  readonly path: string;
  readonly addedLines: number;
  readonly aiLines: number;
  readonly humanLines: number;
  readonly unknownLines: number;
  /** aiLines / addedLines, 0..1; 0 when nothing was added. */
  readonly aiShare: number;
  readonly tools: readonly string[];
}

export interface Provenance {
  readonly base: string;
  readonly head: string;
  readonly commits: readonly CommitProvenance[];
  readonly files: readonly FileProvenance[];
  readonly total: Omit<FileProvenance, 'path'>;
  readonly issues: readonly ScanIssue[];
  /** Attribution of one added line at HEAD; undefined for lines the change did not add. */
  line(path: string, line: number): AiAttribution | undefined;
}

const LOG_FORMAT = '--format=%H%x00%an%x00%ae%x00%cn%x00%ce%x00%B%x1e';

/** Raw objects by id through one `git cat-file --batch`. */
function catObjects(root: string, ids: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (!ids.length) return out;
  const r = git(root, ['cat-file', '--batch'], ids.map((id) => id + '\n').join(''));
  const buf = r.stdout;
  let pos = 0;
  for (const id of ids) {
    const nl = buf.indexOf(10, pos);
    if (nl === -1) break;
    const header = buf.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) continue;
    const size = Number(m[2]);
    out.set(id, buf.subarray(pos, pos + size));
    pos += size + 1;
  }
  return out;
}

/** git-ai notes for the given commits: commit sha → parsed attribution. */
function readNotes(root: string, commits: ReadonlySet<string>, issues: ScanIssue[]): Map<string, LineAttribution> {
  const out = new Map<string, LineAttribution>();
  const list = git(root, ['notes', `--ref=${NOTES_REF}`, 'list']);
  if (!list.ok) return out; // no notes ref: nothing recorded
  const wanted: { note: string; commit: string }[] = [];
  for (const line of list.stdout.toString('utf8').split('\n')) {
    const [note, commit] = line.trim().split(' ');
    if (note && commit && commits.has(commit)) wanted.push({ note, commit });
  }
  const blobs = catObjects(root, wanted.map((w) => w.note));
  for (const w of wanted) {
    const text = blobs.get(w.note)?.toString('utf8');
    const parsed = text === undefined ? undefined : parseGitAiNote(text);
    if (parsed) out.set(w.commit, parsed);
    else issues.push({ code: 'parse-error', message: `the ${NOTES_REF} note on commit ${w.commit.slice(0, 12)} is not a git-ai authorship log; its attribution is ignored` });
  }
  return out;
}

/** Agent Trace records committed under .agent-trace/ at HEAD, keyed by full commit sha. */
function readAgentTraces(root: string, head: string, commits: readonly string[], issues: ScanIssue[]): Map<string, LineAttribution> {
  const out = new Map<string, LineAttribution>();
  const ls = git(root, ['ls-tree', '-r', '-z', '--name-only', head, '--', AGENT_TRACE_DIR]);
  if (!ls.ok) return out;
  const paths = ls.stdout.toString('utf8').split('\0').filter((p) => /\.(?:json|jsonl)$/.test(p)).slice(0, 2000);
  if (!paths.length) return out;
  const blobs = catObjects(root, paths.map((p) => `${head}:${p}`));
  for (const p of paths) {
    const text = blobs.get(`${head}:${p}`)?.toString('utf8');
    if (text === undefined) continue;
    const records = parseAgentTrace(text);
    if (records.size === 0) issues.push({ code: 'parse-error', path: p, message: 'no Agent Trace record with vcs.revision and files could be read; its attribution is ignored' });
    for (const [revision, attribution] of records) {
      const sha = commits.find((c) => c.startsWith(revision.toLowerCase()));
      if (sha) out.set(sha, attribution);
    }
  }
  return out;
}

interface BlamedLine {
  readonly final: number;
  readonly sha: string;
  readonly orig: number;
  readonly file: string;
}

/** `git blame --line-porcelain` over the added ranges only: who last wrote each added line, and where it was then. */
function blameAdded(root: string, base: string, head: string, change: FileChange): BlamedLine[] {
  if (!change.added.length) return [];
  const ranges: string[] = [];
  let start = change.added[0]!.line;
  let prev = start;
  for (const { line } of change.added.slice(1)) {
    if (line === prev + 1) {
      prev = line;
      continue;
    }
    ranges.push('-L', `${start},${prev}`);
    start = prev = line;
  }
  ranges.push('-L', `${start},${prev}`);
  const r = git(root, ['blame', '--line-porcelain', ...ranges, `${base}..${head}`, '--', change.path]);
  if (!r.ok) return [];
  const out: BlamedLine[] = [];
  let cur: { sha: string; orig: number; final: number; file?: string } | undefined;
  for (const line of r.stdout.toString('utf8').split('\n')) {
    if (line.startsWith('\t')) {
      if (cur) out.push({ final: cur.final, sha: cur.sha, orig: cur.orig, file: cur.file ?? change.path });
      cur = undefined;
      continue;
    }
    const h = /^([0-9a-f]{40,64}) (\d+) (\d+)/.exec(line);
    if (h && !cur) {
      cur = { sha: h[1]!, orig: Number(h[2]), final: Number(h[3]) };
      continue;
    }
    if (cur && line.startsWith('filename ')) cur.file = line.slice(9);
  }
  return out;
}

/**
 * Who wrote the change base..head: per commit from trailers, messages, identities and config, and
 * per added line from git-ai notes and Agent Trace records when present (blame maps each line at
 * HEAD back to the commit and line number that record describes).
 */
export function computeProvenance(root: string, base: string, head: string, changes: readonly FileChange[], config: ResolvedConfig): Provenance {
  const issues: ScanIssue[] = [];
  const log = git(root, ['log', '--no-color', LOG_FORMAT, `${base}..${head}`]);
  if (!log.ok) issues.push({ code: 'git-error', message: `git log ${base.slice(0, 12)}..${head} failed: ${log.stderr.trim()}` });
  const infos = parseCommitLog(log.stdout.toString('utf8'));
  const shas = infos.map((c) => c.sha);
  const notes = readNotes(root, new Set(shas), issues);
  const traces = readAgentTraces(root, head, shas, issues);
  const declaredCommits = config.ai.commits.map((c) => c.toLowerCase());
  const commitEv = new Map<string, CommitEvidence>();
  const commits: CommitProvenance[] = infos.map((info) => {
    const ev = commitEvidence(info);
    const evidence = [...ev.evidence];
    let tool = ev.tool;
    if (declaredCommits.some((c) => c.length >= 7 && info.sha.startsWith(c))) {
      tool ??= 'declared in config';
      evidence.push(`commit ${info.sha.slice(0, 12)} is listed in config ai.commits`);
    }
    const lineLevel = notes.has(info.sha) ? 'git-ai' : traces.has(info.sha) ? 'agent-trace' : undefined;
    if (lineLevel) evidence.push(`commit ${info.sha.slice(0, 12)} has a ${lineLevel === 'git-ai' ? `git-ai note (${NOTES_REF})` : 'Agent Trace record'}`);
    commitEv.set(info.sha, { ...(tool ? { tool } : {}), evidence });
    return {
      sha: info.sha,
      subject: info.message.split('\n')[0] ?? '',
      author: `${info.authorName} <${info.authorEmail}>`,
      ...(tool ? { tool } : {}),
      evidence,
      ...(lineLevel ? { lineLevel } : {}),
    };
  });
  // When every commit tells the same story and none has line-level records, which commit wrote a
  // line cannot change its attribution, so the per-file blame (the slow part on big PRs) is skipped.
  const uniform = notes.size === 0 && traces.size === 0 && commits.length > 0 && commits.every((c) => c.tool === commits[0]!.tool);
  const declaredPaths = new GlobSet(config.ai.paths);
  const lines = new Map<string, Map<number, AiAttribution>>();
  const files: FileProvenance[] = [];
  for (const change of changes) {
    if (change.status === 'deleted' || change.binary || !change.added.length) continue;
    const perLine = new Map<number, AiAttribution>();
    const pathDeclared = !declaredPaths.empty && declaredPaths.matches(change.path);
    const blamed = uniform ? change.added.map((l) => ({ final: l.line, sha: commits[0]!.sha, orig: l.line, file: change.path })) : blameAdded(root, base, head, change);
    for (const b of blamed) {
      const short = b.sha.slice(0, 12);
      const record = notes.get(b.sha) ?? traces.get(b.sha);
      let attribution: AiAttribution | undefined;
      if (record) {
        const hit = lookupLine(record, b.file, b.orig);
        const kind = record.source === 'git-ai' ? 'git-ai note' : 'Agent Trace record';
        attribution = hit && !hit.human
          ? { aiAuthored: true, tool: hit.tool, evidence: [`${kind} on commit ${short} attributes ${b.file}:${b.orig} to ${hit.tool}`] }
          : { aiAuthored: false, evidence: [`${kind} on commit ${short} ${hit ? 'marks' : 'does not attribute'} ${b.file}:${b.orig} ${hit ? 'as human-written' : 'to an AI'}`] };
      }
      const ev = commitEv.get(b.sha);
      if (!attribution && ev?.tool) attribution = { aiAuthored: true, tool: ev.tool, evidence: ev.evidence };
      if (!attribution && pathDeclared) attribution = { aiAuthored: true, tool: 'declared in config', evidence: [`${change.path} matches config ai.paths`] };
      perLine.set(b.final, attribution ?? { aiAuthored: 'unknown', evidence: [`${uniform && commits.length > 1 ? `none of the ${commits.length} commits carries` : `commit ${short} carries no`} AI evidence (no trailer, bot identity, note or config declaration)`] });
    }
    // Lines blame could not map (e.g. a failed blame) stay unknown rather than vanish from the counts.
    for (const { line } of change.added) if (!perLine.has(line)) perLine.set(line, { aiAuthored: pathDeclared ? true : 'unknown', evidence: pathDeclared ? [`${change.path} matches config ai.paths`] : ['no attribution could be computed for this line'] });
    lines.set(change.path, perLine);
    let ai = 0;
    let human = 0;
    const tools = new Set<string>();
    for (const a of perLine.values()) {
      if (a.aiAuthored === true) {
        ai++;
        if (a.tool) tools.add(a.tool);
      } else if (a.aiAuthored === false) human++;
    }
    const added = perLine.size;
    files.push({ path: change.path, addedLines: added, aiLines: ai, humanLines: human, unknownLines: added - ai - human, aiShare: added ? ai / added : 0, tools: [...tools].sort() });
  }
  const sum = (k: 'addedLines' | 'aiLines' | 'humanLines' | 'unknownLines') => files.reduce((n, f) => n + f[k], 0);
  const added = sum('addedLines');
  const ai = sum('aiLines');
  const total = {
    addedLines: added,
    aiLines: ai,
    humanLines: sum('humanLines'),
    unknownLines: sum('unknownLines'),
    aiShare: added ? ai / added : 0,
    tools: [...new Set(files.flatMap((f) => f.tools))].sort(),
  };
  return { base, head, commits, files, total, issues, line: (path, line) => lines.get(path)?.get(line) };
}

/** Attaches `ai` to each finding from the attribution of the lines it covers. */
export function annotateFindings(findings: readonly Finding[], provenance: Provenance): Finding[] {
  return findings.map((f) => {
    const attributions: AiAttribution[] = [];
    for (let l = f.location.startLine; l <= f.location.endLine && attributions.length < 1000; l++) {
      const a = provenance.line(f.location.path, l);
      if (a) attributions.push(a);
    }
    if (!attributions.length) return { ...f, ai: { aiAuthored: 'unknown', evidence: ['the finding is not on a line this change added'] } };
    const ai = attributions.find((a) => a.aiAuthored === true);
    if (ai) return { ...f, ai };
    if (attributions.every((a) => a.aiAuthored === false)) return { ...f, ai: attributions[0]! };
    return { ...f, ai: attributions.find((a) => a.aiAuthored === 'unknown')! };
  });
}
