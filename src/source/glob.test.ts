import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertNearLinear } from '../testing/complexity.js';
import { compileGlob, GlobSet } from './glob.js';
import { IgnoreFile } from './ignore.js';

const CASES: [string, string, boolean][] = [
  ['*.js', 'a.js', true],
  ['*.js', 'src/deep/a.js', true],
  ['*.js', 'a.jsx', false],
  ['/a.js', 'src/a.js', false],
  ['/a.js', 'a.js', true],
  ['src/*.js', 'src/a.js', true],
  ['src/*.js', 'src/x/a.js', false],
  ['src/**/*.js', 'src/a.js', true],
  ['src/**/*.js', 'src/x/y/a.js', true],
  ['src/**', 'src/x/y/a.js', true],
  ['src/**', 'src', false],
  ['**/test/**', 'a/test/b.js', true],
  ['**/test/**', 'test/b.js', true],
  ['**/test/**', 'atest/b.js', false],
  ['build', 'build/out.js', true],
  ['build', 'src/build/out.js', true],
  ['build/', 'src/build/out.js', true],
  ['test/repos/**', 'test/repos/app/server.js', true],
  ['src/**/*.fixture.*', 'src/analyzers/x/rules/a.fixture.py', true],
  ['src/**/*.fixture/**', 'src/a/b.fixture/c/d.yml', true],
  ['*.{js,ts}', 'x/a.ts', true],
  ['*.{js,ts}', 'x/a.py', false],
  ['file?.txt', 'file1.txt', true],
  ['file?.txt', 'file12.txt', false],
  ['[abc].txt', 'b.txt', true],
  ['[!abc].txt', 'b.txt', false],
  ['[a-c]x', 'dir/bx', true],
  ['a\\*b', 'a*b', true],
  ['a\\*b', 'axb', false],
  ['**/*.md', 'README.md', true],
  ['docs/**/*.md', 'docs/README.md', true],
];

describe('globs', () => {
  for (const [glob, path, expected] of CASES) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(compileGlob(glob).test(path), expected));
  }
  it('hostile patterns stay linear in the length of the path (a backtracking regex takes minutes on these)', async () => {
    // Paths of a few hundred kB: each glob's automaton costs a different constant per character.
    for (const [glob, size] of [['*a'.repeat(12) + '*b', 400_000], ['**/'.repeat(30) + 'x', 1_600_000], ['{a,b}'.repeat(20) + '*c*c*c*c*c*c*c*d', 10_000]] as const) {
      const m = compileGlob(glob);
      await assertNearLinear(glob.slice(0, 12), size, (n) => {
        assert.equal(m.test('a'.repeat(n)), false);
        assert.equal(m.test('a/'.repeat(Math.floor(n / 2)) + 'y'), false);
      });
    }
  });
  it('GlobSet and .gitignore files use the same matcher', () => {
    assert.equal(new GlobSet(['a/**', '*.log']).matches('x/y.log'), true);
    const ignore = new IgnoreFile('', 'dist/\n*.log\n!keep.log\n');
    assert.equal(ignore.decide('x.log', false), true);
    assert.equal(ignore.decide('keep.log', false), false);
    assert.equal(ignore.decide('dist', true), true);
  });
});
