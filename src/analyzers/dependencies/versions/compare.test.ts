import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compareVersions } from './compare.js';

// shared/ sits beside the repository in development and in CI: ../shared from the repo root.
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const VECTORS = join(REPO, '..', 'shared', 'data', 'osv', 'version-ordering');

const FILES: Record<string, string> = { semver: 'npm', pypi: 'PyPI', rubygems: 'RubyGems', packagist: 'Packagist' };

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
