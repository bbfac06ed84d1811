import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { validateSarif } from '../reporters/sarif-validate.js';
import { progressReporter } from '../cli/progress.js';
import type { CliIO } from '../cli/io.js';
import { cli, remove, tempTree } from './helpers.js';

const dirs: string[] = [];
const tree = (files: Record<string, string | Buffer>) => {
  const d = tempTree(files);
  dirs.push(d);
  return d;
};
after(() => dirs.forEach(remove));

const SECRET = 'TOKEN={{fake:github-pat}}\n';

describe('exit codes through the real bin', () => {
  it('0 when the gate passes, 1 on blocking findings', () => {
    assert.equal(cli(['scan', tree({ 'a.txt': 'hello\n' }), '--analyzers', 'secrets']).code, 0);
    const r = cli(['scan', tree({ 'a.env': SECRET }), '--analyzers', 'secrets']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /secrets\/github-pat/);
    assert.match(r.stdout, /FAILED \(1 blocking/);
  });
  it('--fail-on raises the threshold so the same finding passes', () => {
    assert.equal(cli(['scan', tree({ 'a.env': SECRET }), '--analyzers', 'secrets', '--fail-on', 'critical']).code, 0);
  });
  it('2 on usage errors', () => {
    assert.equal(cli(['scan', '--no-such-flag']).code, 2);
    assert.equal(cli(['scan', '.', '--fail-on', 'extreme']).code, 2);
    assert.equal(cli(['scan', '.', '--format', 'pdf']).code, 2);
    assert.equal(cli(['frobnicate']).code, 2);
  });
  it('3 when the scan cannot complete', () => {
    const r = cli(['scan', '/nonexistent/skeptic-e2e-path']);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /no such file or directory/);
  });
  it('--strict fails on scan issues that a normal run only reports', () => {
    const dir = tree({ 'bad.txt': Buffer.from([0x61, 0x3d, 0xff, 0xfe, 0x62, 0x0a]) });
    const normal = cli(['scan', dir, '--analyzers', 'secrets']);
    assert.equal(normal.code, 0, normal.stdout);
    assert.match(normal.stdout, /1 scan issue/);
    const strict = cli(['scan', dir, '--analyzers', 'secrets', '--strict']);
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /scan issues under --strict/);
  });
});

describe('configuration errors', () => {
  it('name the file and the key path, and exit 2', () => {
    const dir = tree({ '.skeptic.yml': 'failOn: extreme\nignore:\n  - rule: secrets/x\n    reason: ""\nunknownKey: 1\n', 'a.txt': 'x\n' });
    const r = cli(['scan', dir]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /\.skeptic\.yml/);
    assert.match(r.stderr, /failOn:/);
    assert.match(r.stderr, /ignore\.0\.reason: a config ignore needs a reason/);
    assert.match(r.stderr, /unknownKey/);
  });
  it('an unparsable file and a --config that does not exist also exit 2', () => {
    const dir = tree({ 'skeptic.config.json': '{ "failOn": ', 'a.txt': 'x\n' });
    const r = cli(['scan', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /skeptic\.config\.json: cannot parse/);
    const missing = cli(['scan', dir, '--config', join(dir, 'nope.yml')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.yml: cannot read/);
  });
  it('a config found upward from the scanned root applies', () => {
    const dir = tree({ '.skeptic.yml': 'failOn: critical\n', 'sub/a.env': SECRET });
    assert.equal(cli(['scan', join(dir, 'sub'), '--analyzers', 'secrets']).code, 0);
  });
});

describe('outputs', () => {
  it('writes several formats in one run, text or json on stdout', () => {
    const dir = tree({ 'a.env': SECRET, 'b.txt': 'fine\n' });
    const out = tree({});
    const r = cli(['scan', dir, '--analyzers', 'secrets', '-f', 'sarif', '-o', join(out, 'r.sarif'), '-f', 'junit', '-o', join(out, 'r.xml'), '-f', 'html', '-o', join(out, 'r.html'), '-f', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.schemaVersion, 1);
    assert.equal(json.findings[0].ruleId, 'secrets/github-pat');
    assert.equal(json.findings[0].location.path, 'a.env');
    assert.ok(!r.stdout.includes(json.findings[0].secret.redacted.replace(/\*+$/, '') + 'X'), 'redacted');
    const sarif = JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8'));
    assert.deepEqual(validateSarif(sarif), []);
    assert.equal(sarif.runs[0].results[0].partialFingerprints['skeptic/v1'], json.findings[0].fingerprint);
    assert.ok(sarif.runs[0].tool.driver.rules[0].properties.tags.includes('external/cwe/cwe-798'));
    assert.match(readFileSync(join(out, 'r.xml'), 'utf8'), /<testcase name="secrets\/github-pat a\.env:1:/);
    assert.ok(existsSync(join(out, 'r.html')));
    for (const file of ['r.sarif', 'r.xml', 'r.html']) {
      const secretValue = readFileSync(join(dir, 'a.env'), 'utf8').split('=')[1]!.trim();
      assert.ok(!readFileSync(join(out, file), 'utf8').includes(secretValue), `${file} must not contain the secret`);
    }
  });
  it('--quiet prints nothing and keeps the exit code', () => {
    const r = cli(['scan', tree({ 'a.env': SECRET }), '--analyzers', 'secrets', '--quiet']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
  });
  it('--debug prints time per analyzer and per rule on stderr', () => {
    const r = cli(['scan', tree({ 'a.env': SECRET }), '--analyzers', 'secrets', '--debug']);
    assert.match(r.stderr, /Time per analyzer:\n\s+secrets\s+\d+ ms/);
    assert.match(r.stderr, /Slowest rules:/);
  });
  it('no progress output when stdout is not a TTY, or under CI', () => {
    const r = cli(['scan', tree(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.txt`, 'x\n']))), '--analyzers', 'secrets'], { env: { CI: undefined } });
    assert.equal(r.stderr, '');
    const writes: string[] = [];
    const io = (tty: boolean, env: Record<string, string>): CliIO => ({ argv: [], cwd: '/', env, stdoutIsTTY: tty, stderrIsTTY: tty, stdout: () => {}, stderr: (t) => writes.push(t), readStdin: async () => Buffer.alloc(0) });
    for (const [tty, env] of [[false, {}], [true, { CI: 'true' }]] as const) {
      const p = progressReporter(io(tty, env), false);
      p.update(1, 2);
      p.update(2, 2);
      p.done();
    }
    assert.deepEqual(writes, []);
    const p = progressReporter(io(true, {}), false);
    p.update(2, 2);
    p.done();
    assert.ok(writes.length > 0, 'a human at a terminal does see progress');
  });
});
