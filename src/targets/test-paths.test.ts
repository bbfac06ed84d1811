import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTestCode } from './test-paths.js';

test('test code by each ecosystem convention, and ordinary code that only looks close', () => {
  for (const path of ['tests/test_app.py', 'pkg/__tests__/a.js', 'src/a.test.ts', 'src/a.spec.mjs', 'cmd/x_test.go', 'app/models_test.py', 'e2e/login.ts', 'conftest.py', 'sympy/testing/runtests.py']) {
    assert.equal(isTestCode(path), true, path);
  }
  for (const path of ['src/contest.py', 'src/latest.ts', 'src/testimonials/page.tsx', 'attestation.go', 'src/specification.js']) {
    assert.equal(isTestCode(path), false, path);
  }
});
