import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertNearLinear } from '../../testing/complexity.js';
import { generators, RandomSource } from '../../testing/fake-secrets.js';
import { runRule } from './engine/detect.js';
import type { DetectContext } from './engine/rule.js';
import { secretRules } from './rules/index.js';

const MB = 1 << 20;

/**
 * Single-line inputs of `size` characters built to make a backtracking regex go quadratic:
 * repeated prefixes, near-misses, keyword floods.
 */
export function hostileInputs(value: string, keywords: readonly string[]): ((size: number) => string)[] {
  const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
  return [
    (size) => fill(value.slice(0, 12), size),
    (size) => fill(value.slice(0, 32), size),
    (size) => fill(value.slice(0, -1) + ' ', size),
    (size) => fill(value.slice(0, -1), size),
    (size) => fill(`${keywords[0] ?? 'x'}=`, size),
    (size) => value.slice(0, 16) + fill('a', size),
  ];
}

const detect = (rule: (typeof secretRules)[number], text: string) => runRule(rule, { text, path: 'x.env', isCode: false, isTestPath: false, filtered: () => undefined } satisfies DetectContext);

describe('secrets rules on hostile 1 MB lines', () => {
  for (const rule of secretRules) {
    it(rule.meta.id, async () => {
      const value = rule.fake(new RandomSource('hostile'));
      // Each shape at 1 MB against 128 kB: most rules skip such a line in milliseconds; one that
      // rescans it per candidate grows quadratically and fails here.
      for (const input of hostileInputs(value, rule.keywords)) {
        await assertNearLinear(`${rule.meta.id} on a line starting ${JSON.stringify(input(30).slice(0, 30))}`, MB, (n) => detect(rule, input(n)));
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
    it(id, async () => {
      const rule = secretRules.find((r) => r.meta.id === id)!;
      await assertNearLinear(`${id} on a flood of ${JSON.stringify(unit.slice(0, 40))}`, MB, (n) => detect(rule, unit.repeat(Math.ceil(n / unit.length))));
    });
  }
});

describe('validators on hostile values', () => {
  it('curl -u user-name checks stay linear on a long run of letters that fails at the end', async () => {
    const { curlUserReason } = await import('./engine/validators.js');
    // A word-like test written as `(?:[._-]?[a-z]+)*` backtracked exponentially here: 28 letters took ~1 s.
    const letters = (n: number) => {
      let seed = 7;
      return Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[(seed = (seed * 1103515245 + 12345) % 2147483648) % 26]).join('');
    };
    // Exponential growth shows at this size, where the linear test takes microseconds; at a size
    // the clock could time, the exponential one would never finish.
    await assertNearLinear('curlUserReason', 28, (n) => curlUserReason(`${letters(n)}!`));
    assert.equal(curlUserReason(`${letters(120)}!`), undefined);
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
    const found = await assertNearLinear('detect', lines.length, (n) => secretsDetector().detect(lines.slice(0, n).join(''), { path: 'x.env', isCode: false, isTestPath: false }));
    assert.ok(found.length > lines.length * 1.9, `${found.length} findings for ${lines.length} line pairs`);
    assert.ok(!found.some((d) => d.rule.meta.id === 'secrets/generic-api-key' && d.secret.startsWith('ghp_')), 'the provider rule wins its span');
  });
});
