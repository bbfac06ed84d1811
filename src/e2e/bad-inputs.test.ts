import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { scan } from '../scan/scan.js';
import { cli, fakeToken, git, remove, tempTree } from './helpers.js';

const dirs: string[] = [];
const tree = (files: Record<string, string | Buffer>) => {
  const d = tempTree(files);
  dirs.push(d);
  return d;
};
after(() => {
  for (const d of dirs) {
    try {
      chmodSync(join(d, 'locked'), 0o755);
    } catch {
      /* only some trees have it */
    }
    remove(d);
  }
});

const skippedAs = (report: Awaited<ReturnType<typeof scan>>, path: string) => report.skipped.find((s) => s.path === path);

for (const mode of ['plain directory', 'git work tree'] as const) {
  describe(`hostile inputs in a ${mode}`, () => {
    it('binary, invalid UTF-8, a 50 MB file, a symlink loop and a symlink out of the root: each recorded, the scan goes on', async () => {
      const dir = tree({
        'data.txt': Buffer.concat([Buffer.from('header\n'), Buffer.from([0, 1, 2, 0, 255]), Buffer.from('\nTOKEN={{fake:github-pat}}\n')]),
        'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]),
        'latin1.env': Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9, 0xff]), Buffer.from(`\nTOKEN=${fakeToken('latin1')}\n`)]),
        'good.env': 'TOKEN={{fake:github-pat}}\n',
      });
      // 50 MB of text lines, made now so nothing that size is committed.
      writeFileSync(join(dir, 'huge.log'), Buffer.alloc(50 * 1024 * 1024, 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklm\n'));
      symlinkSync('loop-b', join(dir, 'loop-a'));
      symlinkSync('loop-a', join(dir, 'loop-b'));
      symlinkSync('/etc/passwd', join(dir, 'escape'));
      mkdirSync(join(dir, 'sub'));
      symlinkSync('../..', join(dir, 'sub', 'up'));
      if (mode === 'git work tree') git(dir, 'init', '-q');
      const report = await scan({ path: dir, analyzers: ['secrets'], workers: 0 });
      assert.equal(skippedAs(report, 'data.txt')?.reason, 'binary');
      assert.equal(skippedAs(report, 'logo.png')?.reason, 'binary');
      const huge = skippedAs(report, 'huge.log');
      assert.equal(huge?.reason, 'too-large');
      assert.match(huge?.detail ?? '', /52428800 bytes > limit/);
      assert.ok(report.issues.some((i) => i.code === 'invalid-encoding' && i.path === 'latin1.env'));
      assert.ok(report.issues.some((i) => i.code === 'symlink-loop' && i.path === 'loop-a'));
      assert.ok(report.issues.some((i) => i.code === 'symlink-outside-root' && i.path === 'escape'));
      assert.ok(report.issues.some((i) => i.code === 'symlink-outside-root' && i.path === 'sub/up'));
      assert.ok(!report.findings.some((f) => f.location.path === 'escape' || f.location.path.includes('passwd')));
      // Findings after the bad bytes are still found.
      assert.deepEqual(report.findings.map((f) => f.location.path).sort(), ['good.env', 'latin1.env']);
    });
  });
}

describe('unreadable files and empty repositories', () => {
  it('an unreadable file and directory become read errors, not a crash (as a user who cannot read them)', () => {
    const dir = tree({ 'ok.env': 'TOKEN={{fake:github-pat}}\n', 'secret.env': 'TOKEN={{fake:github-pat}}\n', 'locked/inner.env': 'x\n' });
    chmodSync(join(dir, 'secret.env'), 0o000);
    chmodSync(join(dir, 'locked'), 0o000);
    chmodSync(dir, 0o755);
    // Root reads anything, so run as `nobody` for a real EACCES; as a normal user chmod alone suffices.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534, env: { HOME: dir } } : {};
    const r = cli(['scan', dir, '--analyzers', 'secrets', '--format', 'json'], asUser);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.findings.map((f: { location: { path: string } }) => f.location.path), ['ok.env']);
    assert.ok(report.issues.some((i: { code: string; path: string }) => i.code === 'read-error' && i.path === 'secret.env'), JSON.stringify(report.issues));
    assert.ok(report.issues.some((i: { code: string; path: string }) => i.code === 'read-error' && i.path === 'locked'));
    assert.equal(report.skipped.find((s: { path: string }) => s.path === 'secret.env')?.reason, 'unreadable');
    const strict = cli(['scan', dir, '--analyzers', 'secrets', '--strict', '--fail-on', 'critical', '--quiet'], asUser);
    assert.equal(strict.code, 1, 'under --strict an unreadable file fails the gate');
  });
  it('an empty repository (git init, no commits) passes with zero files', () => {
    const dir = tree({});
    git(dir, 'init', '-q');
    const r = cli(['scan', dir, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.stats.files, 0);
    assert.deepEqual(report.findings, []);
    const withUntracked = tree({ 'a.env': 'TOKEN={{fake:github-pat}}\n' });
    git(withUntracked, 'init', '-q');
    assert.equal(cli(['scan', withUntracked, '--analyzers', 'secrets', '--quiet']).code, 1, 'untracked files of a commit-less repo are scanned');
  });
  it('a FIFO is skipped, never read (reading would block forever); a listed symlink is not followed', async () => {
    const dir = tree({ 'a.txt': 'x\n' });
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [join(dir, 'pipe.env')]);
    symlinkSync('/etc/passwd', join(dir, 'link.env'));
    // An explicit file list (staged, diff) bypasses the listing's symlink checks; the read itself refuses to follow.
    const report = await scan({ path: dir, analyzers: ['secrets'], workers: 0, files: ['a.txt', 'pipe.env', 'link.env'] });
    assert.equal(report.skipped.find((s) => s.path === 'pipe.env')?.reason, 'unsupported');
    assert.equal(report.skipped.find((s) => s.path === 'link.env')?.reason, 'symlink');
  });
});
