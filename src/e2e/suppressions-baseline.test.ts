import assert from 'node:assert/strict';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cli, fakeToken, git, remove, tempTree } from './helpers.js';

const dirs: string[] = [];
const tree = (files: Record<string, string | Buffer>) => {
  const d = tempTree(files);
  dirs.push(d);
  return d;
};
after(() => dirs.forEach(remove));

function json(args: string[]) {
  const r = cli([...args, '--analyzers', 'secrets', '--format', 'json']);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return { code: r.code, report: JSON.parse(r.stdout) };
}

describe('inline suppressions', () => {
  it('a directive with a reason suppresses; without one it does not and is reported', () => {
    const dir = tree({
      'ok.py': 'x = 1\nTOKEN = "{{fake:github-pat}}"  # skeptic-ignore secrets/github-pat -- revoked test token\n',
      'next.py': '# skeptic-ignore-next-line secrets/github-pat -- revoked test token\nTOKEN = "{{fake:github-pat}}"\n',
      'noreason.py': 'TOKEN = "{{fake:github-pat}}"  # skeptic-ignore secrets/github-pat\n',
    });
    const { code, report } = json(['scan', dir]);
    assert.equal(code, 1);
    assert.deepEqual(report.findings.map((f: { location: { path: string } }) => f.location.path), ['noreason.py']);
    assert.deepEqual(report.suppressed.map((s: { kind: string; reason: string; finding: { location: { path: string } } }) => [s.finding.location.path, s.kind, s.reason]).sort(), [
      ['next.py', 'inline', 'revoked test token'],
      ['ok.py', 'inline', 'revoked test token'],
    ]);
    assert.ok(report.issues.some((i: { code: string; path: string; line: number }) => i.code === 'invalid-suppression' && i.path === 'noreason.py' && i.line === 1));
  });
  it('an unused directive is reported; --no-inline-ignores turns every directive off', () => {
    const dir = tree({
      'a.py': '# skeptic-ignore-next-line secrets/github-pat -- nothing here\nx = 1\n',
      'b.py': 'T = "{{fake:github-pat}}"  # skeptic-ignore secrets/github-pat -- revoked\n',
    });
    const { report } = json(['scan', dir]);
    assert.ok(report.issues.some((i: { code: string; path: string }) => i.code === 'unused-suppression' && i.path === 'a.py'));
    assert.equal(report.findings.length, 0);
    const off = json(['scan', dir, '--no-inline-ignores']);
    assert.equal(off.code, 1);
    assert.equal(off.report.findings.length, 1);
  });
  it('a string literal that mentions the marker silences nothing', () => {
    const dir = tree({ 'a.py': 'T = "{{fake:github-pat}}"; s = "skeptic-ignore secrets/github-pat -- nope"\n' });
    assert.equal(json(['scan', dir]).report.findings.length, 1);
  });
});

