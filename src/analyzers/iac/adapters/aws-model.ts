import { get, headSpan, items, str, type Span, type VNode } from '../model.js';
import type { CfnResource } from './cloudformation.js';
import { modulePrefix, referencedAddress, withoutIndex, type TfResource } from './terraform.js';

/** A setting in the provider-neutral model: its value, where it is, or where it belongs when missing. */
export interface Val {
  readonly node?: VNode;
  readonly span: Span;
  readonly explicit: boolean;
  /** Present but not statically known (a reference, a function call): rules stay silent. */
  readonly unknown: boolean;
}

export interface AwsEntity {
  readonly kind: string;
  /** The Terraform or CloudFormation resource type (`aws_rds_cluster`, `AWS::RDS::DBCluster`). */
  readonly type: string;
  readonly source: 'terraform' | 'cloudformation';
  readonly path: string;
  /** `aws_s3_bucket.logs` or the CloudFormation logical id. */
  readonly resource: string;
  readonly head: Span;
  field(name: string): Val;
}

interface FieldSpec {
  readonly tf?: string;
  readonly cfn?: string;
}

/**
 * The neutral services: each names its Terraform and CloudFormation resource types and
 * where each neutral field lives in either. Dotted paths step into the first element of
 * a list (Terraform nested blocks, CloudFormation property lists).
 */
