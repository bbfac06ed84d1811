import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NameIndex } from './names.js';
import { findTyposquat } from './typosquat.js';

const index = NameIndex.open();

// The index ships in data/registry: a missing one is a packaging bug, so this fails rather than skips.
test('each technique against the bundled popular names; popular names and @types are never squats', () => {
  assert.ok(index, 'the bundled registry name index is missing');
  const ix = index;
  assert.deepEqual(findTyposquat('npm', 'lodahs', ix), { target: 'lodash', how: 'edit' });
  assert.deepEqual(findTyposquat('npm', 'crossenv', ix), { target: 'cross-env', how: 'separator' });
  assert.deepEqual(findTyposquat('PyPI', 'python-requests', ix)?.target, 'requests');
  assert.deepEqual(findTyposquat('PyPI', 'reqeusts', ix), { target: 'requests', how: 'edit' });
  assert.equal(findTyposquat('npm', 'expresz', ix)?.target, 'express');
  assert.equal(findTyposquat('npm', 'preact', ix), undefined);
  assert.equal(findTyposquat('npm', '@types/lodash', ix), undefined);
  for (const n of ix.npmTopNames(300)) assert.equal(findTyposquat('npm', n, ix), undefined, n);
  for (const n of ix.pypiTopNames(300)) assert.equal(findTyposquat('PyPI', n, ix), undefined, n);
});