describe('config ignores', () => {
  it('suppress until their expiry date, then the finding returns with an issue', () => {
    const config = (expires: string) => `ignore:\n  - rule: secrets/github-pat\n    path: legacy/**\n    reason: rotating in Q1\n    expires: ${expires}\n`;
    const live = tree({ '.skeptic.yml': config('2999-01-01'), 'legacy/a.env': 'T={{fake:github-pat}}\n', 'new/b.env': 'T={{fake:github-pat}}\n' });
    const { report } = json(['scan', live]);
    assert.deepEqual(report.findings.map((f: { location: { path: string } }) => f.location.path), ['new/b.env']);
    assert.equal(report.suppressed[0].kind, 'config');
    assert.equal(report.suppressed[0].expires, '2999-01-01');
    const expired = tree({ '.skeptic.yml': config('2001-01-01'), 'legacy/a.env': 'T={{fake:github-pat}}\n' });
    const gone = json(['scan', expired]);
    assert.equal(gone.code, 1);
    assert.equal(gone.report.findings.length, 1);
    assert.ok(gone.report.issues.some((i: { message: string }) => /expired on 2001-01-01/.test(i.message)));
  });
  it('rules:, ignore: and ai.forbid: entries that name no rule are reported, since a typo silently does nothing', () => {
    const dir = tree({
      '.skeptic.yml': 'rules:\n  secrets/github-token: off\n  secrets/*: high\n  code/javascript/eval-injection: off\n  js/eval: off\nignore:\n  - rule: secrets/githubpat\n    reason: typo\n  - rule: secrets/github-pat\n    path: legacy/**\n    reason: rotating\nai:\n  forbid:\n    - secrets/github-pat\n    - secrets/github-tokn\n',
      'a.env': 'T={{fake:github-pat}}\n',
    });
    const { report } = json(['scan', dir]);
    const unknown = report.issues.filter((i: { code: string }) => i.code === 'unknown-rule').map((i: { ruleId: string; path: string }) => `${i.path} ${i.ruleId}`).sort();
    // code/… is not checked when only the secrets analyzer is loaded; js/eval belongs to no analyzer
    assert.deepEqual(unknown, ['.skeptic.yml js/eval', '.skeptic.yml secrets/github-token', '.skeptic.yml secrets/github-tokn', '.skeptic.yml secrets/githubpat']);
    assert.equal(report.findings.length, 1, 'the typo turned nothing off');
  });
});

describe('baselines', () => {
  it('survive moved lines, reformatting and a rename in a real git repo; a new finding still fails', () => {
    const token = fakeToken('baseline-1');
    const dir = tree({});
    git(dir, 'init', '-q');
    writeFileSync(join(dir, 'settings.py'), `import os\n\nGITHUB_TOKEN = "${token}"\n`);
    writeFileSync(join(dir, 'other.py'), `def f():\n    return "${fakeToken('baseline-2')}"\n`);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'init');
    const baseline = join(dir, '.skeptic-baseline.json');
    const created = cli(['baseline', 'create', dir, '--analyzers', 'secrets', '--output', baseline]);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(JSON.parse(readFileSync(baseline, 'utf8')).findings.length, 2);
    assert.equal(cli(['scan', dir, '--analyzers', 'secrets', '--baseline', baseline]).code, 0);

    // Lines move, the assignment is reformatted, and the second file is renamed.
    writeFileSync(join(dir, 'settings.py'), `"""Settings."""\nimport os\nimport sys\n\n\nGITHUB_TOKEN   =   (\n    "${token}"\n)\n`);
    git(dir, 'mv', 'other.py', 'helpers.py');
    writeFileSync(join(dir, 'helpers.py'), `# moved\n\n\ndef f():\n    return "${fakeToken('baseline-2')}"\n`);
    const after1 = json(['scan', dir, '--baseline', baseline]);
    assert.equal(after1.code, 0, JSON.stringify(after1.report.findings, null, 1));
    assert.equal(after1.report.findings.length, 0);
    assert.equal(after1.report.suppressed.filter((s: { kind: string }) => s.kind === 'baseline').length, 2);
    assert.ok(after1.report.suppressed.some((s: { reason?: string }) => s.reason === 'in baseline (was other.py)'));

    // A new secret, and a second copy of a known one, are both new.
    writeFileSync(join(dir, 'new.py'), `A = "${fakeToken('baseline-3')}"\n`);
    renameSync(join(dir, 'new.py'), join(dir, 'new2.py'));
    const after2 = json(['scan', dir, '--baseline', baseline]);
    assert.equal(after2.code, 1);
    assert.deepEqual(after2.report.findings.map((f: { location: { path: string } }) => f.location.path), ['new2.py']);
  });
  it('an unreadable or foreign baseline stops the scan with exit 3', () => {
    const dir = tree({ 'a.txt': 'x\n', 'b.json': '{"kind":"something-else"}' });
    assert.equal(cli(['scan', dir, '--baseline', join(dir, 'missing.json')]).code, 3);
    const foreign = cli(['scan', dir, '--baseline', join(dir, 'b.json')]);
    assert.equal(foreign.code, 3, foreign.stderr);
    assert.match(foreign.stderr, /not a skeptic baseline/);
  });
});
