import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { AddressInfo } from 'node:net';
import { configSchema } from '../../config/schema.js';
import { reporters } from '../../reporters/registry.js';
import { scan } from '../../scan/scan.js';
import { generators, RandomSource } from '../../testing/fake-secrets.js';
import { KeywordMatcher } from './engine/keywords.js';
import { githubChecksumOk, withGithubChecksum } from './engine/checksum.js';
import { setVerifierBaseUrl, verifySecret } from './verify.js';

const fake = (name: string, seed: string) => generators[name]!(new RandomSource(seed));
const config = configSchema.parse({ minConfidence: 'low' });

describe('secrets engine', () => {
  it('the keyword automaton finds overlapping keywords case-insensitively in one pass', () => {
    const m = new KeywordMatcher(['ghp_', 'hp_x', 'secret', 'sec']);
    const hits: [string, number][] = [];
    m.scan('xGHP_X and my SECRET é ghp_', (k, end) => void hits.push([m.keywords[k]!, end]));
    assert.deepEqual(hits, [['ghp_', 5], ['hp_x', 6], ['sec', 17], ['secret', 20], ['ghp_', 27]]);
  });

  it('GitHub CRC32 checksums validate and reject', () => {
    const token = withGithubChecksum('ghp_', 'a'.repeat(10) + 'B'.repeat(10) + 'c9'.repeat(5));
    assert.equal(githubChecksumOk(token), true);
    assert.equal(githubChecksumOk(token.slice(0, -1) + (token.endsWith('0') ? '1' : '0')), false);
  });
});

describe('secrets redaction and verification', () => {
  let dir: string;
  let server: Server;
  let requests: string[] = [];
  const live = fake('github-pat', 'live');
  const revoked = fake('github-pat', 'revoked');
  const slack = fake('slack-bot-token', 'slack');
  const pem = fake('private-key-json', 'pem');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skeptic-secrets-'));
    writeFileSync(join(dir, 'a.env'), `GITHUB_TOKEN=${live}\nOLD_TOKEN=${revoked}\nSLACK_BOT_TOKEN=${slack}\n`);
    writeFileSync(join(dir, 'sa.json'), `{"type": "service_account", "private_key": "${pem}"}\n`);
    server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
      if (req.url === '/user') {
        res.statusCode = req.headers.authorization === `token ${live}` ? 200 : 401;
        res.end('{}');
      } else if (req.url === '/api/auth.test') {
        res.statusCode = 200;
        res.end('{"ok": false, "error": "invalid_auth"}');
      } else {
        res.statusCode = 500;
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    setVerifierBaseUrl('github', base);
    setVerifierBaseUrl('slack', base);
  });
  after(() => {
    server.close();
    setVerifierBaseUrl('github', undefined);
    setVerifierBaseUrl('slack', undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('never prints a secret in any format, and sends nothing without --verify', async () => {
    requests = [];
    const report = await scan({ path: dir, config, analyzers: ['secrets'], workers: 0 });
    assert.deepEqual(report.findings.map((f) => f.ruleId).sort(), ['secrets/github-pat', 'secrets/github-pat', 'secrets/private-key', 'secrets/slack-bot-token']);
    const pemLines = pem.split('\\n').filter((l) => l.length >= 16 && !l.startsWith('-----'));
    for (const [name, render] of Object.entries(reporters)) {
      const out = render(report, { verbose: true });
      for (const s of [live, revoked, slack, ...pemLines]) assert.equal(out.includes(s), false, `${name} output leaks ${s.slice(0, 8)}…`);
    }
    for (const f of report.findings) {
      assert.ok(f.secret && f.secret.length > 0 && /^[0-9a-f]{16}$/.test(f.secret.hash));
      assert.equal(f.secret.value, undefined);
    }
    assert.deepEqual(requests, []);
  });

  it('--show-secrets is the explicit opt-in to see them', async () => {
    const report = await scan({ path: dir, config, analyzers: ['secrets'], workers: 0, showSecrets: true });
    assert.ok(JSON.stringify(report).includes(live));
  });

  it('--verify asks the provider: verified, invalid, unknown', async () => {
    requests = [];
    const report = await scan({ path: dir, config, analyzers: ['secrets'], workers: 0, verify: true, offline: false });
    const status = (v: string) => report.findings.find((f) => f.secret?.hash && f.secret.redacted.startsWith(v.slice(0, 6)) && f.location.startLine === (v === live ? 1 : v === revoked ? 2 : 3))?.secret?.verification;
    assert.equal(status(live), 'verified');
    assert.equal(status(revoked), 'invalid');
    assert.equal(status(slack), 'invalid');
    assert.equal(report.findings.find((f) => f.ruleId === 'secrets/private-key')?.secret?.verification, undefined);
    assert.equal(requests.length, 3);
  });

  it('an unreachable provider is unknown, not invalid', async () => {
    setVerifierBaseUrl('stripe', 'http://127.0.0.1:9');
    try {
      const r = await verifySecret('stripe', 'sk_live_x', 2000);
      assert.equal(r.status, 'unknown');
    } finally {
      setVerifierBaseUrl('stripe', undefined);
    }
  });
});

describe('secrets finding messages', () => {
  it('a weak value in a Kubernetes Secret is reported at medium confidence and says it is weak', async () => {
    const { findingsFor, detectIn } = await import('./analyzer.js');
    const weak = Buffer.from('rabbitpass').toString('base64');
    const strong = fake('kubernetes-secret-data', 'k8s-strong');
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: q\ndata:\n  password: ${weak}\n  api-token: ${strong}\n`;
    const findings = findingsFor('deploy/secret.yaml', text, detectIn({ path: 'deploy/secret.yaml', type: { kind: 'text' }, text }));
    const byKey = new Map(findings.map((f) => [f.properties?.key, f]));
    assert.equal(byKey.get('password')?.confidence, 'medium');
    assert.match(byKey.get('password')!.message, /weak .* still the credential this Secret deploys/);
    assert.equal(byKey.get('api-token')?.confidence, undefined);
    assert.doesNotMatch(byKey.get('api-token')!.message, /weak/);
  });
});
