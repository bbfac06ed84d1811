import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { get, str } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/s3-logging",
    "title": "S3 bucket access logging is off",
    "description": "Without access logs nobody can tell who read or changed objects after an incident.",
    "severity": "low",
    "confidence": "high",
    "cwe": [
      "CWE-778"
    ],
    "equivalents": [
      "checkov:CKV_AWS_18",
      "trivy:AVD-AWS-0089",
      "kics:f861041c-8c9f-4156-acfc-5e6e524f5884",
      "kics:4552b71f-0a2a-4bc4-92dd-ed7ec1b4674c"
    ],
    "remediation": "Enable server access logging to a dedicated log bucket."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    const buckets = s3Buckets(model);
    // Log-target buckets (log-delivery-write ACL, or named as another bucket's log target) are exempt from logging themselves.
    const targets = new Set<string>();
    const targetNames = new Set<string>();
    for (const r of model.tf) if (r.type === 'aws_s3_bucket_logging' || r.type === 'aws_s3_bucket') {
      const t = r.type === 'aws_s3_bucket' ? r.body.entries?.get('logging')?.items?.[0]?.entries?.get('target_bucket') : r.body.entries?.get('target_bucket');
      const m = t?.kind === 'expr' ? /^(aws_s3_bucket\.[\w-]+)\./.exec(t.raw ?? '') : null;
      if (m) targets.add(m[1]!);
      // A plan (or a literal in HCL) names the target bucket, not its resource.
      const name = str(t);
      if (name) targetNames.add(name);
    }
    const names = new Map(model.tf.filter((r) => r.type === 'aws_s3_bucket').map((r) => [r.address, str(get(r.body, 'bucket'))]));
    // CloudFormation names the target by a Ref to its logical id, or by its BucketName.
    for (const r of model.cfn) if (r.type === 'AWS::S3::Bucket') {
      const t = get(r.props, 'LoggingConfiguration', 'DestinationBucketName');
      if (t?.kind === 'expr' && t.tag === 'Ref' && t.raw) targets.add(t.raw);
      const name = str(t);
      if (name) targetNames.add(name);
      const own = str(get(r.props, 'BucketName'));
      if (own) names.set(r.logicalId, own);
    }
    for (const b of buckets) {
      const name = names.get(b.entity.resource);
      if (targets.has(b.entity.resource) || (name !== undefined && targetNames.has(name)) || /^log-?delivery-?write$/i.test(b.acl?.value ?? '')) continue;
      if (!b.logging) emit(b.entity, b.entity.head, `Bucket ${b.entity.resource} has no logging.`);
    }
  },
};
