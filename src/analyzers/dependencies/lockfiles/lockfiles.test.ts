import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { LockfileFormat } from '../../../core/target.js';
import { assertNearLinear } from '../../../testing/complexity.js';
import { extract } from './index.js';

// testdata stays in src/ (tsc does not copy it); resolve from dist/ back to src/.
const TESTDATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'src', 'analyzers', 'dependencies', 'lockfiles', 'testdata');

/**
 * The ladder of every extractor: name@version, direct/transitive, dev/prod, line and source for
 * each package, and how many problems a malformed or foreign file reports (never a throw).
 */
const EXPECTED: Record<string, { problems: number; deps: string[] }> = {
  "bun-lock/malformed.lock": {
    "problems": 1,
    "deps": []
  },
  "bun-lock/one.lock": {
    "problems": 0,
    "deps": [
      "left-pad@1.3.0 direct prod L15 registry",
      "@types/node@20.1.0 direct dev L16 registry",
      "undici-types@5.26.5 transitive prod L17 registry"
    ]
  },
  "cargo-lock/Cargo.lock": {
    "problems": 0,
    "deps": [
      "serde@1.0.190 direct prod L10 registry",
      "gitcrate@0.2.0 transitive prod L16 git"
    ]
  },
  "cargo-lock/malformed.lock": {
    "problems": 1,
    "deps": []
  },
  "composer-lock/composer.lock": {
    "problems": 0,
    "deps": [
      "monolog/monolog@2.9.1 transitive prod L4 registry",
      "phpunit/phpunit@9.6.0 transitive dev L27 registry"
    ]
  },
  "composer-lock/malformed.lock": {
    "problems": 1,
    "deps": []
  },
  "gemfile-lock/Gemfile.lock": {
    "problems": 0,
    "deps": [
      "gitgem@0.1.0 direct prod L5 git",
      "nokogiri@1.15.4 direct prod L10 registry",
      "racc@1.7.1 transitive prod L12 registry",
      "rails@7.0.8 direct prod L13 registry"
    ]
  },
  "gemfile-lock/not-gemfile.lock": {
    "problems": 1,
    "deps": []
  },
  "go-mod/go.mod": {
    "problems": 0,
    "deps": [
      "golang.org/x/text@v0.3.7 direct prod L5 registry",
      "github.com/gin-gonic/gin@v1.9.1 direct prod L8 registry",
      "golang.org/x/net@v0.17.0 transitive prod L9 registry",
      "example.com/local@ direct prod L10 path"
    ]
  },
  "go-mod/malformed.mod": {
    "problems": 2,
    "deps": []
  },
  "go-sum/go.sum": {
    "problems": 1,
    "deps": [
      "golang.org/x/text@v0.3.7 transitive prod L1 registry"
    ]
  },
  "package-lock/empty.json": {
    "problems": 1,
    "deps": []
  },
  "package-lock/malformed.json": {
    "problems": 1,
    "deps": []
  },
  "package-lock/v1.json": {
    "problems": 0,
    "deps": [
      "@scope/a@1.0.0 direct prod L6 registry",
      "b@2.0.0 transitive prod L14 registry",
      "b@1.0.0 direct dev L20 registry",
      "gitdep@ direct prod L24 git"
    ]
  },
  "package-lock/v2.json": {
    "problems": 0,
    "deps": [
      "a@1.0.0 direct prod L13 registry install-script",
      "d@1.0.0 direct dev L19 registry",
      "d@2.0.0 transitive prod L23 registry"
    ]
  },
  "package-lock/v3-workspaces.json": {
    "problems": 0,
    "deps": [
      "app@ transitive prod L16 workspace",
      "left@1.3.0 direct prod L20 registry"
    ]
  },
  "pipfile-lock/Pipfile.lock": {
    "problems": 0,
    "deps": [
      "requests@2.31.0 transitive prod L8 registry",
      "mylib@ transitive prod L14 git",
      "pytest@8.0.0 transitive dev L20 registry"
    ]
  },
  "pipfile-lock/malformed.lock": {
    "problems": 1,
    "deps": []
  },
  "pnpm-lock/malformed.yaml": {
    "problems": 1,
    "deps": []
  },
  "pnpm-lock/not-pnpm.yaml": {
    "problems": 1,
    "deps": []
  },
  "pnpm-lock/v5.yaml": {
    "problems": 0,
    "deps": [
      "@scope/a@1.0.0 direct prod L15 registry",
      "b@2.0.0 direct dev L21 registry install-script"
    ]
  },
  "pnpm-lock/v6.yaml": {
    "problems": 0,
    "deps": [
      "a@1.0.0 direct prod L10 registry",
      "b@2.0.0 transitive prod L16 registry"
    ]
  },
  "pnpm-lock/v9.yaml": {
    "problems": 0,
    "deps": [
      "@scope/a@1.0.0 direct prod L17 registry",
      "b@2.0.0 direct dev L20 registry",
      "c@3.0.0 transitive prod L23 tarball"
    ]
  },
  "poetry-lock/malformed.lock": {
    "problems": 1,
    "deps": []
  },
  "poetry-lock/poetry.lock": {
    "problems": 0,
    "deps": [
      "requests@2.31.0 transitive prod L1 registry",
      "pytest@8.0.0 transitive dev L14 registry",
      "mylib@0.1.0 transitive prod L22 git"
    ]
  },
  "pyproject-toml/malformed.toml": {
    "problems": 1,
    "deps": []
  },
  "pyproject-toml/pep621.toml": {
    "problems": 0,
    "deps": [
      "requests@ direct prod L4 registry",
      "flask@3.0.0 direct prod L5 registry",
      "pytest@ direct dev L9 registry",
      "ruff@ direct dev L12 registry"
    ]
  },
  "pyproject-toml/poetry.toml": {
    "problems": 0,
    "deps": [
      "requests@ direct prod L6 registry",
      "mylib@ direct prod L7 git",
      "pytest@8.0.0 direct dev L10 registry"
    ]
  },
  "requirements-txt/requirements-dev.txt": {
    "problems": 1,
    "deps": [
      "pytest@8.0.0 direct dev L1 registry"
    ]
  },
  "requirements-txt/requirements.txt": {
    "problems": 0,
    "deps": [
      "requests@2.31.0 direct prod L4 registry",
      "Django@ direct prod L5 registry",
      "flask@ direct prod L6 registry",
      "numpy@1.26.4 direct prod L7 registry",
      "editable@ direct prod L9 git",
      "mypkg@ direct prod L10 tarball"
    ]
  },
  "uv-lock/malformed.lock": {
    "problems": 1,
    "deps": []
  },
  "uv-lock/uv.lock": {
    "problems": 0,
    "deps": [
      "requests@2.31.0 direct prod L17 registry",
      "idna@3.6 transitive prod L26 registry",
      "pytest@8.0.0 direct dev L31 registry"
    ]
  },
  "yarn-lock/berry.lock": {
    "problems": 0,
    "deps": [
      "left-pad@1.3.0 transitive prod L7 registry"
    ]
  },
  "yarn-lock/malformed.lock": {
    "problems": 1,
    "deps": []
  },
  "yarn-lock/v1.lock": {
    "problems": 0,
    "deps": [
      "@babel/code-frame@7.12.13 transitive prod L5 registry",
      "left-pad@1.3.0 transitive prod L12 registry",
      "left-pad@0.0.3 transitive prod L16 registry",
      "gitpkg@1.0.0 transitive prod L20 git"
    ]
  }
};

