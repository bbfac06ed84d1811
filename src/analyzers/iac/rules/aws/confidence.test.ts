import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Target, TargetType } from '../../../../core/target.js';
import { parseInputs, runRules } from '../../analyzer.js';
import { iacRules } from '../index.js';

// Fixtures check where findings land, not their confidence: the weaker variants some AWS
// rules report below the rule's own confidence are pinned here.

function t(path: string, text: string, type: TargetType): Target {
  return { path, text, type, sizeBytes: text.length };
}
const tf = (text: string) => t('main.tf', text, { kind: 'iac', format: 'terraform' });
const cfn = (text: string) => t('template.yaml', text, { kind: 'iac', format: 'yaml' });

function run(target: Target, ruleId: string) {
  const rules = iacRules.filter((r) => r.meta.id === ruleId);
  assert.equal(rules.length, 1);
  return runRules(parseInputs([target]), rules, () => true).findings.map((f) => ({ line: f.location.startLine, confidence: f.confidence ?? rules[0]!.meta.confidence, message: f.message }));
}

test('redshift-public: an explicit true is high confidence, an unset setting medium, false and unresolved silent', () => {
  const f = run(
    tf(
      [
        'resource "aws_redshift_cluster" "open" {',
        '  publicly_accessible = true',
        '}',
        'resource "aws_redshift_cluster" "unset" {',
        '  node_type = "ra3.xlplus"',
        '}',
        'resource "aws_redshift_cluster" "closed" {',
        '  publicly_accessible = false',
        '}',
        'resource "aws_redshift_cluster" "unresolved" {',
        '  publicly_accessible = var.public',
        '}',
      ].join('\n'),
    ),
    'iac/aws/redshift-public',
  );
  assert.deepEqual(f.map((x) => [x.line, x.confidence]), [[2, 'high'], [4, 'medium']]);
  assert.match(f[1]!.message, /provider v4/);
  const c = run(cfn('Resources:\n  Dw:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      NodeType: ra3.xlplus\n'), 'iac/aws/redshift-public');
  assert.deepEqual(c.map((x) => [x.line, x.confidence]), [[4, 'medium']]);
  assert.match(c[0]!.message, /PubliclyAccessible/);
});

test('s3-public-acl: a public ACL that the bucket public access block ignores is low confidence; one it only refuses to set again stays high', () => {
  const bucket = (name: string, acl: string, block: string) =>
    [`resource "aws_s3_bucket" "${name}" {`, `  bucket = "${name}"`, `  acl    = "${acl}"`, '}', `resource "aws_s3_bucket_public_access_block" "${name}" {`, `  bucket = aws_s3_bucket.${name}.id`, block, '}'].join('\n');
  const f = run(
    tf(
      [
        bucket('ignored', 'public-read', '  ignore_public_acls = true'),
        bucket('refused', 'public-read', '  block_public_acls = true'),
        bucket('exposed', 'public-read-write', '  block_public_policy = true\n  ignore_public_acls = false'),
        bucket('unresolved', 'authenticated-read', '  ignore_public_acls = var.ignore'),
      ].join('\n'),
    ),
    'iac/aws/s3-public-acl',
  );
  assert.deepEqual(
    f.map((x) => x.confidence),
    ['low', 'high', 'high', 'high'],
  );
  assert.match(f[2]!.message, /upload, overwrite and delete/);
  assert.match(f[3]!.message, /any AWS account/);
});

test('s3-public-acl: a public aws_s3_bucket_acl for a bucket outside the scanned files is medium confidence', () => {
  const f = run(tf('resource "aws_s3_bucket_acl" "a" {\n  bucket = var.bucket_id\n  acl    = "public-read-write"\n}\n'), 'iac/aws/s3-public-acl');
  assert.deepEqual(f.map((x) => [x.line, x.confidence]), [[3, 'medium']]);
  assert.match(f[0]!.message, /var\.bucket_id/);
});

test('sqs-unencrypted: SSE-SQS turned off is high confidence; a queue that sets nothing relies on the 2022 default and is low', () => {
  const f = run(tf('resource "aws_sqs_queue" "off" {\n  sqs_managed_sse_enabled = false\n}\nresource "aws_sqs_queue" "unset" {\n  name = "u"\n}\nresource "aws_sqs_queue" "kms" {\n  kms_master_key_id = "alias/aws/sqs"\n}\n'), 'iac/aws/sqs-unencrypted');
  assert.deepEqual(f.map((x) => [x.line, x.confidence]), [[2, 'high'], [4, 'low']]);
  assert.match(f[1]!.message, /October 2022/);
});

test('ebs-unencrypted: with EBS encryption by default in the configuration, unset is silent and an explicit false is low', () => {
  const volumes = 'resource "aws_ebs_volume" "unset" {\n  size = 1\n}\nresource "aws_ebs_volume" "off" {\n  encrypted = false\n}\n';
  assert.deepEqual(run(tf(volumes), 'iac/aws/ebs-unencrypted').map((x) => [x.line, x.confidence]), [[1, 'high'], [5, 'high']]);
  const f = run(tf(`resource "aws_ebs_encryption_by_default" "on" {}\n${volumes}`), 'iac/aws/ebs-unencrypted');
  assert.deepEqual(f.map((x) => [x.line, x.confidence]), [[6, 'low']]);
  const disabled = run(tf(`resource "aws_ebs_encryption_by_default" "on" {\n  enabled = false\n}\n${volumes}`), 'iac/aws/ebs-unencrypted');
  assert.equal(disabled.length, 2);
});

test('s3-block-public-access: a missing block is medium confidence (S3 blocks new buckets since 2023), a setting turned off stays high', () => {
  const f = run(tf('resource "aws_s3_bucket" "bare" {\n  bucket = "a"\n}\nresource "aws_s3_bucket" "half" {\n  bucket = "b"\n}\nresource "aws_s3_bucket_public_access_block" "half" {\n  bucket = aws_s3_bucket.half.id\n  block_public_acls = false\n  block_public_policy = true\n  ignore_public_acls = true\n  restrict_public_buckets = true\n}\n'), 'iac/aws/s3-block-public-access');
  assert.deepEqual(f.map((x) => [x.line, x.confidence]), [[1, 'medium'], [9, 'high']]);
});
