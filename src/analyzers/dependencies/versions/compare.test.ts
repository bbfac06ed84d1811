import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertNearLinear } from '../../../testing/complexity.js';
import { compareVersions } from './compare.js';

// shared/ sits beside the repository in development and in CI: ../shared from the repo root.
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const VECTORS = join(REPO, '..', 'shared', 'data', 'osv', 'version-ordering');

const FILES: Record<string, string> = { semver: 'npm', pypi: 'PyPI', rubygems: 'RubyGems', packagist: 'Packagist', maven: 'Maven', nuget: 'NuGet' };

test('every version-ordering vector passes for the claimed ecosystems', { skip: existsSync(VECTORS) ? false : `no vectors at ${VECTORS}` }, () => {
  for (const file of readdirSync(VECTORS)) {
    const ecosystem = FILES[file.split('-')[0]!];
    if (!ecosystem || !file.endsWith('.txt')) continue;
    let checked = 0;
    const wrong: string[] = [];
    const unreadable: string[] = [];
    for (const raw of readFileSync(join(VECTORS, file), 'utf8').split('\n')) {
      const line = raw.trim();
      if (!line || line.startsWith('#') || line.startsWith('//')) continue;
      const m = /^(\S+)\s+([<>=])\s+(\S+)$/.exec(line);
      if (!m) continue;
      let c: number;
      try {
        c = Math.sign(compareVersions(ecosystem, m[1]!, m[3]!));
      } catch {
        unreadable.push(line);
        continue;
      }
      checked++;
      const want = m[2] === '<' ? -1 : m[2] === '>' ? 1 : 0;
      if (c !== want) wrong.push(line);
    }
    assert.ok(checked > 0, `${file}: no vectors read`);
    assert.deepEqual(wrong.slice(0, 20), [], `${file}: ${wrong.length} wrong of ${checked}`);
    // Unreadable versions are skipped by the matcher (never guessed); keep them rare.
    assert.ok(unreadable.length <= Math.max(20, checked * 0.01), `${file}: ${unreadable.length} unreadable: ${unreadable.slice(0, 5).join(' | ')}`);
  }
});

test('semver ordering accepts Go v-prefixes and short bounds', () => {
  assert.equal(compareVersions('Go', 'v1.2.3', '1.2.4'), -1);
  assert.equal(compareVersions('npm', '1.0', '1.0.0'), 0);
  assert.throws(() => compareVersions('npm', 'not-a-version', '1.0.0'));
});

test('Maven orders qualifiers, separators and padding like ComparableVersion', () => {
  const lt = (a: string, b: string) => {
    assert.equal(compareVersions('Maven', a, b), -1, `${a} < ${b}`);
    assert.equal(compareVersions('Maven', b, a), 1, `${b} > ${a}`);
  };
  lt('1.0-alpha-1', '1.0-beta-1');
  lt('1.0-rc1', '1.0-SNAPSHOT');
  lt('1.0-SNAPSHOT', '1.0');
  lt('1.0', '1.0-sp1');
  lt('1.0-foo', '1.0.foo');
  lt('1.0-foo', '1.0-1');
  lt('1.0-1', '1.0.1');
  lt('2.17.0', '2.17.1');
  lt('2.9.10.7', '2.10.0');
  assert.equal(compareVersions('Maven', '1.0.0.Final', '1'), 0);
  assert.equal(compareVersions('Maven', '1CR', '1-rc'), 0);
  assert.throws(() => compareVersions('Maven', '', '1'));
});

test('NuGet pads to four parts, orders prereleases case-insensitively and ignores metadata', () => {
  assert.equal(compareVersions('NuGet', '1.0', '1.0.0.0'), 0);
  assert.equal(compareVersions('NuGet', '1.0.0-RC.1', '1.0.0-rc.1+build'), 0);
  assert.equal(compareVersions('NuGet', '1.0.0-rc.2', '1.0.0-rc.10'), -1);
  assert.equal(compareVersions('NuGet', '1.0.0-rc', '1.0.0'), -1);
  assert.equal(compareVersions('NuGet', '13.0.1', '12.0.3.4'), 1);
  assert.throws(() => compareVersions('NuGet', '1.0.0.0.0', '1.0'));
  assert.throws(() => compareVersions('NuGet', 'latest', '1.0'));
});

test('a hostile version string is rejected in linear time, in every ecosystem', async () => {
  // A lockfile version is attacker text: a long digit run followed by a newline made the
  // SemVer fallback backtrack quadratically (seconds on 100 kB).
  const hostile: ((n: number) => string)[] = [(n) => '1'.repeat(n) + '\nx', (n) => '1.' + '1'.repeat(n) + '\n', (n) => '1' + '.a'.repeat(n / 2) + '!', (n) => '1' + 'a1'.repeat(n / 2)];
  for (const ecosystem of ['npm', 'crates.io', 'Go', 'PyPI', 'RubyGems', 'Packagist', 'Maven', 'NuGet']) {
    for (const v of hostile) {
      await assertNearLinear(`${ecosystem} on ${JSON.stringify(v(12))}…`, 100_000, (n) => {
        try {
          compareVersions(ecosystem, v(n), '1.0.0');
        } catch {
          // unreadable is the expected answer; only the growth matters here
        }
      });
    }
  }
  assert.equal(compareVersions('npm', '1.2', '1.2.0'), 0);
  assert.equal(compareVersions('Go', 'v1.2.3-rc.1', '1.2.3'), -1);
});
