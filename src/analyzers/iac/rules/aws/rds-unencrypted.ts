import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/rds-unencrypted",
    "title": "RDS storage is not encrypted",
    "description": "Unencrypted database storage, snapshots and replicas expose the data to anyone who gets a snapshot shared or copied.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_16",
      "trivy:AVD-AWS-0080",
      "kics:08bd0760-8752-44e1-9779-7bb369b2b4e4",
      "kics:5beacce3-4020-4a3d-9e1d-a36f953df630",
      "kics:656880aa-1388-488f-a6d4-8f73c23149b2",
      "kics:65844ba3-03a1-40a8-b3dd-919f122e8c95"
    ],
    "remediation": "Set `storage_encrypted = true` / `StorageEncrypted: true` (with a customer managed KMS key for sensitive data)."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('rds')) {
      const v = e.field('storageEncrypted');
      if (v.unknown) continue;
      const encrypted = valBool(v);
      if (encrypted === true) continue;
      // A cluster's identifier is its own name; on an instance it makes it an Aurora member, encrypted by its cluster.
      const isCluster = e.type === 'aws_rds_cluster' || e.type === 'AWS::RDS::DBCluster';
      // Aurora members and snapshot restores take their encryption from the cluster or snapshot.
      if ((!isCluster && e.field('clusterId').explicit) || e.field('snapshotId').explicit) continue;
      // Unset with a KMS key: replicas take the key alone, and a template that sets it without
      // StorageEncrypted fails to deploy rather than creating a clear-text database. An explicit false still counts.
      if (encrypted === undefined && e.field('kmsKey').explicit) continue;
      // A read replica left unset inherits its source's encryption; an unencrypted source is reported on the source.
      if (encrypted === undefined && e.field('replicaSource').explicit) continue;
      // An Aurora Serverless v1 cluster volume is always encrypted; encryption cannot be turned off.
      if (encrypted === undefined && isCluster && valStr(e.field('engineMode'))?.toLowerCase() === 'serverless') continue;
      emit(e, v.span, `${e.resource} does not encrypt its storage.`);
    }
  },
};
