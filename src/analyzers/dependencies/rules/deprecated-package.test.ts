import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDependencies } from '../analyze.js';
import { RegistryClient } from '../registry/online.js';
import { context, manifest, registryServer } from './new-package.test.js';

test('a deprecated version is reported with its message; the maintained version is not', async () => {
  const { server, url } = await registryServer({
    '/request': { name: 'request', 'dist-tags': { latest: '2.88.2' }, time: { created: '2011-01-01T00:00:00Z' }, versions: { '2.88.2': { deprecated: 'request has been deprecated, see https://github.com/request/request/issues/3142' } } },
    '/undici': { name: 'undici', 'dist-tags': { latest: '6.0.0' }, time: { created: '2016-01-01T00:00:00Z' }, versions: { '6.0.0': {} } },
  });
  try {
    const registry = new RegistryClient({ npmUrl: url });
    const result = await analyzeDependencies([manifest({ request: '2.88.2', undici: '6.0.0' })], context(), { database: null, names: null, registry, osvApiUrl: `${url}/osv` });
    const dep = result.findings.filter((f) => f.ruleId === 'dependencies/deprecated-package');
    assert.deepEqual(dep.map((f) => f.package?.name), ['request']);
    assert.match(dep[0]!.message, /request has been deprecated/);
  } finally {
    server.close();
  }
});