export const SERVICES: Readonly<Record<string, { tf: string[]; cfn: string[]; fields: Readonly<Record<string, FieldSpec>> }>> = {
  s3: {
    tf: ['aws_s3_bucket'], cfn: ['AWS::S3::Bucket'],
    fields: {
      acl: { tf: 'acl', cfn: 'AccessControl' },
      grants: { tf: 'grant' },
      encryption: { tf: 'server_side_encryption_configuration', cfn: 'BucketEncryption' },
      versioning: { tf: 'versioning.enabled', cfn: 'VersioningConfiguration.Status' },
      logging: { tf: 'logging', cfn: 'LoggingConfiguration' },
      blockPublicAcls: { cfn: 'PublicAccessBlockConfiguration.BlockPublicAcls' },
      blockPublicPolicy: { cfn: 'PublicAccessBlockConfiguration.BlockPublicPolicy' },
      ignorePublicAcls: { cfn: 'PublicAccessBlockConfiguration.IgnorePublicAcls' },
      restrictPublicBuckets: { cfn: 'PublicAccessBlockConfiguration.RestrictPublicBuckets' },
    },
  },
  rds: {
    tf: ['aws_db_instance', 'aws_rds_cluster'], cfn: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    fields: {
      publiclyAccessible: { tf: 'publicly_accessible', cfn: 'PubliclyAccessible' },
      storageEncrypted: { tf: 'storage_encrypted', cfn: 'StorageEncrypted' },
      kmsKey: { tf: 'kms_key_id', cfn: 'KmsKeyId' },
      backupRetention: { tf: 'backup_retention_period', cfn: 'BackupRetentionPeriod' },
      engine: { tf: 'engine', cfn: 'Engine' },
      snapshotId: { tf: 'snapshot_identifier', cfn: 'DBSnapshotIdentifier' },
      clusterId: { tf: 'cluster_identifier', cfn: 'DBClusterIdentifier' },
      engineMode: { tf: 'engine_mode', cfn: 'EngineMode' },
      replicaSource: { tf: 'replicate_source_db', cfn: 'SourceDBInstanceIdentifier' },
    },
  },
  ebs: { tf: ['aws_ebs_volume'], cfn: ['AWS::EC2::Volume'], fields: { encrypted: { tf: 'encrypted', cfn: 'Encrypted' }, snapshot: { tf: 'snapshot_id', cfn: 'SnapshotId' } } },
  efs: { tf: ['aws_efs_file_system'], cfn: ['AWS::EFS::FileSystem'], fields: { encrypted: { tf: 'encrypted', cfn: 'Encrypted' } } },
  kms: { tf: ['aws_kms_key'], cfn: ['AWS::KMS::Key'], fields: { rotation: { tf: 'enable_key_rotation', cfn: 'EnableKeyRotation' }, spec: { tf: 'customer_master_key_spec', cfn: 'KeySpec' }, usage: { tf: 'key_usage', cfn: 'KeyUsage' } } },
  cloudtrail: {
    tf: ['aws_cloudtrail'], cfn: ['AWS::CloudTrail::Trail'],
    fields: { multiRegion: { tf: 'is_multi_region_trail', cfn: 'IsMultiRegionTrail' }, logValidation: { tf: 'enable_log_file_validation', cfn: 'EnableLogFileValidation' }, kms: { tf: 'kms_key_id', cfn: 'KMSKeyId' }, logging: { tf: 'enable_logging', cfn: 'IsLogging' } },
  },
  lambda: { tf: ['aws_lambda_function'], cfn: ['AWS::Lambda::Function', 'AWS::Serverless::Function'], fields: { env: { tf: 'environment.variables', cfn: 'Environment.Variables' } } },
  ecr: { tf: ['aws_ecr_repository'], cfn: ['AWS::ECR::Repository'], fields: { mutability: { tf: 'image_tag_mutability', cfn: 'ImageTagMutability' }, scanOnPush: { tf: 'image_scanning_configuration.scan_on_push', cfn: 'ImageScanningConfiguration.ScanOnPush' } } },
  eks: { tf: ['aws_eks_cluster'], cfn: ['AWS::EKS::Cluster'], fields: { publicAccess: { tf: 'vpc_config.endpoint_public_access', cfn: 'ResourcesVpcConfig.EndpointPublicAccess' }, publicCidrs: { tf: 'vpc_config.public_access_cidrs', cfn: 'ResourcesVpcConfig.PublicAccessCidrs' } } },
  dynamodb: { tf: ['aws_dynamodb_table'], cfn: ['AWS::DynamoDB::Table'], fields: { pitr: { tf: 'point_in_time_recovery.enabled', cfn: 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled' } } },
  sqs: { tf: ['aws_sqs_queue'], cfn: ['AWS::SQS::Queue'], fields: { kms: { tf: 'kms_master_key_id', cfn: 'KmsMasterKeyId' }, sse: { tf: 'sqs_managed_sse_enabled', cfn: 'SqsManagedSseEnabled' } } },
  sns: { tf: ['aws_sns_topic'], cfn: ['AWS::SNS::Topic'], fields: { kms: { tf: 'kms_master_key_id', cfn: 'KmsMasterKeyId' } } },
  listener: { tf: ['aws_lb_listener', 'aws_alb_listener'], cfn: ['AWS::ElasticLoadBalancingV2::Listener'], fields: { port: { tf: 'port', cfn: 'Port' }, protocol: { tf: 'protocol', cfn: 'Protocol' }, actions: { tf: 'default_action', cfn: 'DefaultActions' } } },
  instance: { tf: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'], cfn: ['AWS::EC2::LaunchTemplate'], fields: { httpTokens: { tf: 'metadata_options.http_tokens', cfn: 'LaunchTemplateData.MetadataOptions.HttpTokens' }, httpEndpoint: { tf: 'metadata_options.http_endpoint', cfn: 'LaunchTemplateData.MetadataOptions.HttpEndpoint' } } },
  // CloudFormation launch configurations keep MetadataOptions directly under Properties.
  launchconfig: { tf: [], cfn: ['AWS::AutoScaling::LaunchConfiguration'], fields: { httpTokens: { cfn: 'MetadataOptions.HttpTokens' }, httpEndpoint: { cfn: 'MetadataOptions.HttpEndpoint' } } },
  elasticache: { tf: ['aws_elasticache_replication_group'], cfn: ['AWS::ElastiCache::ReplicationGroup'], fields: { atRest: { tf: 'at_rest_encryption_enabled', cfn: 'AtRestEncryptionEnabled' }, transit: { tf: 'transit_encryption_enabled', cfn: 'TransitEncryptionEnabled' } } },
  redshift: { tf: ['aws_redshift_cluster'], cfn: ['AWS::Redshift::Cluster'], fields: { encrypted: { tf: 'encrypted', cfn: 'Encrypted' }, publiclyAccessible: { tf: 'publicly_accessible', cfn: 'PubliclyAccessible' } } },
  search: {
    tf: ['aws_elasticsearch_domain', 'aws_opensearch_domain'], cfn: ['AWS::Elasticsearch::Domain', 'AWS::OpenSearchService::Domain'],
    fields: { atRest: { tf: 'encrypt_at_rest.enabled', cfn: 'EncryptionAtRestOptions.Enabled' }, nodeToNode: { tf: 'node_to_node_encryption.enabled', cfn: 'NodeToNodeEncryptionOptions.Enabled' }, https: { tf: 'domain_endpoint_options.enforce_https', cfn: 'DomainEndpointOptions.EnforceHTTPS' } },
  },
  loggroup: { tf: ['aws_cloudwatch_log_group'], cfn: ['AWS::Logs::LogGroup'], fields: { kms: { tf: 'kms_key_id', cfn: 'KmsKeyId' }, retention: { tf: 'retention_in_days', cfn: 'RetentionInDays' } } },
  docdb: { tf: ['aws_docdb_cluster'], cfn: ['AWS::DocDB::DBCluster'], fields: { encrypted: { tf: 'storage_encrypted', cfn: 'StorageEncrypted' } } },
  neptune: { tf: ['aws_neptune_cluster'], cfn: ['AWS::Neptune::DBCluster'], fields: { encrypted: { tf: 'storage_encrypted', cfn: 'StorageEncrypted' } } },
  kinesis: { tf: ['aws_kinesis_stream'], cfn: ['AWS::Kinesis::Stream'], fields: { encryption: { tf: 'encryption_type', cfn: 'StreamEncryption.EncryptionType' }, kmsKey: { tf: 'kms_key_id', cfn: 'StreamEncryption.KeyId' } } },
  cloudfront: { tf: ['aws_cloudfront_distribution'], cfn: ['AWS::CloudFront::Distribution'], fields: { viewerPolicy: { tf: 'default_cache_behavior.viewer_protocol_policy', cfn: 'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy' }, orderedBehaviors: { tf: 'ordered_cache_behavior', cfn: 'DistributionConfig.CacheBehaviors' } } },
  provider: { tf: ['provider:aws'], cfn: [], fields: { accessKey: { tf: 'access_key' }, secretKey: { tf: 'secret_key' } } },
};

function dig(body: VNode, path: string, head: Span): Val {
  let cur: VNode | undefined = body;
  let span = head;
  for (const step of path.split('.')) {
    if (cur?.kind === 'list') cur = cur.items?.[0];
    // A parent that is an expression (`Fn::If` around a whole property block, a reference) may
    // hold the setting: unknown, not missing, or every conditional block reads as absent.
    if (cur?.kind === 'expr') return { node: cur, span, explicit: true, unknown: true };
    const next: VNode | undefined = get(cur, step);
    if (!next) return { span, explicit: false, unknown: false };
    cur = next;
    span = headSpan(next);
  }
  // `x = null` in Terraform means "not set": the provider default applies.
  if (cur!.kind === 'scalar' && (cur!.value === null || cur!.value === '')) return { span, explicit: false, unknown: false };
  // A plan writes every absent nested block as `[]` (`"logging": []`): no block, not a configured one.
  if (cur!.kind === 'list' && !cur!.items?.length) return { span, explicit: false, unknown: false };
  const unknown = cur!.kind === 'expr' && !cur!.tag?.startsWith('call:jsonencode');
  return { node: cur, span, explicit: true, unknown };
}

export interface AwsModel {
  readonly entities: readonly AwsEntity[];
  of(kind: string): AwsEntity[];
  /** Terraform resources that configure another resource (`aws_s3_bucket_versioning` → bucket). */
  readonly tf: readonly TfResource[];
  readonly cfn: readonly CfnResource[];
  /** Separate Terraform resources attached to a bucket, by bucket address. */
  attached(address: string, type: string): TfResource[];
}

export function buildModel(tf: readonly TfResource[], cfn: readonly CfnResource[]): AwsModel {
  const entities: AwsEntity[] = [];
  for (const [kind, svc] of Object.entries(SERVICES)) {
    for (const r of tf) {
      const key = r.mode === 'provider' ? `provider:${r.type}` : r.mode === 'resource' ? r.type : '';
      if (!svc.tf.includes(key)) continue;
      entities.push({ kind, type: r.type, source: 'terraform', path: r.path, resource: r.address, head: r.head, field: (name) => (svc.fields[name]?.tf ? dig(r.body, svc.fields[name]!.tf!, r.head) : { span: r.head, explicit: false, unknown: false }) });
    }
    for (const r of cfn) {
      if (!svc.cfn.includes(r.type)) continue;
      entities.push({ kind, type: r.type, source: 'cloudformation', path: r.path, resource: r.logicalId, head: r.head, field: (name) => (svc.fields[name]?.cfn ? dig(r.props, svc.fields[name]!.cfn!, r.head) : { span: r.head, explicit: false, unknown: false }) });
    }
  }
  // A plan (and HCL that writes the name twice) links the v4 resources to their bucket by its
  // literal name, not by a reference; a name that several buckets share links to none.
  const byName = new Map<string, string | null>();
  for (const r of tf) {
    if (r.mode !== 'resource' || r.type !== 'aws_s3_bucket') continue;
    const name = str(get(r.body, 'bucket'));
    if (name) byName.set(name, byName.has(name) && byName.get(name) !== withoutIndex(r.address) ? null : withoutIndex(r.address));
  }
  const attachedIndex = new Map<string, TfResource[]>();
  for (const r of tf) {
    if (r.mode !== 'resource') continue;
    const ref = get(r.body, 'bucket') ?? get(r.body, 'bucket_id');
    const target = referencedAddress(ref);
    let key: string;
    if (target) {
      // References name the block (`aws_s3_bucket.b[each.key].id` → `aws_s3_bucket.b`), not one instance.
      key = `${modulePrefix(r)}${target}|${r.type}`;
    } else {
      const named = str(ref) === undefined ? undefined : byName.get(str(ref)!);
      if (!named) continue;
      key = `${named}|${r.type}`;
    }
    const list = attachedIndex.get(key) ?? [];
    list.push(r);
    attachedIndex.set(key, list);
  }
  return {
    entities,
    of: (kind) => entities.filter((e) => e.kind === kind),
    tf,
    cfn,
    attached: (address, type) => attachedIndex.get(`${withoutIndex(address)}|${type}`) ?? [],
  };
}

export function valBool(v: Val): boolean | undefined {
  const n = v.node;
  if (!n || n.kind !== 'scalar') return undefined;
  if (typeof n.value === 'boolean') return n.value;
  const s = String(n.value).toLowerCase();
  return s === 'true' || s === 'enabled' ? true : s === 'false' || s === 'disabled' || s === 'suspended' ? false : undefined;
}

export function valStr(v: Val): string | undefined {
  return str(v.node);
}

/** One IAM policy statement, from any policy-carrying resource in either format. */
export interface Statement {
  readonly path: string;
  readonly resource: string;
  readonly node: VNode;
  readonly effect: string;
  readonly actions: { value: string; node: VNode }[];
  /** `NotAction` / `not_actions`: with Allow, every action except these. */
  readonly notActions: { value: string; node: VNode }[];
  readonly resources: { value: string; node: VNode }[];
  readonly principals: { value: string; node: VNode }[];
  readonly hasCondition: boolean;
  /**
   * The condition pins who may call (source account, organisation, VPC, IP…); conditions
   * on spoofable request data such as aws:Referer or aws:UserAgent do not.
   */
  readonly restrictsCaller: boolean;
  /** `bucket` for bucket policies, `identity` for IAM policies. */
  readonly policyKind: 'bucket' | 'identity' | 'trust';
}
export { items };

const GLOB_MAX = 1024;

/**
 * Does the IAM action pattern `pattern` (with `*` and `?`, case-insensitive) match `action`?
 * Two-pointer glob match: no exponential backtracking, but the worst case is still
 * length × length, and ECR filters match repository names where both sides come from the
 * scanned file. Neither an IAM action nor an ECR name or filter (256 at most) comes near the
 * cap, so a longer operand is not a real one and matches nothing.
 */
export function actionMatches(pattern: string, action: string): boolean {
  if (pattern.length > GLOB_MAX || action.length > GLOB_MAX) return false;
  const p = pattern.toLowerCase();
  const a = action.toLowerCase();
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < a.length) {
    if (i < p.length && (p[i] === '?' || p[i] === a[j])) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}
