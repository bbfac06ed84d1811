import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { prepareDiffScan } from '../provenance/diff-request.js';
import { scan } from '../scan/scan.js';
import { expandPlaceholders } from '../testing/fake-secrets.js';
import { DiffError, parseUnifiedDiff, prepareDiff, resolveBase, toRanges } from './git-diff.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(): { root: string; git: (...a: string[]) => string; write: (p: string, t: string) => void; commit: (m: string) => string } {
  const root = mkdtempSync(join(tmpdir(), 'skeptic-diff-'));
  dirs.push(root);
  const git = (...a: string[]) => execFileSync('git', a, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@example.com');
  git('config', 'user.name', 'Dev');
  git('config', 'commit.gpgsign', 'false');
  const write = (p: string, t: string) => {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), t);
  };
  const commit = (m: string) => {
    git('add', '-A');
    git('commit', '-q', '-m', m);
    return git('rev-parse', 'HEAD');
  };
  return { root, git, write, commit };
}

const token = (seed: string) => expandPlaceholders('{{fake:github-pat}}', seed);

async function diffScan(root: string, base: string | undefined, env: Record<string, string> = {}) {
  const prepared = prepareDiffScan(root, base, env);
  return scan({ ...prepared.request, analyzers: ['secrets'], workers: 0 });
}

describe('parseUnifiedDiff', () => {
  it('tracks added and removed line numbers, renames and deletions', () => {
    const diff = [
      'diff --git a/a.js b/a.js', '--- a/a.js', '+++ b/a.js', '@@ -2,0 +3,2 @@', '+x', '+y', '@@ -5 +7 @@', '-old', '+new',
      'diff --git a/old.txt b/new.txt', 'similarity index 90%', 'rename from old.txt', 'rename to new.txt', '--- a/old.txt', '+++ b/new.txt', '@@ -1 +1 @@', '-a', '+b',
      'diff --git a/gone.js b/gone.js', 'deleted file mode 100644', '--- a/gone.js', '+++ /dev/null', '@@ -1 +0,0 @@', '-bye',
    ].join('\n');
    const changes = parseUnifiedDiff(diff);
    assert.deepEqual(changes[0]!.added, [{ line: 3, text: 'x' }, { line: 4, text: 'y' }, { line: 7, text: 'new' }]);
    assert.deepEqual(changes[0]!.removed, [{ line: 5, text: 'old' }]);
    assert.equal(changes[1]!.status, 'renamed');
    assert.equal(changes[1]!.oldPath, 'old.txt');
    assert.equal(changes[1]!.path, 'new.txt');
    assert.equal(changes[2]!.status, 'deleted');
    assert.equal(changes[2]!.path, 'gone.js');
    assert.deepEqual(toRanges(changes[0]!.added.map((l) => l.line)), [{ start: 3, end: 4 }, { start: 7, end: 7 }]);
  });
});

