import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { expandPlaceholders } from '../testing/fake-secrets.js';
import { HOOK_MARKER } from './git-hook.js';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'skeptic.js');
// No skeptic on PATH in the test: the hook must fall back to the binary that installed it.
const ENV = { ...process.env, PATH: dirname(process.execPath) + ':/usr/bin:/bin', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

function git(cwd: string, ...args: string[]) {
  return spawnSync('git', args, { cwd, encoding: 'utf8', env: ENV, timeout: 60000 });
}

describe('skeptic install-hook (real git repository)', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'skeptic-precommit-'));
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
    writeFileSync(join(dir, 'README.md'), '# demo\n');
    git(dir, 'add', 'README.md');
    assert.equal(git(dir, 'commit', '-q', '-m', 'init').status, 0);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('installs the hook, then blocks a commit that stages a secret and lets a clean one through', () => {
    const install = spawnSync(process.execPath, [BIN, 'install-hook'], { cwd: dir, encoding: 'utf8', env: ENV });
    assert.equal(install.status, 0, install.stderr);
    const hook = readFileSync(join(dir, '.git', 'hooks', 'pre-commit'), 'utf8');
    assert.ok(hook.includes(HOOK_MARKER));

    writeFileSync(join(dir, 'deploy.sh'), expandPlaceholders('export GITHUB_TOKEN={{fake:github-pat}}\n', 'precommit'));
    git(dir, 'add', 'deploy.sh');
    const blocked = git(dir, 'commit', '-m', 'add deploy script');
    assert.notEqual(blocked.status, 0, 'the commit must be refused');
    assert.match(blocked.stdout + blocked.stderr, /secrets\/github-pat/);
    assert.equal(git(dir, 'rev-list', '--count', 'HEAD').stdout.trim(), '1', 'no commit was created');

    git(dir, 'rm', '-q', '--cached', 'deploy.sh');
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'add.js'), 'export const add = (a, b) => a + b;\n');
    git(dir, 'add', 'src/add.js');
    const allowed = git(dir, 'commit', '-q', '-m', 'add add');
    assert.equal(allowed.status, 0, allowed.stdout + allowed.stderr);
    assert.equal(git(dir, 'rev-list', '--count', 'HEAD').stdout.trim(), '2');
  });

  it('refuses to overwrite a foreign hook without --force', () => {
    writeFileSync(join(dir, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\nexit 0\n');
    const r = spawnSync(process.execPath, [BIN, 'install-hook'], { cwd: dir, encoding: 'utf8', env: ENV });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--force/);
    assert.equal(spawnSync(process.execPath, [BIN, 'install-hook', '--force'], { cwd: dir, encoding: 'utf8', env: ENV }).status, 0);
  });

  it('fails clearly outside a git repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'skeptic-nogit-'));
    try {
      const r = spawnSync(process.execPath, [BIN, 'install-hook'], { cwd: outside, encoding: 'utf8', env: { ...ENV, GIT_CEILING_DIRECTORIES: tmpdir() } });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /not inside a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
