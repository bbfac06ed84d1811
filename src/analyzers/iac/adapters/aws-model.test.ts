import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Target } from '../../../core/target.js';
import { assertNearLinear } from '../../../testing/complexity.js';
import { parseInputs, runRules } from '../analyzer.js';
import { iacRules } from '../rules/index.js';

const S3_RULES = ['iac/aws/s3-block-public-access', 'iac/aws/s3-encryption', 'iac/aws/s3-versioning'];

function scan(targets: Target[]) {
  const rules = iacRules.filter((r) => S3_RULES.includes(r.meta.id));
  return runRules(parseInputs(targets), rules, () => true).findings.map((f) => `${f.ruleId.slice(8)} ${f.resource}`).sort();
}
const plan = (value: unknown): Target => {
  const text = JSON.stringify(value, null, 2);
  return { path: 'plan.json', text, type: { kind: 'text' }, sizeBytes: text.length };
};
const tf = (text: string): Target => ({ path: 'main.tf', text, type: { kind: 'iac', format: 'terraform' }, sizeBytes: text.length });

const v4 = (address: string, type: string, values: Record<string, unknown>) => ({ address, mode: 'managed', type, name: address.replace(/\[.*$/, '').split('.').pop(), values });
const hardened = (prefix: string, bucket?: string) => {
  const b = bucket === undefined ? {} : { bucket };
  return [
    v4(`${prefix}aws_s3_bucket_public_access_block.data`, 'aws_s3_bucket_public_access_block', { ...b, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true }),
    v4(`${prefix}aws_s3_bucket_server_side_encryption_configuration.data`, 'aws_s3_bucket_server_side_encryption_configuration', { ...b, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }] }] }),
    v4(`${prefix}aws_s3_bucket_versioning.data`, 'aws_s3_bucket_versioning', { ...b, versioning_configuration: [{ status: 'Enabled' }] }),
  ];
};

test('plan JSON: the separate S3 resources attach to their bucket by its planned name', () => {
  const resources = [v4('aws_s3_bucket.data', 'aws_s3_bucket', { bucket: 'acme-data' }), ...hardened('', 'acme-data'), v4('aws_s3_bucket.bare', 'aws_s3_bucket', { bucket: 'acme-bare' })];
  assert.deepEqual(scan([plan({ format_version: '1.2', planned_values: { root_module: { resources } } })]), [
    's3-block-public-access aws_s3_bucket.bare',
    's3-encryption aws_s3_bucket.bare',
    's3-versioning aws_s3_bucket.bare',
  ]);
});

test('plan JSON: a bucket name known only after apply is linked through the configuration references, in modules too', () => {
  const refs = (type: string, target: string) => ({ address: `${type}.data`, mode: 'managed', type, name: 'data', expressions: { bucket: { references: [`${target}.id`, target] } } });
  const configured = (target: string) => ['aws_s3_bucket_public_access_block', 'aws_s3_bucket_server_side_encryption_configuration', 'aws_s3_bucket_versioning'].map((t) => refs(t, target));
  const value = {
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [v4('aws_s3_bucket.data', 'aws_s3_bucket', { bucket_prefix: 'acme-' }), ...hardened('')],
        child_modules: [{ address: 'module.logs["a"]', resources: [v4('module.logs["a"].aws_s3_bucket.this[0]', 'aws_s3_bucket', { bucket_prefix: 'logs-' }), ...hardened('module.logs["a"].').map((r) => ({ ...r, address: `${r.address}[0]` }))] }],
      },
    },
    configuration: {
      root_module: {
        resources: configured('aws_s3_bucket.data'),
        module_calls: { logs: { module: { resources: configured('aws_s3_bucket.this[0]') } } },
      },
    },
  };
  assert.deepEqual(scan([plan(value)]), []);
  // Without the configuration nothing says which bucket they configure: the bucket is reported.
  assert.equal(scan([plan({ ...value, configuration: undefined })]).length, 6);
});