describe('scan --diff', () => {
  it('reports only secrets on lines the change added, with the merge base computed from a moved base branch', async () => {
    const r = repo();
    r.write('a.js', `const old = "${token('old')}";\n`);
    r.commit('init');
    r.git('checkout', '-q', '-b', 'feat');
    r.write('a.js', `const old = "${token('old')}";\nconst added = "${token('new')}";\n`);
    r.commit('add');
    // main moves on after the branch point: its own new secret must not show up in the PR's diff.
    r.git('checkout', '-q', 'main');
    r.write('b.js', `const mainOnly = "${token('main')}";\n`);
    r.commit('main work');
    r.git('checkout', '-q', 'feat');
    const report = await diffScan(r.root, 'main');
    assert.deepEqual(report.findings.map((f) => `${f.location.path}:${f.location.startLine}`), ['a.js:2']);
  });

  it('works in detached HEAD and from the GitHub pull-request event', async () => {
    const r = repo();
    r.write('a.js', 'const a = 1;\n');
    const base = r.commit('init');
    r.write('a.js', `const a = 1;\nconst t = "${token('d')}";\n`);
    const head = r.commit('add');
    r.git('checkout', '-q', '--detach', head);
    const event = join(r.root, '..', `event-${Date.now()}.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base } } }));
    dirs.push(event);
    const resolved = resolveBase(r.root, undefined, { GITHUB_EVENT_PATH: event, GITHUB_BASE_REF: 'does-not-exist' });
    assert.equal(resolved.source, 'github-event');
    assert.equal(resolved.mergeBase, base);
    const report = await diffScan(r.root, undefined, { GITHUB_EVENT_PATH: event });
    assert.equal(report.findings.length, 1);
    assert.throws(() => resolveBase(r.root, undefined, {}), DiffError);
  });

  it('a suppression and a config ignore added inside the diff do not take effect', async () => {
    const r = repo();
    r.write('a.js', 'const a = 1;\n');
    r.write('.skeptic.yml', 'failOn: high\n');
    r.commit('init');
    r.git('checkout', '-q', '-b', 'agent');
    r.write('a.js', `const a = 1;\n// ${'skeptic-ignore'}-next-line secrets/github-pat -- test fixture\nconst t = "${token('s')}";\n`);
    r.write('.skeptic.yml', 'failOn: high\nignore:\n  - rule: secrets/*\n    reason: not real\n');
    r.commit('silence it');
    const prepared = prepareDiffScan(r.root, 'main', {});
    const report = await scan({ ...prepared.request, analyzers: ['secrets'], workers: 0 });
    assert.equal(report.findings.length, 1, 'the secret is still reported');
    assert.equal(report.suppressed.length, 0);
    assert.ok(report.issues.some((i) => i.code === 'config-changed-in-diff' && i.path === 'a.js' && i.line === 2), 'the added directive is reported');
    assert.ok(report.issues.some((i) => i.code === 'config-changed-in-diff' && i.path === '.skeptic.yml'), 'the config edit is reported');
    assert.equal(report.verdict.passed, false);
    // Control: outside diff mode the same files do silence it, so the diff-mode result above is not an accident.
    const plain = await scan({ path: r.root, analyzers: ['secrets'], workers: 0 });
    assert.equal(plain.findings.length, 0);
    assert.ok(plain.suppressed.length >= 1);
  });

  it('reads the baseline from the base commit, not the edited one', async () => {
    const r = repo();
    r.write('.skeptic.yml', 'baseline: baseline.json\n');
    r.write('baseline.json', JSON.stringify({ schemaVersion: 1, kind: 'skeptic-baseline', created: '2026-01-01', findings: [] }));
    r.write('a.js', 'x\n');
    r.commit('init');
    r.git('checkout', '-q', '-b', 'agent');
    r.write('a.js', `x\nconst t = "${token('b')}";\n`);
    r.commit('add secret');
    const first = await diffScan(r.root, 'main');
    assert.equal(first.findings.length, 1);
    const f = first.findings[0]!;
    r.write('baseline.json', JSON.stringify({ schemaVersion: 1, kind: 'skeptic-baseline', created: '2026-01-01', findings: [{ ruleId: f.ruleId, path: f.location.path, fingerprint: f.fingerprint, contentHash: f.contentHash, line: 2 }] }));
    r.commit('baseline it');
    const second = await diffScan(r.root, 'main');
    assert.equal(second.findings.length, 1, 'the baseline edited in the diff is not applied');
    assert.ok(second.issues.some((i) => i.code === 'config-changed-in-diff' && i.path === 'baseline.json'));
  });

  it('keeps finding identity across a rebase and a squash', async () => {
    const r = repo();
    r.write('a.js', 'const a = 1;\n');
    r.commit('init');
    r.git('checkout', '-q', '-b', 'feat');
    r.write('a.js', `const a = 1;\nconst t = "${token('r')}";\n`);
    r.commit('one');
    r.write('c.js', 'const c = 3;\n');
    r.commit('two');
    const before = (await diffScan(r.root, 'main')).findings.map((f) => f.fingerprint);
    r.git('checkout', '-q', 'main');
    r.write('a.js', '// header\n\nconst a = 1;\n');
    r.commit('main moved lines');
    r.git('checkout', '-q', 'feat');
    r.git('rebase', '-q', 'main');
    const rebased = await diffScan(r.root, 'main');
    assert.equal(rebased.findings[0]!.location.startLine, 4, 'the line moved');
    assert.deepEqual(rebased.findings.map((f) => f.fingerprint), before);
    r.git('reset', '-q', '--soft', 'main');
    r.commit('squashed');
    assert.deepEqual((await diffScan(r.root, 'main')).findings.map((f) => f.fingerprint), before);
  });

  it('stops with a fix when a shallow clone lacks the base', () => {
    const r = repo();
    r.write('a.js', '1\n');
    r.commit('one');
    r.write('a.js', '2\n');
    r.commit('two');
    r.git('branch', 'old', 'HEAD~1');
    r.write('a.js', '3\n');
    r.commit('three');
    const clone = mkdtempSync(join(tmpdir(), 'skeptic-shallow-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.root}`, clone]);
    assert.throws(() => prepareDiff(clone, 'origin/old', {}), (e: Error) => e instanceof DiffError && /fetch-depth: 0/.test(e.message) && /--deepen/.test(e.message));
    const cli = spawnSync(process.execPath, [join(import.meta.dirname, '../../bin/skeptic.js'), 'scan', clone, '--diff', 'origin/old'], { encoding: 'utf8' });
    assert.equal(cli.status, 3);
    assert.match(cli.stderr, /shallow/);
  });
});
