import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { extract } from '../lockfiles/index.js';
import { cycloneDx, isSpdxExpression, spdx, spdxDownloadLocation } from './sbom.js';

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

/** The official CycloneDX 1.6 schema, which ships inside @cyclonedx/cyclonedx-library (res/schema). */
function cycloneDxValidator() {
  const schemaDir = join(dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');
  const load = (f: string) => JSON.parse(readFileSync(join(schemaDir, f), 'utf8'));
  const ajv = new (Ajv as unknown as typeof Ajv.default)({ strict: false, allErrors: true, validateFormats: true });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  ajv.addSchema({ ...load('spdx.SNAPSHOT.schema.json'), $id: 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json' });
  ajv.addSchema({ ...load('jsf-0.82.SNAPSHOT.schema.json'), $id: 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json' });
  ajv.addSchema({ ...load('cryptography-defs.SNAPSHOT.schema.json'), $id: 'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json' });
  return ajv.compile(load('bom-1.6.SNAPSHOT.schema.json'));
}

test('CycloneDX 1.6 output validates against the official schema and carries purls, hashes, licences and the graph', () => {
  const text = cycloneDx(input);
  const validate = cycloneDxValidator();
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

/*
 * The official SPDX 2.3 JSON schema (spdx/spdx-spec, schemas/spdx-schema.json at v2.3) ships in
 * no npm package we could find (checked: @cyclonedx/cyclonedx-library, which carries only the
 * licence-id list; @cyclonedx/cdxgen, which carries the SPDX 3.0.1 schema; @datadog/datadog-ci-plugin-sbom
 * and @mongodb-js/sbom-tools, which carry none), so it is not vendored. Instead this schema states
 * what the SPDX 2.3 specification itself requires of what we emit, clause by clause, and the
 * checks below it cover what a JSON schema cannot (references, uniqueness, digest lengths).
 */
const SPDX_ID = '^SPDXRef-[A-Za-z0-9.-]+$'; // §3.2, §7.2: "SPDXRef-" followed by letters, numbers, "." or "-"
const SPDX_2_3_REQUIRED = {
  type: 'object',
  // §6: document creation information
  required: ['spdxVersion', 'dataLicense', 'SPDXID', 'name', 'documentNamespace', 'creationInfo'],
  properties: {
    spdxVersion: { const: 'SPDX-2.3' }, // §6.1
    dataLicense: { const: 'CC0-1.0' }, // §6.2
    SPDXID: { const: 'SPDXRef-DOCUMENT' }, // §6.3
    name: { type: 'string', minLength: 1 }, // §6.4
    documentNamespace: { type: 'string', format: 'uri', pattern: '^[a-z][a-z0-9+.-]*://[^#]+$' }, // §6.5: absolute URI, no "#"
    creationInfo: { // §6.7, §6.9
      type: 'object',
      required: ['creators', 'created'],
      properties: {
        creators: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^(Person|Organization|Tool): \\S' } },
        created: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$' },
      },
    },
    packages: {
      type: 'array',
      items: {
        type: 'object',
        required: ['SPDXID', 'name', 'downloadLocation'], // §7.1, §7.2, §7.7 (licences and copyright are optional since 2.3)
        properties: {
          SPDXID: { type: 'string', pattern: SPDX_ID },
          name: { type: 'string', minLength: 1 },
          versionInfo: { type: 'string', minLength: 1 },
          // §7.7: NONE, NOASSERTION or a URI (VCS as <tool>+<transport>://…)
          downloadLocation: { anyOf: [{ enum: ['NONE', 'NOASSERTION'] }, { type: 'string', format: 'uri', pattern: '^[a-z][a-z0-9+.-]*://' }] },
          filesAnalyzed: { type: 'boolean' },
          // §7.10: algorithms of the specification; lower-case hex values
          checksums: { type: 'array', items: { type: 'object', required: ['algorithm', 'checksumValue'], properties: {
            algorithm: { enum: ['SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512', 'MD2', 'MD4', 'MD5', 'MD6', 'SHA3-256', 'SHA3-384', 'SHA3-512', 'BLAKE2b-256', 'BLAKE2b-384', 'BLAKE2b-512', 'BLAKE3', 'ADLER32'] },
            checksumValue: { type: 'string', pattern: '^[0-9a-f]+$' },
          } } },
          licenseDeclared: { type: 'string', minLength: 1 }, // §7.15, checked as an expression below
          // §7.21: category and, for PACKAGE-MANAGER, one of the listed types
          externalRefs: { type: 'array', items: { type: 'object', required: ['referenceCategory', 'referenceType', 'referenceLocator'], properties: {
            referenceCategory: { enum: ['SECURITY', 'PACKAGE-MANAGER', 'PERSISTENT-ID', 'OTHER'] },
            referenceType: { type: 'string', minLength: 1 },
            referenceLocator: { type: 'string', pattern: '^\\S+$' },
          } } },
          // §7.24
          primaryPackagePurpose: { enum: ['APPLICATION', 'FRAMEWORK', 'LIBRARY', 'CONTAINER', 'OPERATING-SYSTEM', 'DEVICE', 'FIRMWARE', 'SOURCE', 'ARCHIVE', 'FILE', 'INSTALL', 'OTHER'] },
        },
        // §7.8/§7.9: with filesAnalyzed false there is no verification code
        if: { properties: { filesAnalyzed: { const: false } }, required: ['filesAnalyzed'] },
        then: { not: { required: ['packageVerificationCode'] } },
      },
    },
    relationships: { // §11.1
      type: 'array',
      items: { type: 'object', required: ['spdxElementId', 'relationshipType', 'relatedSpdxElement'], properties: {
        spdxElementId: { type: 'string', pattern: SPDX_ID.replace('SPDXRef-', 'SPDXRef-') },
        relatedSpdxElement: { anyOf: [{ type: 'string', pattern: SPDX_ID }, { enum: ['NONE', 'NOASSERTION'] }] },
        relationshipType: { enum: ['DESCRIBES', 'DESCRIBED_BY', 'CONTAINS', 'CONTAINED_BY', 'DEPENDS_ON', 'DEPENDENCY_OF', 'DEPENDENCY_MANIFEST_OF', 'BUILD_DEPENDENCY_OF', 'DEV_DEPENDENCY_OF', 'OPTIONAL_DEPENDENCY_OF', 'PROVIDED_DEPENDENCY_OF', 'TEST_DEPENDENCY_OF', 'RUNTIME_DEPENDENCY_OF', 'EXAMPLE_OF', 'GENERATES', 'GENERATED_FROM', 'ANCESTOR_OF', 'DESCENDANT_OF', 'VARIANT_OF', 'DISTRIBUTION_ARTIFACT', 'PATCH_FOR', 'PATCH_APPLIED', 'COPY_OF', 'FILE_ADDED', 'FILE_DELETED', 'FILE_MODIFIED', 'EXPANDED_FROM_ARCHIVE', 'DYNAMIC_LINK', 'STATIC_LINK', 'DATA_FILE_OF', 'TEST_CASE_OF', 'BUILD_TOOL_OF', 'DEV_TOOL_OF', 'TEST_OF', 'TEST_TOOL_OF', 'DOCUMENTATION_OF', 'OPTIONAL_COMPONENT_OF', 'METAFILE_OF', 'PACKAGE_OF', 'AMENDS', 'PREREQUISITE_FOR', 'HAS_PREREQUISITE', 'REQUIREMENT_DESCRIPTION_FOR', 'SPECIFICATION_FOR', 'OTHER'] },
      } },
    },
  },
};

/** What SPDX 2.3 requires beyond the shape: every reference resolves, ids are unique, digests have their algorithm's length. */
function spdxProblems(doc: Record<string, any>): string[] {
  const ajv = new (Ajv as unknown as typeof Ajv.default)({ strict: false, allErrors: true });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  const validate = ajv.compile(SPDX_2_3_REQUIRED);
  const problems = validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  const ids = new Set<string>(['SPDXRef-DOCUMENT']);
  for (const p of doc['packages'] ?? []) {
    if (ids.has(p.SPDXID)) problems.push(`duplicate ${p.SPDXID}`);
    ids.add(p.SPDXID);
    const lengths: Record<string, number> = { SHA1: 40, SHA224: 56, SHA256: 64, SHA384: 96, SHA512: 128, MD5: 32 };
    for (const c of p.checksums ?? []) if (lengths[c.algorithm] && c.checksumValue.length !== lengths[c.algorithm]) problems.push(`${p.name}: ${c.algorithm} of ${c.checksumValue.length} hex digits`);
    if (p.licenseDeclared && p.licenseDeclared !== 'NOASSERTION' && p.licenseDeclared !== 'NONE' && !isSpdxExpression(p.licenseDeclared)) problems.push(`${p.name}: licence ${p.licenseDeclared}`);
    for (const r of p.externalRefs ?? []) {
      if (r.referenceCategory === 'PACKAGE-MANAGER' && !['maven-central', 'npm', 'nuget', 'bower', 'purl'].includes(r.referenceType)) problems.push(`${p.name}: reference type ${r.referenceType}`);
      if (r.referenceType === 'purl' && !/^pkg:[a-z][a-z0-9.+-]*\/\S+$/.test(r.referenceLocator)) problems.push(`${p.name}: purl ${r.referenceLocator}`);
    }
  }
  for (const r of doc['relationships'] ?? []) {
    for (const end of [r.spdxElementId, r.relatedSpdxElement]) if (!ids.has(end) && end !== 'NONE' && end !== 'NOASSERTION') problems.push(`relationship to unknown ${end}`);
  }
  // §6 / §11: a document describes at least one element
  if (!(doc['relationships'] ?? []).some((r: { spdxElementId: string; relationshipType: string }) => r.spdxElementId === 'SPDXRef-DOCUMENT' && r.relationshipType === 'DESCRIBES') && !doc['documentDescribes']?.length) problems.push('describes nothing');
  return problems;
}

// Inputs that tempt a writer into invalid SPDX: npm shorthands, local paths, free-text licences, short digests.
const awkward = JSON.stringify({ name: 'app', lockfileVersion: 3, packages: {
  '': { name: 'app', dependencies: { gh: 'github:u/r', loc: 'file:../loc', tar: 'https://example.com/t-1.0.0.tgz', dual: '1.0.0', odd: '1.0.0' } },
  'node_modules/gh': { version: '1.0.0', resolved: 'git+ssh://git@github.com/u/r.git#0123456789abcdef0123456789abcdef01234567' },
  'node_modules/loc': { version: '1.0.0', resolved: 'file:../loc' },
  'node_modules/tar': { version: '1.0.0', resolved: 'https://example.com/t-1.0.0.tgz', integrity: 'sha512-AAAA' },
  'node_modules/dual': { version: '1.0.0', resolved: 'https://registry.npmjs.org/dual/-/dual-1.0.0.tgz', integrity, license: '(MIT OR Apache-2.0)' },
  'node_modules/odd': { version: '1.0.0', resolved: 'https://registry.npmjs.org/odd/-/odd-1.0.0.tgz', license: 'SEE LICENSE IN LICENSE.md' },
} }, null, 2);
const awkwardInput = {
  name: '',
  timestamp: new Date('2026-11-21T00:00:00Z'),
  extractions: [
    ...input.extractions,
    { path: 'sub/package-lock.json', extraction: extract('package-lock', awkward, 'sub/package-lock.json') },
    { path: 'requirements-git.txt', extraction: extract('requirements-txt', '-e git+https://github.com/u/editable.git#egg=editable\nmypkg @ https://example.com/mypkg-1.0.tar.gz\n', 'requirements-git.txt') },
    { path: 'go.mod', extraction: extract('go-mod', 'module example.com/m\n\ngo 1.22\n\nrequire golang.org/x/text v0.14.0\n', 'go.mod') },
  ],
};

test('SPDX 2.3 output meets what the specification requires, also for awkward inputs', () => {
  assert.deepEqual(spdxProblems(JSON.parse(spdx(input))), []);
  const doc = JSON.parse(spdx(awkwardInput));
  assert.deepEqual(spdxProblems(doc), []);
  const byName = (n: string) => doc.packages.find((p: { name: string }) => p.name === n);
  assert.equal(byName('gh').downloadLocation, 'git+ssh://git@github.com/u/r.git#0123456789abcdef0123456789abcdef01234567');
  assert.equal(byName('tar').checksums, undefined, 'a digest of the wrong length is dropped');
  assert.equal(byName('dual').licenseDeclared, '(MIT OR Apache-2.0)');
  assert.equal(byName('odd').licenseDeclared, 'NOASSERTION');
  assert.equal(byName('mypkg').downloadLocation, 'https://example.com/mypkg-1.0.tar.gz');
  assert.equal(doc.name, 'unnamed');
  assert.equal(byName('loc'), undefined, 'local paths are not packages of the bill');
  // the checker itself fails on what the specification forbids
  const broken = JSON.parse(spdx(input));
  broken.packages[1].downloadLocation = 'github:u/r';
  broken.packages[1].checksums = [{ algorithm: 'SHA512', checksumValue: 'abc' }];
  broken.packages[1].licenseDeclared = 'MIT OR';
  broken.relationships.push({ spdxElementId: 'SPDXRef-Root', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-Nowhere' });
  broken.documentNamespace = 'https://x.invalid/doc#1';
  delete broken.creationInfo.creators;
  const found = spdxProblems(broken).join('\n');
  for (const want of [/documentNamespace/, /required property 'creators'/, /downloadLocation must match a schema in anyOf/, /SHA512 of 3 hex digits/, /licence MIT OR/, /unknown SPDXRef-Nowhere/]) assert.match(found, want);
});

test('CycloneDX stays schema-valid for the same awkward inputs', () => {
  const validate = cycloneDxValidator();
  const bom = JSON.parse(cycloneDx({ ...awkwardInput, name: "app" })) as { components: { name: string; licenses: unknown }[] };
  assert.ok(validate(bom), JSON.stringify(validate.errors?.slice(0, 5)));
  const odd = bom.components.find((c) => c.name === 'odd')!;
  assert.deepEqual(odd.licenses, [{ license: { name: 'SEE LICENSE IN LICENSE.md' } }]);
});

test('licence expressions and download locations follow SPDX 2.3', () => {
  for (const ok of ['MIT', '(MIT OR Apache-2.0)', 'GPL-2.0+ WITH Classpath-exception-2.0', 'LicenseRef-x AND (BSD-3-Clause OR MIT)', 'NOASSERTION']) assert.ok(isSpdxExpression(ok), ok);
  for (const bad of ['', 'MIT OR', '(MIT', 'MIT)', 'SEE LICENSE IN x', 'MIT AND AND BSD', 'NONE OR MIT', '(' .repeat(300)]) assert.equal(isSpdxExpression(bad), false, bad);
  assert.equal(spdxDownloadLocation('git+https://github.com/u/r.git@v1'), 'git+https://github.com/u/r.git@v1');
  assert.equal(spdxDownloadLocation('github:u/r'), 'NOASSERTION');
  assert.equal(spdxDownloadLocation('git@github.com:u/r.git'), 'NOASSERTION');
  assert.equal(spdxDownloadLocation('../local'), 'NOASSERTION');
  assert.equal(spdxDownloadLocation(undefined), 'NOASSERTION');
});