test('HCL: a literal bucket name links like a reference, unless two buckets share it', () => {
  const hcl = (names: string[]) =>
    tf(
      [
        ...names.map((n, i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "${n}"\n}`),
        'resource "aws_s3_bucket_public_access_block" "p" {\n  bucket = "acme-data"\n  block_public_acls = true\n  block_public_policy = true\n  ignore_public_acls = true\n  restrict_public_buckets = true\n}',
      ].join('\n'),
    );
  assert.deepEqual(scan([hcl(['acme-data'])]).filter((f) => f.includes('block-public-access')), []);
  assert.deepEqual(scan([hcl(['acme-data', 'acme-data'])]).filter((f) => f.includes('block-public-access')), ['s3-block-public-access aws_s3_bucket.b0', 's3-block-public-access aws_s3_bucket.b1']);
});

test('IAM action patterns match as AWS globs, case-insensitively, in linear time', async () => {
  const { actionMatches } = await import('./aws-model.js');
  for (const [p, ok] of [['iam:PassRole', true], ['IAM:passrole', true], ['iam:*', true], ['iam:Pass*', true], ['iam:?assRole', true], ['*', true], ['iam:*Role', true], ['iam:Pass', false], ['iam:PassRoles', false], ['s3:*', false], ['iam:*User', false]] as const) {
    assert.equal(actionMatches(p, 'iam:PassRole'), ok, p);
  }
  // Both sides from the scanned file (an ECR registry filter against a repository name): the
  // two-pointer match is length × length at worst, which took seconds at these sizes before the
  // cap on operand length; capped, the growth is flat.
  assert.equal(await assertNearLinear('many stars', 5000, (n) => actionMatches(`${'*a'.repeat(Math.floor(n / 2.5))}b`, 'a'.repeat(n))), false);
  assert.equal(await assertNearLinear('one star', 100_000, (n) => actionMatches(`*${'a'.repeat(n / 2)}b`, 'a'.repeat(n))), false);
  assert.equal(actionMatches('prod-*', `prod-${'x'.repeat(250)}`), true);
});

test('bucket policies written as a policy document data source or inline on a v3 aws_s3_bucket are read as bucket policies', () => {
  const rules = iacRules.filter((r) => r.meta.id === 'iac/aws/s3-public-policy');
  const found = (targets: Target[]) => runRules(parseInputs(targets), rules, () => true).findings.map((f) => `${f.resource}:${f.location.startLine}`);
  const doc = (name: string) => `data "aws_iam_policy_document" "${name}" {\n  statement {\n    actions   = ["s3:GetObject"]\n    resources = ["*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n  }\n}\n`;
  assert.deepEqual(found([tf(`${doc('site')}resource "aws_s3_bucket_policy" "site" {\n  bucket = "b"\n  policy = data.aws_iam_policy_document.site.json\n}\n`)]), ['aws_s3_bucket_policy.site:7']);
  // The same document attached to no bucket is an identity policy document, which names no principal that matters.
  assert.deepEqual(found([tf(doc('unused'))]), []);
  // In a local module, the reference resolves inside that module.
  assert.deepEqual(
    found([
      tf(`module "site" {\n  source = "./modules/site"\n}\n`),
      { path: 'modules/site/main.tf', text: `${doc('site')}resource "aws_s3_bucket_policy" "site" {\n  bucket = "b"\n  policy = data.aws_iam_policy_document.site.json\n}\n`, type: { kind: 'iac', format: 'terraform' }, sizeBytes: 1 },
    ]),
    ['module.site.aws_s3_bucket_policy.site:7'],
  );
  const inline = 'resource "aws_s3_bucket" "legacy" {\n  bucket = "b"\n  policy = <<POLICY\n{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}\nPOLICY\n}\n';
  assert.deepEqual(found([tf(inline)]), ['aws_s3_bucket.legacy:4']);
});

test('a policy document used as a bucket policy is read as that policy only, not also as an identity policy', () => {
  const rules = iacRules.filter((r) => r.meta.id === 'iac/aws/iam-wildcard-action');
  const found = (targets: Target[]) => runRules(parseInputs(targets), rules, () => true).findings.map((f) => `${f.resource}:${f.location.startLine}`);
  const doc = 'data "aws_iam_policy_document" "site" {\n  statement {\n    actions   = ["s3:*"]\n    resources = ["arn:aws:s3:::b/*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::123456789012:root"]\n    }\n  }\n}\n';
  assert.deepEqual(found([tf(`${doc}resource "aws_s3_bucket_policy" "site" {\n  bucket = "b"\n  policy = data.aws_iam_policy_document.site.json\n}\n`)]), ['aws_s3_bucket_policy.site:3']);
  assert.deepEqual(found([tf(`${doc}resource "aws_iam_policy" "p" {\n  policy = data.aws_iam_policy_document.site.json\n}\n`)]), ['data.aws_iam_policy_document.site:3']);
});
