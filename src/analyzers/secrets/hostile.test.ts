import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { generators, RandomSource } from '../../testing/fake-secrets.js';
import { runRule } from './engine/detect.js';
import type { DetectContext } from './engine/rule.js';
import { secretRules } from './rules/index.js';

const MB = 1 << 20;

/** 1 MB single-line inputs built to make a backtracking regex go quadratic: repeated prefixes, near-misses, keyword floods. */
export function hostileInputs(value: string, keywords: readonly string[]): string[] {
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / Math.max(1, unit.length))).slice(0, MB);
  return [
    fill(value.slice(0, 12)),
    fill(value.slice(0, 32)),
    fill(value.slice(0, -1) + ' '),
    fill(value.slice(0, -1)),
    fill(`${keywords[0] ?? 'x'}=`),
    value.slice(0, 16) + fill('a'),
  ];
}

describe('secrets rules on hostile 1 MB lines', () => {
  for (const rule of secretRules) {
    it(rule.meta.id, () => {
      const value = rule.fake(new RandomSource('hostile'));
      for (const text of hostileInputs(value, rule.keywords)) {
        const context: DetectContext = { text, path: 'x.env', isCode: false, isTestPath: false, filtered: () => undefined };
        const t0 = performance.now();
        runRule(rule, context);
        const ms = performance.now() - t0;
        // A hang guard, not a benchmark: linear rules take milliseconds; quadratic ones take minutes.
        assert.ok(ms < 3000, `${rule.meta.id} took ${ms.toFixed(0)} ms on a hostile line starting ${JSON.stringify(text.slice(0, 30))}`);
      }
    });
  }
});

describe('context-driven rules on floods of their triggers', () => {
  const floods: [string, string][] = [
    // Built at run time so the repository itself holds no key-shaped literal.
    ['secrets/aws-secret-access-key', `${generators['aws-access-key-id']!(new RandomSource('f'))} ${generators['aws-secret-access-key']!(new RandomSource('f'))} `],
    ['secrets/private-key', '-----BEGIN PRIVATE KEY-----\\n'],
    ['secrets/generic-api-key', 'token = "'],
    ['secrets/jwt', 'eyJhbGciOiJIUzI1NiJ9.eyJ'],
    // Secret manifests whose entries are runs of blanks before a comment, and block scalars that never end.
    ['secrets/kubernetes-secret-data', `apiVersion: v1\nkind: Secret\ndata:\n  k: QUJDRA==${' \t'.repeat(300)}x #\n  b: |\n    ${'QUJD'.repeat(200)}\n`],
  ];
  for (const [id, unit] of floods) {
    it(id, () => {
      const rule = secretRules.find((r) => r.meta.id === id)!;
      const text = unit.repeat(Math.ceil(MB / unit.length));
      const t0 = performance.now();
      runRule(rule, { text, path: 'x.env', isCode: false, isTestPath: false, filtered: () => undefined });
      const ms = performance.now() - t0;
      assert.ok(ms < 3000, `${id} took ${ms.toFixed(0)} ms on a 1 MB flood of ${JSON.stringify(unit)}`);
    });
  }
});

describe('validators on hostile values', () => {
  it('curl -u user-name checks stay linear on a long run of letters that fails at the end', async () => {
    const { curlUserReason } = await import('./engine/validators.js');
    // A word-like test written as `(?:[._-]?[a-z]+)*` backtracked exponentially here: 28 letters took ~1 s.
    let seed = 7;
    const letters = Array.from({ length: 120 }, () => 'abcdefghijklmnopqrstuvwxyz'[(seed = (seed * 1103515245 + 12345) % 2147483648) % 26]).join('');
    const t0 = performance.now();
    const reason = curlUserReason(`${letters}!`);
    const ms = performance.now() - t0;
    assert.ok(ms < 200, `curlUserReason took ${ms.toFixed(0)} ms`);
    assert.equal(reason, undefined);
    assert.equal(curlUserReason('ops.team@company.io'), 'email-user');
    assert.equal(curlUserReason('deploy_bot2'), 'word-like');
  });
});

describe('the detector on a 1 MB file dense with findings', () => {
  it('settles overlaps between provider and generic findings in linearithmic time', async () => {
    const { secretsDetector } = await import('./analyzer.js');
    const r = new RandomSource('dense');
    // Each line gives a provider finding and a generic one on the same span: tens of thousands of each.
    const lines: string[] = [];
    for (let size = 0; size < MB; ) {
      const line = `token = "${generators['github-pat']!(r)}"\npassword = "${generators['alnum32']!(r)}"\n`;
      lines.push(line);
      size += line.length;
    }
    const text = lines.join('');
    const t0 = performance.now();
    const found = secretsDetector().detect(text, { path: 'x.env', isCode: false, isTestPath: false });
    const ms = performance.now() - t0;
    assert.ok(found.length > lines.length * 1.9, `${found.length} findings for ${lines.length} line pairs`);
    assert.ok(!found.some((d) => d.rule.meta.id === 'secrets/generic-api-key' && d.secret.startsWith('ghp_')), 'the provider rule wins its span');
    assert.ok(ms < 3000, `detect took ${ms.toFixed(0)} ms on ${found.length} findings`);
  });
});
