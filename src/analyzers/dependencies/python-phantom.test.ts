import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { configSchema } from '../../config/schema.js';
import { scan } from '../../scan/scan.js';
import { condaEnvironmentNames, setupCfgRequirements, stringLiterals, toxDeps } from './python-phantom.js';

async function phantoms(files: Record<string, string>, extra: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'skeptic-pyphantom-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const config = configSchema.parse({ rules: { 'dependencies/phantom-import': 'on' }, minConfidence: 'low', ...extra });
    const report = await scan({ path: dir, config, analyzers: ['dependencies'], workers: 0, offline: true, cacheDir: join(dir, '.cache') });
    return report.findings.filter((f) => f.ruleId === 'dependencies/phantom-import').map((f) => `${f.location.path}:${f.location.startLine} ${f.package?.name} ${f.confidence}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const APP = 'import requests\nimport yaml\nimport numpy\nimport zzq_not_on_pypi_helper\n';

test('no Python manifest: nothing is phantom, however odd the imports', async () => {
  assert.deepEqual(await phantoms({ 'app.py': APP, 'package.json': '{"name":"x","dependencies":{}}' }), []);
});

test('a project declares through requirements, lockfiles, pyproject, setup.cfg and setup.py', async () => {
  assert.deepEqual(await phantoms({ 'app.py': APP, 'requirements.txt': 'requests==2.32.3\nPyYAML==6.0.1\n' }), [
    'app.py:3 numpy medium', // real but undeclared
    'app.py:4 zzq-not-on-pypi-helper medium', // not a PyPI project at all: said in the message
  ]);
  // transitive entries of a lockfile are installed: not phantom
  assert.deepEqual(await phantoms({ 'app.py': 'import urllib3\nimport numpy\n', 'poetry.lock': '[[package]]\nname = "urllib3"\nversion = "2.2.1"\n\n[metadata]\nlock-version = "2.0"\n' }), ['app.py:2 numpy medium']);
  assert.deepEqual(await phantoms({ 'app.py': APP, 'setup.py': 'from setuptools import setup\nsetup(name="x", install_requires=["requests>=2", "PyYAML", "numpy", "zzq-not-on-pypi-helper==1.0"])\n' }), []);
  // a constraints file pins versions but declares nothing
  assert.deepEqual(await phantoms({ 'app.py': 'import requests\nimport numpy\n', 'requirements.txt': 'requests==2.32.3\n-c constraints.txt\n', 'constraints.txt': 'numpy==2.0.0\n' }), ['app.py:2 numpy medium']);
  assert.deepEqual(await phantoms({ 'app.py': 'import requests\nimport numpy\n', 'requirements.txt': 'requests==2.32.3\n', 'requirements-constraints.txt': 'numpy==2.0.0\n' }), ['app.py:2 numpy medium']);
  // setup.py alone (no lockfile, no requirements) is a manifest too
  assert.deepEqual(await phantoms({ 'pkg/app.py': APP, 'setup.py': 'from setuptools import setup\nsetup(name="x", install_requires=["requests>=2", "PyYAML"])\n' }), ['pkg/app.py:3 numpy medium', 'pkg/app.py:4 zzq-not-on-pypi-helper medium']);
  assert.deepEqual(await phantoms({ 'app.py': APP, 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["requests"]\n', 'setup.cfg': '[options]\ninstall_requires =\n    PyYAML>=6\n    numpy ; python_version>"3.8"\n[options.extras_require]\nhelp = zzq-not-on-pypi-helper\n' }), []);
});

test('dynamic pyproject dependencies are read from their files, or the project is unknown', async () => {
  const dynamic = '[project]\nname = "x"\ndynamic = ["dependencies"]\n';
  assert.deepEqual(await phantoms({ 'app.py': APP, 'pyproject.toml': dynamic }), [], 'no file named: unknown, not phantom');
  assert.deepEqual(await phantoms({ 'app.py': APP, 'pyproject.toml': `${dynamic}[tool.setuptools.dynamic]\ndependencies = {file = ["deps/base.txt"]}\n`, 'deps/base.txt': 'requests\nPyYAML\nnumpy\n' }), ['app.py:4 zzq-not-on-pypi-helper medium']);
});

test('the project own modules are local: packages, modules, src layout, excluded and unscanned files', async () => {
  const files = {
    'requirements.txt': 'requests==2.32.3\n',
    'src/mypkg/__init__.py': '',
    'src/mypkg/app.py': 'import mypkg.util\nimport helpers\nimport vendored_thing\nimport compiled_ext\nfrom . import util\nimport requests\nimport ghost_pkg_zzq\n',
    'src/mypkg/util.py': '',
    'src/helpers.py': '',
    'src/vendored_thing/__init__.py': '',
    'src/mypkg/compiled_ext.pyi': '',
  };
  assert.deepEqual(await phantoms(files, { exclude: ['src/vendored_thing/**'] }), ['src/mypkg/app.py:7 ghost-pkg-zzq medium']);
});

test('only files under a Python manifest are checked; fixtures, examples and setup.py never', async () => {
  assert.deepEqual(await phantoms({
    'service/requirements.txt': 'flask==3.0.3\n',
    'service/app.py': 'import flask\nimport werkzeug\nimport jinja2\nimport redis\n',
    'scripts/tool.py': 'import redis\n',
    'service/tests/fixtures/input.py': 'import redis\n',
    'service/examples/demo.py': 'import redis\n',
  }), ['service/app.py:4 redis medium']);
  // a requirements/ folder declares for the project around it
  assert.deepEqual(await phantoms({ 'requirements/base.txt': 'django==5.0.6\n', 'polls/views.py': 'import django\nimport celery\n' }), ['polls/views.py:2 celery medium']);
});

test('Python files are not read as JavaScript, and vendored copies are not the project', async () => {
  assert.deepEqual(await phantoms({
    'package.json': '{"name":"web","dependencies":{}}',
    'requirements.txt': 'requests==2.32.3\n',
    // built from pieces so this TypeScript file does not itself read as importing them
    'app.py': ['# extract the name from ', '"db/table"\n', 'sql = \'select * from ', '"t01"\'\n', 'import requests\n'].join(''),
    'src/pkg/_vendor/urllib3/http2.py': 'import h2\n',
  }), []);
});

test('test and environment tooling declares names: tox, conda, PDM, Hatch and uv development groups', async () => {
  const tests = 'import pytest_asyncio\nimport hypothesis\nimport scipy\nimport freezegun\nimport respx\nimport zzq_undeclared\n';
  assert.deepEqual(await phantoms({
    'pyproject.toml': '[project]\nname = "x"\ndependencies = []\n[tool.pdm.dev-dependencies]\ntest = ["pytest-asyncio"]\n[tool.hatch.envs.test]\ndependencies = ["hypothesis"]\n[tool.uv]\ndev-dependencies = ["respx"]\n',
    'tox.ini': '[tox]\nenvlist = py311\n[testenv]\ndeps =\n    -r requirements-test.txt\n    py311: freezegun>=1\n    {[base]deps}\n',
    'environment.yml': 'name: x\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - scipy=1.13\n  - pip:\n    - rich\n',
    'tests/test_x.py': tests,
  }), ['tests/test_x.py:6 zzq-undeclared medium']);
  assert.deepEqual(toxDeps('[testenv]\ndeps = pytest\n    coverage[toml]\ncommands = pytest\n'), ['pytest', 'coverage']);
  assert.deepEqual(condaEnvironmentNames('dependencies:\n  - numpy>=1.26\n  - pip:\n    - requests==2\nvariables:\n  - nope\n'), ['numpy', 'requests']);
});

test('setup.cfg and setup.py readers', () => {
  assert.deepEqual(setupCfgRequirements('[metadata]\nname = x\n[options]\ninstall_requires = a>=1, b\n    c[extra]==2\npython_requires = >=3.8\n[options.extras_require]\ntest =\n    pytest\n'), { names: ['a', 'b', 'c', 'pytest'], declares: true });
  assert.deepEqual(setupCfgRequirements('[options]\nzip_safe = False\n'), { names: [], declares: false });
  assert.deepEqual(stringLiterals('x = ["a", \'b\'] # "c"\ny = """d\ne"""\nz = r"f\\"g"\n'), ['a', 'b', 'd\ne', 'f\\"g']);
});