for (const [file, want] of Object.entries(EXPECTED)) {
  test(`extracts ${file}`, () => {
    const format = file.split('/')[0] as LockfileFormat;
    const r = extract(format, readFileSync(join(TESTDATA, file), 'utf8'), file.split('/')[1]!);
    const got = r.dependencies.map((d) => `${d.name}@${d.version ?? ''} ${d.direct ? 'direct' : 'transitive'} ${d.dev ? 'dev' : 'prod'} L${d.line} ${d.source}${d.hasInstallScript ? ' install-script' : ''}`);
    assert.deepEqual(got, want.deps);
    assert.equal(r.problems.length, want.problems, r.problems.join('; '));
  });
}

test('hostile input: huge and binary-looking lockfiles give problems, not crashes or hangs', async () => {
  for (const format of ['yarn-lock', 'requirements-txt', 'go-mod', 'gemfile-lock', 'package-lock', 'pnpm-lock', 'cargo-lock', 'pyproject-toml', 'bun-lock'] as const) {
    // An 8 MB line, control characters, a long line of include flags and 400,000 short junk lines.
    const r = await assertNearLinear(format, 8_000_000, (n) => extract(format, `${'a'.repeat(n)}\n\u0000\u0001 ((((((((((\n${'-r '.repeat(n / 200)}\n${'-r ((\n'.repeat(n / 20)}`, 'x'));
    assert.ok(Array.isArray(r.problems));
  }
});

test('requirements includes are returned for the analyzer to follow', () => {
  const r = extract('requirements-txt', '-r base.txt\n--constraint c.txt\nflask\n--requirement=sub/x.in\n-r\n', 'requirements.txt');
  assert.deepEqual(r.includes, [
    { path: 'base.txt', line: 1, constraint: false },
    { path: 'c.txt', line: 2, constraint: true },
    { path: 'sub/x.in', line: 4, constraint: false },
  ]);
  assert.deepEqual(r.problems, ['line 5: -r without a file name']);
});

test('a constraints file lists pins, not dependencies', () => {
  const r = extract('requirements-txt', 'urllib3==1.26.5\ncertifi>=2024\n', 'requirements/constraints.txt');
  assert.deepEqual(r.dependencies, []);
  assert.deepEqual(r.constraints?.map((d) => `${d.name}@${d.version ?? d.spec} L${d.line}`), ['urllib3@1.26.5 L1', 'certifi@>=2024 L2']);
});
