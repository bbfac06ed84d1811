import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { configSchema } from '../config/schema.js';
import { scan } from '../scan/scan.js';
import { generators, RandomSource } from '../testing/fake-secrets.js';
import { stagedRequest } from './git-staged.js';

const fake = (name: string, seed: string) => generators[name]!(new RandomSource(seed));
const env = { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.invalid', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.invalid' };

describe('scan --staged', () => {
  it('scans index blobs and reports only lines the staged diff adds', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'skeptic-staged-'));
    try {
      const old = fake('github-pat', 'old');
      const added = fake('stripe-secret-key', 'staged');
      const unstaged = fake('openai-api-key', 'unstaged');
      execFileSync('git', ['init', '-q', repo]);
      writeFileSync(join(repo, 'app.env'), `GITHUB_TOKEN=${old}\n`);
      execFileSync('git', ['add', '.'], { cwd: repo });
      execFileSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-qm', 'init'], { cwd: repo, env });
      writeFileSync(join(repo, 'app.env'), `GITHUB_TOKEN=${old}\nSTRIPE_KEY=${added}\n`);
      execFileSync('git', ['add', 'app.env'], { cwd: repo });
      // Changed on disk after staging: not what will be committed.
      writeFileSync(join(repo, 'app.env'), `GITHUB_TOKEN=${old}\nSTRIPE_KEY=${added}\nOPENAI_API_KEY=${unstaged}\n`);
      const request = stagedRequest(repo);
      assert.ok(request);
      assert.deepEqual(request.files, ['app.env']);
      assert.deepEqual(request.changedLines.get('app.env'), [{ start: 2, end: 2 }]);
      const report = await scan({ ...request, config: configSchema.parse({}), analyzers: ['secrets'], workers: 0 });
      assert.deepEqual(report.findings.map((f) => [f.ruleId, f.location.startLine]), [['secrets/stripe-secret-key', 2]]);
      assert.equal(JSON.stringify(report).includes(added), false, 'the secret never appears in the report');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

});
