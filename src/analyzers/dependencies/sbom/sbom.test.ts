import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { extract } from '../lockfiles/index.js';
import { cycloneDx, spdx } from './sbom.js';

const integrity = 'sha512-' + Buffer.alloc(64, 7).toString('base64');
const lock = JSON.stringify({ name: 'app', lockfileVersion: 3, packages: {
  '': { name: 'app', dependencies: { '@scope/a': '^1.0.0' }, devDependencies: { b: '^2.0.0' } },
  'node_modules/@scope/a': { version: '1.0.0', resolved: 'https://registry.npmjs.org/@scope/a/-/a-1.0.0.tgz', integrity, license: 'MIT', dependencies: { c: '^3.0.0' } },
  'node_modules/b': { version: '2.0.0', dev: true, integrity },
  'node_modules/c': { version: '3.0.0', license: 'Apache-2.0' },
} }, null, 2);
const input = {
  name: 'app',
  timestamp: new Date('2026-11-21T00:00:00Z'),
  extractions: [
    { path: 'package-lock.json', extraction: extract('package-lock', lock, 'package-lock.json') },
    { path: 'requirements.txt', extraction: extract('requirements-txt', 'requests==2.31.0\n', 'requirements.txt') },
  ],
};

test('CycloneDX 1.6 output validates against the official schema and carries purls, hashes, licences and the graph', () => {
  const text = cycloneDx(input);
  // The official schemas ship inside @cyclonedx/cyclonedx-library (res/schema).
  const schemaDir = join(dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');
  const load = (f: string) => JSON.parse(readFileSync(join(schemaDir, f), 'utf8'));
  const ajv = new (Ajv as unknown as typeof Ajv.default)({ strict: false, allErrors: true, validateFormats: true });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  ajv.addSchema({ ...load('spdx.SNAPSHOT.schema.json'), $id: 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json' });
  ajv.addSchema({ ...load('jsf-0.82.SNAPSHOT.schema.json'), $id: 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json' });
  ajv.addSchema({ ...load('cryptography-defs.SNAPSHOT.schema.json'), $id: 'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json' });
  const validate = ajv.compile(load('bom-1.6.SNAPSHOT.schema.json'));
  const ok = validate(JSON.parse(text));
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5)));
  assert.equal(validate({ ...JSON.parse(text), components: [{ type: 'library' }] }), false, 'the schema check can fail');
  const bom = JSON.parse(text);
  const purls = bom.components.map((c: { purl: string }) => c.purl).sort();
  assert.deepEqual(purls, ['pkg:npm/%40scope/a@1.0.0', 'pkg:npm/b@2.0.0', 'pkg:npm/c@3.0.0', 'pkg:pypi/requests@2.31.0']);
  const a = bom.components.find((c: { name: string }) => c.name === '@scope/a');
  assert.equal(a.hashes[0].alg, 'SHA-512');
  assert.equal(a.hashes[0].content, '07'.repeat(64));
  assert.equal(a.licenses[0].expression, 'MIT');
  const root = bom.dependencies.find((d: { ref: string }) => d.ref === 'root');
  assert.deepEqual(root.dependsOn.sort(), ['pkg:npm/%40scope/a@1.0.0', 'pkg:npm/b@2.0.0', 'pkg:pypi/requests@2.31.0']);
  const aDeps = bom.dependencies.find((d: { ref: string }) => d.ref === 'pkg:npm/%40scope/a@1.0.0');
  assert.deepEqual(aDeps.dependsOn, ['pkg:npm/c@3.0.0']);
});

test('SPDX 2.3 JSON has the required document fields and consistent relationships', () => {
  const doc = JSON.parse(spdx(input));
  assert.equal(doc.spdxVersion, 'SPDX-2.3');
  assert.equal(doc.dataLicense, 'CC0-1.0');
  assert.equal(doc.SPDXID, 'SPDXRef-DOCUMENT');
  assert.match(doc.documentNamespace, /^https:\/\//);
  assert.match(doc.creationInfo.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const ids = new Set(doc.packages.map((p: { SPDXID: string }) => p.SPDXID));
  assert.equal(ids.size, doc.packages.length);
  for (const p of doc.packages) {
    assert.match(p.SPDXID, /^SPDXRef-[A-Za-z0-9.-]+$/);
    assert.ok(p.name && p.downloadLocation);
  }
  for (const r of doc.relationships) {
    assert.ok(r.spdxElementId === 'SPDXRef-DOCUMENT' || ids.has(r.spdxElementId), r.spdxElementId);
    assert.ok(ids.has(r.relatedSpdxElement), r.relatedSpdxElement);
  }
  const a = doc.packages.find((p: { name: string }) => p.name === '@scope/a');
  assert.deepEqual(a.checksums, [{ algorithm: 'SHA512', checksumValue: '07'.repeat(64) }]);
  assert.equal(a.externalRefs[0].referenceLocator, 'pkg:npm/%40scope/a@1.0.0');
  assert.ok(doc.relationships.some((r: { relationshipType: string; spdxElementId: string }) => r.relationshipType === 'DEV_DEPENDENCY_OF'));
});
