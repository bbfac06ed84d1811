import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generators, RandomSource } from '../testing/fake-secrets.js';
import { scanHistory } from './git-history.js';

const fake = (name: string, seed: string) => generators[name]!(new RandomSource(seed));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.invalid', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.invalid', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
}

describe('skeptic history on real git repositories', () => {
  let dir: string;
  let repo: string;
  const deleted = fake('github-pat', 'deleted');
  const kept = fake('stripe-secret-key', 'kept');
  const merged = fake('slack-bot-token', 'merged');
  const renamed = fake('openai-api-key', 'renamed');
  const binarySecret = fake('anthropic-api-key', 'binary');

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'skeptic-history-'));
    repo = join(dir, 'repo');
    execFileSync('git', ['init', '-q', '-b', 'main', repo]);
    git(repo, 'config', 'commit.gpgsign', 'false');
    // 1. added then deleted
    writeFileSync(join(repo, 'config.env'), `GITHUB_TOKEN=${deleted}\n`);
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'add token');
    writeFileSync(join(repo, 'config.env'), 'GITHUB_TOKEN=${GITHUB_TOKEN}\n');
    git(repo, 'commit', '-qam', 'remove token');
    // 2. still present
    writeFileSync(join(repo, 'billing.py'), `STRIPE = "${kept}"\n`);
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'billing');
    // 3. a secret only in a merge resolution (conflict fixed by hand with a new token)
    writeFileSync(join(repo, 'notify.env'), 'SLACK_BOT_TOKEN=\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'notify');
    git(repo, 'checkout', '-qb', 'feature');
    writeFileSync(join(repo, 'notify.env'), 'SLACK_BOT_TOKEN=feature\n');
    git(repo, 'commit', '-qam', 'feature side');
    git(repo, 'checkout', '-q', 'main');
    writeFileSync(join(repo, 'notify.env'), 'SLACK_BOT_TOKEN=main\n');
    git(repo, 'commit', '-qam', 'main side');
    try {
      git(repo, 'merge', '-q', 'feature');
    } catch {
      // expected conflict
    }
    writeFileSync(join(repo, 'notify.env'), `SLACK_BOT_TOKEN=${merged}\n`);
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'merge feature');
    // 4. rename: the secret must be reported once, at its original commit
    writeFileSync(join(repo, 'ai.ts'), `export const key = "${renamed}";\n`);
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'ai');
    renameSync(join(repo, 'ai.ts'), join(repo, 'llm.ts'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'rename');
    // 5. binary blob holding a secret: not a text diff, skipped and counted
    writeFileSync(join(repo, 'blob.dat2'), Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(binarySecret)]));
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'binary');
    unlinkSync(join(repo, 'blob.dat2'));
    git(repo, 'commit', '-qam', 'drop binary');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a secret added then deleted, with its commit and presentInTree=false', async () => {
    const result = await scanHistory({ root: repo });
    const f = result.findings.find((x) => x.secretValue === deleted);
    assert.ok(f, 'deleted GitHub token found in history');
    assert.equal(f.ruleId, 'secrets/github-pat');
    assert.equal(f.location.path, 'config.env');
    assert.equal(f.location.startLine, 1);
    assert.equal(f.commit?.author, 'Ada');
    assert.equal(f.commit?.message, 'add token');
    assert.match(f.commit?.sha ?? '', /^[0-9a-f]{40}$/);
    assert.equal(f.commit?.presentInTree, false);
    assert.equal(f.snippet, `GITHUB_TOKEN=${deleted}`);
    const k = result.findings.find((x) => x.secretValue === kept);
    assert.equal(k?.commit?.presentInTree, true);
    assert.deepEqual(result.issues, []);
  });

  it('finds a secret introduced only by a merge commit', async () => {
    const result = await scanHistory({ root: repo });
    const f = result.findings.find((x) => x.secretValue === merged);
    assert.ok(f, 'merge-resolution secret found');
    assert.equal(f.commit?.message, 'merge feature');
    assert.equal(f.location.path, 'notify.env');
  });

  it('reports a renamed file once, at the commit that added the secret', async () => {
    const result = await scanHistory({ root: repo });
    const hits = result.findings.filter((x) => x.secretValue === renamed);
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.location.path, 'ai.ts');
    assert.equal(hits[0]!.commit?.message, 'ai');
  });

  it('skips binary blobs and counts them', async () => {
    const result = await scanHistory({ root: repo });
    assert.equal(result.findings.some((x) => x.secretValue === binarySecret), false);
    assert.ok((result.binaries ?? 0) >= 1);
  });

  it('honours excluded paths', async () => {
    const result = await scanHistory({ root: repo, exclude: (p) => p === 'config.env' });
    assert.equal(result.findings.some((x) => x.secretValue === deleted), false);
    assert.ok(result.findings.some((x) => x.secretValue === kept));
  });

  it('--since limits the range', async () => {
    const since = git(repo, 'rev-list', '--max-count=1', 'HEAD~4').trim();
    const result = await scanHistory({ root: repo, since });
    assert.equal(result.findings.some((x) => x.secretValue === deleted), false);
    assert.ok(result.findings.some((x) => x.secretValue === renamed));
  });

  it('reports a shallow clone as incomplete-history, not clean', async () => {
    const shallow = join(dir, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const result = await scanHistory({ root: shallow });
    assert.ok(result.issues.some((i) => i.code === 'incomplete-history'));
    assert.equal(result.findings.some((x) => x.secretValue === deleted), false);
  });

  it('reports a directory that is not a repository as a git error', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'skeptic-nogit-'));
    try {
      const result = await scanHistory({ root: plain });
      assert.equal(result.issues[0]?.code, 'git-error');
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
