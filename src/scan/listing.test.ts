import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { configSchema } from '../config/schema.js';
import { fakeToken, git, remove, tempTree } from '../e2e/helpers.js';
import { listFiles, listFilesSplit } from '../source/filesystem.js';
import { scan } from './scan.js';

const dirs: string[] = [];
after(() => dirs.forEach(remove));

function repo(files: Record<string, string>, untracked: Record<string, string>): string {
  const dir = tempTree(files);
  dirs.push(dir);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
  for (const [path, text] of Object.entries(untracked)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function split(root: string) {
  const listing = listFilesSplit(root);
  const rest = await listing.rest;
  return {
    files: [...listing.first.files, ...rest.files].map((f) => f.path),
    skipped: [...listing.first.skipped, ...rest.skipped],
    issues: [...listing.first.issues, ...rest.issues],
  };
}

describe('listing tracked files first and untracked ones in the background', () => {
  it('lists exactly what listFiles lists: tracked, untracked, not ignored, not vendored, symlinks recorded', async () => {
    const dir = repo(
      { '.gitignore': 'build/\n*.log\n', 'src/a.ts': 'a\n', 'README.md': 'r\n' },
      { 'src/new.ts': 'n\n', 'build/out.js': 'o\n', 'debug.log': 'l\n', 'node_modules/x/index.js': 'x\n', 'notes/todo.txt': 't\n' },
    );
    symlinkSync('/etc/passwd', join(dir, 'escape'));
    symlinkSync('src/a.ts', join(dir, 'inside'));
    const whole = listFiles(dir);
    const parts = await split(dir);
    assert.deepEqual(parts.files, whole.files.map((f) => f.path));
    assert.deepEqual(parts.skipped, whole.skipped);
    assert.deepEqual(parts.issues, whole.issues);
    assert.deepEqual([...parts.files].sort(), ['.gitignore', 'README.md', 'notes/todo.txt', 'src/a.ts', 'src/new.ts']);
    assert.ok(parts.issues.some((i) => i.code === 'symlink-outside-root' && i.path === 'escape'));
  });

  it('outside git, everything comes in the first part', async () => {
    const dir = tempTree({ 'a.txt': 'a\n', 'b/c.txt': 'c\n' });
    dirs.push(dir);
    const listing = listFilesSplit(dir);
    assert.deepEqual(listing.first.files.map((f) => f.path).sort(), ['a.txt', 'b/c.txt']);
    assert.deepEqual((await listing.rest).files, []);
  });

  it('a tree big enough for workers still scans untracked files, and loads an analyzer only an untracked file needs', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 450; i++) files[`docs/page${i}.md`] = `page ${i}\n`;
    const dir = repo(files, {
      'local/.env': `GITHUB_TOKEN=${fakeToken('untracked')}\n`,
      'app/package-lock.json': JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { '': { name: 'app' } } }),
    });
    const config = configSchema.parse({});
    const report = await scan({ path: dir, config, analyzers: ['secrets', 'dependencies'], offline: true, workers: 2 });
    assert.deepEqual(report.findings.map((f) => [f.ruleId, f.location.path]), [['secrets/github-pat', 'local/.env']]);
    assert.equal(report.stats.byAnalyzer.dependencies?.files, 1, JSON.stringify(report.stats.byAnalyzer));
    // package-lock.json is not a secrets target (machine-written hashes).
    assert.equal(report.stats.byAnalyzer.secrets?.files, 451, JSON.stringify(report.stats.byAnalyzer));
  });
});
