import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { configSchema } from '../config/schema.js';
import { scan } from '../scan/scan.js';
import { expandPlaceholders } from '../testing/fake-secrets.js';
import { prepareDiffScan } from './diff-request.js';
import { commitEvidence } from './evidence.js';
import { parseAgentTrace, parseGitAiNote } from './notes.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo() {
  const root = mkdtempSync(join(tmpdir(), 'skeptic-prov-'));
  dirs.push(root);
  const git = (args: string[], env: Record<string, string> = {}) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.email', 'dev@example.com']);
  git(['config', 'user.name', 'Dev']);
  const write = (p: string, t: string) => {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), t);
  };
  const commit = (message: string, env: Record<string, string> = {}) => {
    git(['add', '-A']);
    git(['commit', '-q', '-m', message], env);
    return git(['rev-parse', 'HEAD']);
  };
  write('README.md', '# x\n');
  commit('init');
  git(['checkout', '-q', '-b', 'feat']);
  return { root, git, write, commit };
}

const info = (message: string, author = 'Dev', email = 'dev@example.com') => ({ sha: 'a'.repeat(40), authorName: author, authorEmail: email, committerName: author, committerEmail: email, message });

describe('commit evidence', () => {
  it('recognises trailers, generated-with lines, Aider prefix and bot identities', () => {
    assert.equal(commitEvidence(info('fix\n\nCo-authored-by: Claude <noreply@anthropic.com>')).tool, 'Claude');
    assert.equal(commitEvidence(info('fix\n\nCo-authored-by: Copilot <198982749+Copilot@users.noreply.github.com>')).tool, 'GitHub Copilot');
    assert.equal(commitEvidence(info('fix\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>')).tool, 'Cursor');
    assert.equal(commitEvidence(info('fix\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)')).tool, 'Claude');
    assert.equal(commitEvidence(info('aider: add parser')).tool, 'Aider');
    assert.equal(commitEvidence(info('fix', 'copilot-swe-agent[bot]', '198982749+Copilot@users.noreply.github.com')).tool, 'GitHub Copilot');
    assert.equal(commitEvidence(info('fix', 'devin-ai-integration[bot]', 'x@users.noreply.github.com')).tool, 'Devin');
    assert.equal(commitEvidence(info('fix', 'google-labs-jules[bot]', 'x@users.noreply.github.com')).tool, 'Jules');
  });
  it('does not call ordinary human commits AI', () => {
    assert.equal(commitEvidence(info('fix\n\nCo-authored-by: Alice <alice@example.com>')).tool, undefined);
    assert.equal(commitEvidence(info('Generated with love by the team')).tool, undefined);
    assert.equal(commitEvidence(info('chore: bump deps\n\nSigned-off-by: Dev <dev@example.com>')).tool, undefined);
  });
});

describe('line-level records', () => {
  it('parses a git-ai authorship log', () => {
    const note = 'src/a.ts\n  p1 1-3,7\nsrc/b.ts\n  p2 2\n---\n' + JSON.stringify({ schema_version: 'authorship/3.0.0', prompts: { p1: { agent_id: { tool: 'cursor', model: 'gpt-4o' } }, p2: { agent_id: { tool: 'claude' } } } });
    const parsed = parseGitAiNote(note)!;
    assert.deepEqual(parsed.files.get('src/a.ts')!.map((r) => [r.start, r.end, r.tool]), [[1, 3, 'cursor (gpt-4o)'], [7, 7, 'cursor (gpt-4o)']]);
    assert.equal(parseGitAiNote('just a human note'), undefined);
    assert.equal(parseGitAiNote('a\n---\n{"schema_version": 3}'), undefined);
  });
  it('parses Agent Trace records', () => {
    const rec = { version: '0.1.0', vcs: { type: 'git', revision: 'abc1234' }, tool: { name: 'cursor' }, files: [{ path: 'x.ts', conversations: [{ contributor: { type: 'ai', model_id: 'm' }, ranges: [{ start_line: 2, end_line: 4 }] }] }] };
    const map = parseAgentTrace(JSON.stringify(rec));
    assert.deepEqual(map.get('abc1234')!.files.get('x.ts')!.map((r) => [r.start, r.end, r.human]), [[2, 4, false]]);
  });
});

describe('provenance on real repositories', () => {
  it('attributes lines per commit: trailer, bot, git-ai note (partial), Agent Trace, config, and no evidence', () => {
    const r = repo();
    r.write('trailer.js', 'a\nb\n');
    r.commit('feat: a\n\nCo-authored-by: Claude <noreply@anthropic.com>');
    r.write('bot.js', 'a\n');
    r.commit('feat: bot', { GIT_AUTHOR_NAME: 'copilot-swe-agent[bot]', GIT_AUTHOR_EMAIL: '198982749+Copilot@users.noreply.github.com' });
    r.write('noted.js', 'ai1\nai2\nhuman3\n');
    const noted = r.commit('feat: noted');
    const note = 'noted.js\n  p1 1-2\n---\n' + JSON.stringify({ schema_version: 'authorship/3.0.0', prompts: { p1: { agent_id: { tool: 'cursor', model: 'gpt-5' } } } });
    r.git(['notes', '--ref=refs/notes/ai', 'add', '-m', note, noted]);
    r.write('traced.js', 'h1\nai2\n');
    const traced = r.commit('feat: traced');
    r.write('human.js', 'x\n');
    r.commit('feat: human');
    r.write('.agent-trace/t.json', JSON.stringify({ version: '0.1.0', vcs: { type: 'git', revision: traced }, tool: { name: 'opencode' }, files: [{ path: 'traced.js', conversations: [{ contributor: { type: 'ai' }, ranges: [{ start_line: 2, end_line: 2 }] }] }] }));
    r.write('gen/declared.js', 'd\n');
    r.commit('chore: records');
    const config = configSchema.parse({ ai: { paths: ['gen/**'] } });
    const { provenance: p } = prepareDiffScan(r.root, 'main', {}, config);
    const file = (name: string) => p.files.find((f) => f.path === name)!;
    assert.equal(file('trailer.js').aiLines, 2);
    assert.equal(file('bot.js').aiLines, 1);
    assert.deepEqual([file('noted.js').aiLines, file('noted.js').humanLines], [2, 1]);
    assert.equal(p.line('noted.js', 1)!.tool, 'cursor (gpt-5)');
    assert.deepEqual([file('traced.js').aiLines, file('traced.js').humanLines], [1, 1]);
    assert.equal(file('human.js').unknownLines, 1);
    assert.equal(p.line('human.js', 1)!.aiAuthored, 'unknown');
    assert.equal(file('gen/declared.js').aiLines, 1);
    assert.equal(p.commits.find((c) => c.sha === noted)!.lineLevel, 'git-ai');
    assert.equal(p.total.addedLines, 2 + 1 + 3 + 2 + 1 + 1 + 1);
  });

  it('a declared commit and the stricter AI policy: a medium finding blocks only on AI-written lines', async () => {
    const r = repo();
    const secret = expandPlaceholders('{{fake:github-pat}}', 'prov');
    r.write('human.js', `const t = "${secret}";\n`);
    r.commit('feat: human');
    const declared = r.git(['rev-parse', 'HEAD']);
    const config = configSchema.parse({ failOn: 'critical', ai: { failOn: 'high', commits: [declared.slice(0, 10)] } });
    const prepared = prepareDiffScan(r.root, 'main', {}, config);
    const report = await scan({ ...prepared.request, analyzers: ['secrets'], workers: 0 });
    assert.equal(report.findings.length, 1);
    assert.equal(report.findings[0]!.ai?.aiAuthored, true);
    assert.equal(report.verdict.passed, false, 'the high finding blocks because the AI policy is stricter than failOn: critical');
    const asHuman = prepareDiffScan(r.root, 'main', {}, configSchema.parse({ failOn: 'critical' }));
    const humanReport = await scan({ ...asHuman.request, analyzers: ['secrets'], workers: 0 });
    assert.equal(humanReport.findings[0]!.ai?.aiAuthored, 'unknown');
    assert.equal(humanReport.verdict.passed, true);
  });

  it('CLI: provenance, scan --diff auto from GITHUB_BASE_REF, review json', () => {
    const r = repo();
    r.write('a.js', `const t = "${expandPlaceholders('{{fake:github-pat}}', 'cli')}";\n`);
    r.commit('feat: a\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>');
    const bin = join(import.meta.dirname, '../../bin/skeptic.js');
    const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [bin, ...args], { cwd: r.root, encoding: 'utf8', env: { ...process.env, GITHUB_EVENT_PATH: '', ...env } });
    const prov = run(['provenance', '--base', 'main']);
    assert.equal(prov.status, 0, prov.stderr);
    assert.match(prov.stdout, /100% AI-written/);
    assert.match(prov.stdout, /\[AI: Cursor\]/);
    const auto = run(['scan', '--diff', 'auto', '--format', 'json'], { GITHUB_BASE_REF: 'main' });
    assert.equal(auto.status, 1, auto.stderr);
    const report = JSON.parse(auto.stdout) as { findings: { ai?: { aiAuthored: unknown; tool?: string } }[] };
    assert.equal(report.findings.length, 1);
    assert.equal(report.findings[0]!.ai?.tool, 'Cursor');
    assert.equal(run(['scan', '--diff', 'main', '--staged']).status, 2);
    assert.equal(run(['scan', '--diff', 'no-such-branch']).status, 3);
    const review = run(['review', '--diff', 'main', '--format', 'json']);
    assert.equal(review.status, 0, review.stderr);
    assert.equal((JSON.parse(review.stdout) as { kind: string }).kind, 'skeptic-review');
  });
});
