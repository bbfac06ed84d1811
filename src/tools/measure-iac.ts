import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseInputs, runRules } from '../analyzers/iac/analyzer.js';
import { iacRules } from '../analyzers/iac/rules/index.js';
import type { IacRule } from '../analyzers/iac/rule.js';
import type { Target, TargetType } from '../core/target.js';

/**
 * Detection quality of the IaC rules on the KICS query tests and the trivy-checks
 * good/bad examples, for every rule that lists that check among its equivalents.
 * Files are read in place (snippets are scanned from memory); nothing is copied.
 *
 *   node dist/tools/measure-iac.js [/work/shared/corpora] [--rule ID|prefix] [--misses]
 *
 * A KICS positive counts when the rule reports on the line KICS expects; files without
 * expected lines count when the rule reports anywhere. Cases the rules deliberately
 * disagree with, and places where KICS points at another line of the same problem, are
 * listed in DISAGREEMENTS with the reason; the summary gives the count without them, with
 * the line conventions accepted, and strictly as labelled.
 */
interface Tally {
  /** Misses and false positives, for --misses: what the corpus expected and what the rule reported. */
  notes: string[];
  /** Cases left out of the counts by a documented disagreement, and how the rule fared on them. */
  disputed: { reason: string; where: string; agreed: boolean; positive: boolean; convention?: boolean }[];
  pos: number;
  hit: number;
  /** Positive files flagged anywhere by the rule (location conventions differ between tools). */
  files: number;
  fileHit: number;
  neg: number;
  fp: number;
}

/**
 * Corpus cases a rule deliberately does not agree with, each with the reason. They are left
 * out of the rule's counts and listed in the output (with the raw count beside the adjusted
 * one), so a disagreement is a documented decision and never a quiet exclusion. `line`
 * narrows a KICS positive to one expected line; without it the whole file is meant.
 */
interface Disagreement {
  readonly rule: string;
  readonly source: 'kics' | 'trivy';
  /** KICS: corpus-relative file; trivy: check file, label and example index, `checks/x.yaml#bad#0` (or `checks/x.yaml#cloudformation#bad#0`). */
  readonly where: string;
  readonly line?: number;
  /**
   * A line-convention difference: the line where we report the same problem. The case counts
   * as agreed only when a finding is there, so the entry cannot hide a real miss.
   */
  readonly ours?: number;
  readonly reason: string;
}

export const DISAGREEMENTS: readonly Disagreement[] = [
  {
    rule: 'iac/kubernetes/rbac-create-pods',
    source: 'kics',
    where: 'assets/queries/k8s/permissive_access_to_create_pods/test/positive1.yaml',
    line: 48,
    reason: 'verb "c*e": Kubernetes RBAC has no globs, only a whole "*" (rbac.VerbMatches), so this grants nothing',
  },
  {
    rule: 'iac/kubernetes/rbac-create-pods',
    source: 'kics',
    where: 'assets/queries/k8s/permissive_access_to_create_pods/test/positive1.yaml',
    line: 60,
    reason: 'resource "p*ds": Kubernetes RBAC has no globs, only a whole "*" (rbac.ResourceMatches), so this grants nothing',
  },
  {
    rule: 'iac/kubernetes/run-as-non-root',
    source: 'kics',
    where: 'assets/queries/k8s/containers_running_as_root/test/positive1.yaml',
    line: 38,
    reason: 'line 38 is the pod-level `runAsUser: 1000`, a non-root UID whose change fixes nothing: the first pod of the same file pairs the same pod-level line (7) with the same container override `runAsUser: 0` (13), and the query expects only the override there; the root user comes from the container override, which we report (line 44, also expected)',
  },
  {
    rule: 'iac/kubernetes/seccomp-profile',
    source: 'kics',
    where: 'assets/queries/k8s/seccomp_profile_is_not_configured/test/negative1.yaml',
    reason: 'seccomp.security.alpha.kubernetes.io/defaultProfileName is a PodSecurityPolicy annotation; the kubelet reads only the pod and container.seccomp… annotations, so on a pod it sets no profile and the container runs unconfined',
  },
  {
    rule: 'iac/kubernetes/added-capabilities',
    source: 'trivy',
    where: 'checks/kubernetes/specific_capabilities_added.yaml#bad#0',
    reason: 'adds only NET_BIND_SERVICE, which the runtime already grants by default and both Pod Security Standards allow adding: the add grants nothing (KSV022 describes itself as banning capabilities beyond the default set; KICS labels drop ALL + add NET_BIND_SERVICE negative)',
  },
  ...[8, 10, 15, 20].map((line) => ({
    rule: 'iac/kubernetes/tiller-deployed',
    source: 'kics' as const,
    where: 'assets/queries/k8s/tiller_is_deployed/test/positive.yaml',
    line,
    ours: 24,
    reason: 'KICS reports every place naming tiller: metadata.name, a containers list misplaced directly under the Deployment spec (no pod field, so it never runs), the template labels and the template containers key; we report one finding on the running container\'s Tiller image',
  })),
  {
    rule: 'iac/dockerfile/user-root',
    source: 'trivy',
    where: 'checks/docker/root_user.yaml#bad#0',
    reason: 'no USER at all: DS002 covers two cases that are two rules here, `USER root` (this rule) and no USER (iac/dockerfile/missing-user, also mapped to DS002, which flags this example)',
  },
  {
    rule: 'iac/compose/security-opt-unconfined',
    source: 'kics',
    where: 'assets/queries/dockerCompose/default_seccomp_profile_disabled/test/positive1.yaml',
    line: 13,
    reason: '`label:seccomp:unconfined` hands `seccomp:unconfined` to SELinux labelling, whose options are user, role, type, level, filetype and disable; it changes no seccomp setting, so the default profile stays on',
  },
  {
    rule: 'iac/aws/iam-wildcard-action',
    source: 'kics',
    where: 'assets/queries/terraform/aws/iam_policies_with_full_privileges/test/negative.tf',
    reason: 'actions ["*"] on arn:aws:s3:::* still grants every S3 action on every bucket; this KICS query only wants "*" on "*" together, the rule flags wildcard actions whatever the resource',
  },
  ...[[5, 11], [19, 24]].map(([line, ours]) => ({
    rule: 'iac/aws/iam-wildcard-action',
    source: 'kics' as const,
    where: 'assets/queries/terraform/aws/iam_policies_with_full_privileges/test/positive.tf',
    line,
    ours,
    reason: 'KICS points at the policy attribute or the data block; we point at the wildcard action itself (inside the heredoc JSON or the actions list)',
  })),
  {
    rule: 'iac/aws/iam-passrole-wildcard',
    source: 'kics',
    where: 'assets/queries/terraform/aws/iam_role_policy_passrole_allows_all/test/positive1.tf',
    line: 5,
    ours: 11,
    reason: 'KICS points at the policy attribute; we point at the iam:passrole action inside the heredoc JSON',
  },
  {
    rule: 'iac/aws/s3-public-policy',
    source: 'kics',
    where: 'assets/queries/terraform/aws/s3_bucket_access_to_any_principal/test/positive1.tf',
    line: 4,
    reason: 'the "*" principal is limited by an aws:SourceIp condition to one /32 address; S3 itself (the public-policy test Block Public Access applies) counts a policy granting only to fixed aws:SourceIp ranges as not public',
  },
  {
    rule: 'iac/aws/cloudtrail-multi-region',
    source: 'kics',
    where: 'assets/queries/terraform/aws/cloudtrail_multi_region_disabled/test/positive3.tf',
    line: 5,
    reason: 'the trail is multi-region, which is what the rule checks; CloudTrail rejects a multi-region trail with include_global_service_events = false (InvalidParameterCombinationException: "Multi-Region trail must include global service events"), so this one cannot be created as written',
  },
  {
    rule: 'iac/aws/http-listener',
    source: 'kics',
    where: 'assets/queries/terraform/aws/alb_listening_on_http/test/positive2.tf',
    line: 70,
    ours: 67,
    reason: 'the listener sets no protocol (HTTP by default) and forwards, so we point at the listener block, where protocol and certificate go; KICS points at its default_action',
  },

  ...['positive3.tf', 'positive4.tf'].map((file) => ({
    rule: 'iac/aws/rds-no-backup',
    source: 'kics' as const,
    where: `assets/queries/terraform/aws/rds_with_backup_disabled/test/${file}`,
    reason: 'backup_retention_period unset: RDS keeps automated backups for 1 day (the API default; Checkov CKV_AWS_133 passes it for that reason), so backups are not disabled; the rule reports retention 0',
  })),
  {
    rule: 'iac/aws/sqs-unencrypted',
    source: 'kics',
    where: 'assets/queries/terraform/aws/sqs_with_sse_disabled/test/positive3.tf',
    line: 1,
    ours: 3,
    reason: 'kms_master_key_id is written (as null), so we point at it, as for an empty string; KICS points at the queue for null and at the attribute for ""',
  },
  {
    rule: 'iac/aws/s3-block-public-access',
    source: 'trivy',
    where: 'checks/cloud/aws/s3/specify_public_access_block.yaml#terraform#good#0',
    reason: 'AVD-AWS-0094 only asks that a public access block exists; this good example leaves ignore_public_acls and restrict_public_buckets unset (false), which the rule reports: it wants all four settings, as AWS Security Hub S3.8 and CIS 2.1.4 do',
  },
  ...['iac/aws/iam-wildcard-action', 'iac/aws/iam-wildcard-resource'].map((rule) => ({
    rule,
    source: 'trivy' as const,
    where: 'checks/cloud/aws/iam/no_policy_wildcards.yaml#cloudformation#bad#0',
    reason: 'the bad example is mis-indented: PolicyDocument is empty and Version/Statement are keys of Resources, so the policy grants nothing (CloudFormation rejects it: PolicyDocument is required)',
  })),
  {
    rule: 'iac/aws/s3-versioning',
    source: 'kics',
    where: 'assets/queries/terraform/aws/s3_bucket_without_versioning/test/positive5.tf',
    reason: 'versioning = { mfa_delete = true } with neither enabled nor status, on s3-bucket 3.7.0: that version\'s main.tf has no fallback in try(enabled ? …, tobool(status) ? …, title(lower(status))), so the plan fails and nothing is created; from v4.3.0 the fallback is "Enabled" and versioning is on. Neither way is versioning left off',
  },
  {
    rule: 'iac/aws/s3-logging',
    source: 'kics',
    where: 'assets/queries/terraform/aws/s3_bucket_logging_disabled/test/negative2.tf',
    reason: 'a nested `logging { }` block inside a module call is not valid Terraform (modules take only arguments), so the module gets no logging input',
  },
  {
    rule: 'iac/aws/s3-public-policy',
    source: 'kics',
    where: 'assets/queries/terraform/aws/s3_bucket_access_to_any_principal/test/positive2.tf',
    line: 12,
    reason: 'attach_policy is not set (the s3-bucket module defaults it to false), so the module never attaches this policy; it is also conditioned on aws:SourceIp',
  },
  ...['positive3.tf', 'positive4.tf'].map((file) => ({
    rule: 'iac/aws/sg-open-ssh',
    source: 'kics' as const,
    where: `assets/queries/terraform/aws/security_group_with_unrestricted_access_to_ssh/test/${file}`,
    line: 13,
    reason: 'a nested `ingress { }` block inside a security-group module call is not valid Terraform; the module takes ingress_rules / ingress_with_cidr_blocks, which are modelled',
  })),
  {
    rule: 'iac/aws/sqs-unencrypted',
    source: 'kics',
    where: 'assets/queries/terraform/aws/sqs_with_sse_disabled/test/positive6.tf',
    line: 1,
    ours: 12,
    reason: 'kms_master_key_id is written (as null), so we point at it, as for a resource; KICS points at the module',
  },
  // The rule is one check for every canned public ACL, as Trivy's AVD-AWS-0092 is; KICS's CloudFormation
  // side has one query per AccessControl value, each labelling the other two values negative.
  ...([
    ['read_or_write_to_all_users', 'negative3.yaml', 'PublicRead'],
    ['read_or_write_to_all_users', 'negative7.json', 'PublicRead'],
    ['read_or_write_to_all_users', 'negative4.yaml', 'AuthenticatedRead'],
    ['read_or_write_to_all_users', 'negative8.json', 'AuthenticatedRead'],
    ['read_to_all_users', 'negative3.yaml', 'PublicReadWrite'],
    ['read_to_all_users', 'negative7.json', 'PublicReadWrite'],
    ['read_to_all_users', 'negative4.yaml', 'AuthenticatedRead'],
    ['read_to_all_users', 'negative8.json', 'AuthenticatedRead'],
    ['read_to_any_authenticated_user', 'negative3.yaml', 'PublicReadWrite'],
    ['read_to_any_authenticated_user', 'negative7.json', 'PublicReadWrite'],
    ['read_to_any_authenticated_user', 'negative4.yaml', 'PublicRead'],
    ['read_to_any_authenticated_user', 'negative8.json', 'PublicRead'],
  ] as const).map(([query, file, acl]) => ({
    rule: 'iac/aws/s3-public-acl',
    source: 'kics' as const,
    where: `assets/queries/cloudFormation/aws/s3_bucket_acl_allows_${query}/test/${file}`,
    reason: {
      PublicRead: query === 'read_or_write_to_all_users'
        ? 'AccessControl PublicRead gives AllUsers READ: it is "read … to all users", and the Terraform twin of this query (38c5ee0d) labels public-read positive; this query matches PublicReadWrite only'
        : 'AccessControl PublicRead gives AllUsers READ, which includes every authenticated user; this query matches the AuthenticatedRead value only',
      PublicReadWrite: 'AccessControl PublicReadWrite gives AllUsers READ and WRITE, so it grants the read this query is about; the query matches one exact AccessControl value',
      AuthenticatedRead: 'AccessControl AuthenticatedRead lets any AWS account list the bucket; the rule treats it as public, as Trivy AVD-AWS-0092 does and the sibling KICS query 835d5497 labels it positive; this query is about AllUsers only',
    }[acl],
  })),
  ...[[2, 19], [27, 44]].map(([line, ours]) => ({
    rule: 'iac/aws/s3-public-policy',
    source: 'kics' as const,
    where: 'assets/queries/cloudFormation/aws/s3_bucket_access_to_any_principal/test/positive1.yaml',
    line,
    ours,
    reason: 'KICS points at the bucket; we point at the "*" principal in its bucket policy',
  })),
  ...[[3, 22], [42, 63]].map(([line, ours]) => ({
    rule: 'iac/aws/s3-public-policy',
    source: 'kics' as const,
    where: 'assets/queries/cloudFormation/aws/s3_bucket_access_to_any_principal/test/positive2.json',
    line,
    ours,
    reason: 'KICS points at the bucket; we point at the "*" principal in its bucket policy',
  })),
  ...([
    ['iac/aws/sg-open-ssh', 'cloudFormation/aws/security_groups_with_unrestricted_access_to_ssh/test/positive1.yaml', 15, 19],
    ['iac/aws/sg-open-ssh', 'cloudFormation/aws/security_groups_with_unrestricted_access_to_ssh/test/positive2.json', 27, 30],
    ['iac/aws/sg-open-rdp', 'cloudFormation/aws/security_groups_unrestricted_access_to_rdp/test/positive1.yaml', 15, 19],
    ['iac/aws/sg-open-rdp', 'cloudFormation/aws/security_groups_unrestricted_access_to_rdp/test/positive2.json', 10, 15],
    ['iac/aws/sg-open-rdp', 'cloudFormation/aws/remote_desktop_port_open_to_internet/test/positive1.yaml', 8, 12],
    ['iac/aws/sg-open-rdp', 'cloudFormation/aws/remote_desktop_port_open_to_internet/test/positive2.json', 10, 15],
    ['iac/aws/sg-open-rdp', 'terraform/aws/remote_desktop_port_open_to_internet/test/positive.tf', 1, 10],
    ['iac/aws/sg-open-rdp', 'terraform/aws/remote_desktop_port_open_to_internet/test/positive.tf', 14, 31],
  ] as const).map(([rule, file, line, ours]) => ({
    rule,
    source: 'kics' as const,
    where: `assets/queries/${file}`,
    line,
    ours,
    reason: 'KICS points at the security group or its ingress list; we point at the open CIDR of the offending rule',
  })),
  {
    rule: 'iac/aws/sg-open-rdp',
    source: 'kics',
    where: 'assets/queries/terraform/aws/remote_desktop_port_open_to_internet/test/negative.tf',
    reason: '0.1.0.0/0 has a /0 prefix, which matches every IPv4 address whatever bits are written before it, so the port is open to everyone; the positive.tf of this same query labels 1.0.0.0/0 positive',
  },
  ...[['positive1.tf', 6], ['positive2.tf', 13]].map(([file, ours]) => ({
    rule: 'iac/aws/rds-unencrypted',
    source: 'kics' as const,
    where: `assets/queries/terraform/aws/rds_database_cluster_not_encrypted/test/${file}`,
    line: 1,
    ours: ours as number,
    reason: 'KICS points at the aws_db_cluster_snapshot; we point at the unencrypted aws_rds_cluster it snapshots, where the fix goes',
  })),
  ...[['positive2.yaml', 30], ['positive4.json', 45]].map(([file, line]) => ({
    rule: 'iac/aws/rds-unencrypted',
    source: 'kics' as const,
    where: `assets/queries/cloudFormation/aws/rds_storage_not_encrypted/test/${file}`,
    line: line as number,
    reason: 'a read replica (SourceDBInstanceIdentifier) with a KmsKeyId and StorageEncrypted unset: CloudFormation has replicas inherit encryption and use the given key',
  })),
  {
    rule: 'iac/aws/http-listener',
    source: 'kics',
    where: 'assets/queries/cloudFormation/aws/alb_listening_on_http/test/positive3.yaml',
    line: 16,
    reason: 'the HTTP listener only redirects to HTTPS (RedirectConfig Protocol HTTPS, 301), the recommended set-up; nothing is served in clear',
  },
  {
    rule: 'iac/aws/kms-rotation',
    source: 'kics',
    where: 'assets/queries/terraform/aws/cmk_rotation_disabled/test/positive5.tf',
    line: 1,
    reason: 'an RSA_2048 (asymmetric) key cannot rotate; enable_key_rotation = true there is rejected by AWS, it is not rotation turned off',
  },
  ...([['positive1.yaml', 8, 10], ['positive2.json', 11, 13]] as const).map(([file, line, ours]) => ({
    rule: 'iac/aws/sqs-unencrypted',
    source: 'kics' as const,
    where: `assets/queries/cloudFormation/aws/sqs_with_sse_disabled/test/${file}`,
    line,
    ours,
    reason: 'SqsManagedSseEnabled is written as false, so we point at it; KICS points at Properties',
  })),
  ...([['positive2.tf', 4], ['positive3.tf', 5], ['positive4.tf', 4]] as const).map(([file, ours]) => ({
    rule: 'iac/aws/kms-rotation',
    source: 'kics' as const,
    where: `assets/queries/terraform/aws/cmk_rotation_disabled/test/${file}`,
    line: 1,
    ours,
    reason: 'enable_key_rotation is written (false), so we point at it; KICS points at the key resource',
  })),
  ...([['positive1.yaml', 8, 12], ['positive1.yaml', 21, 25], ['positive2.json', 9, 15], ['positive2.json', 31, 36]] as const).map(([file, line, ours]) => ({
    rule: 'iac/aws/iam-wildcard-action',
    source: 'kics' as const,
    where: `assets/queries/cloudFormation/aws/iam_policies_with_full_privileges/test/${file}`,
    line,
    ours,
    reason: 'KICS points at PolicyDocument; we point at the wildcard Action itself',
  })),
  ...([[4, 10], [18, 25], [33, 40], [48, 55], [63, 70]] as const).map(([line, ours]) => ({
    rule: 'iac/kubernetes/service-loadbalancer',
    source: 'kics' as const,
    where: 'assets/queries/k8s/service_with_external_load_balancer/test/positive.yaml',
    line,
    ours,
    reason: 'we point at the written `type: LoadBalancer` that exposes the Service (the offending attribute); KICS points at the Service name',
  })),
  {
    rule: 'iac/compose/sensitive-host-mount',
    source: 'kics',
    where: 'assets/queries/dockerCompose/volume_has_sensitive_host_directory/test/positive1.yaml',
    reason: '`- /var/lib/backup/data` with no colon is an anonymous volume at that container path; no host directory is mounted',
  },
  ...['positive2.yaml', 'positive3.yaml'].map((file) => ({
    rule: 'iac/compose/sensitive-host-mount',
    source: 'kics' as const,
    where: `assets/queries/dockerCompose/volume_has_sensitive_host_directory/test/${file}`,
    reason: 'binds an application data directory (/var/lib/backup/data, /var/data): KICS counts every path starting with /var, /home, /srv or /media as an OS directory; the rule covers system directories: /, /etc, /root, /proc, /sys, /boot, /dev, /run, /var/run, /var/lib/docker, /usr, /lib, /bin, /sbin and /home itself',
  })),
  ...[14, 35].map((line) => ({
    rule: 'iac/kubernetes/cpu-limit',
    source: 'kics' as const,
    where: 'assets/queries/k8s/cpu_limits_not_set/test/positive.yaml',
    line,
    ours: line - 2,
    reason: 'KICS\'s sibling queries contradict each other: with `resources:` but no `limits:`, the memory-limit query expects the container name line (memory_limits_not_defined positive1.yaml:8) and this one `resources:`; the four resource rules share one convention (the container name line), so one pair must disagree',
  })),
  ...[17, 41].map((line) => ({
    rule: 'iac/kubernetes/cpu-request',
    source: 'kics' as const,
    where: 'assets/queries/k8s/cpu_requests_not_set/test/positive.yaml',
    line,
    ours: line - 2,
    reason: 'KICS\'s sibling queries contradict each other: with `resources:` but no `requests:`, the memory-request query expects the container name line (memory_requests_not_defined positive1.yaml:25) and this one `resources:`; the four resource rules share one convention (the container name line), so one pair must disagree',
  })),
];

const usedDisagreements = new Set<Disagreement>();

function disputed(rule: string, source: 'kics' | 'trivy', where: string, line?: number): Disagreement | undefined {
  const d = DISAGREEMENTS.find((x) => x.rule === rule && x.source === source && x.where === where && (x.line === undefined || x.line === line));
  if (d) usedDisagreements.add(d);
  return d;
}

/** Entries that matched no corpus case (a renamed file, a dropped mapping): they must be removed, not kept as cover. */
export function staleDisagreements(): Disagreement[] {
  return DISAGREEMENTS.filter((d) => !usedDisagreements.has(d));
}

const normaliseTrivy = (id: string) => {
  const m = /^(?:AVD-)?([A-Z]+)-?0*(\d+)$/.exec(id.toUpperCase().replace(/^AVD-/, ''));
  return m ? `${m[1]}-${Number(m[2])}` : id.toUpperCase();
};

function kicsType(platform: string, file: string): TargetType {
  const lower = file.toLowerCase();
  if (platform === 'dockerfile') return { kind: 'iac', format: 'dockerfile' };
  if (platform === 'dockerCompose') return { kind: 'iac', format: 'docker-compose' };
  if (platform.startsWith('cicd')) return { kind: 'iac', format: 'github-workflow' };
  if (platform.startsWith('terraform')) return lower.endsWith('.json') ? { kind: 'text' } : { kind: 'iac', format: lower.endsWith('.tfvars') ? 'terraform-vars' : 'terraform' };
  if (lower.endsWith('.json')) return { kind: 'text' };
  return { kind: 'iac', format: 'yaml' };
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((e) => filesUnder(join(path, e.name)));
}

function run(rule: IacRule, targets: Target[]): { path: string; line: number }[] {
  const inputs = parseInputs(targets);
  return runRules(inputs, [rule], () => true).findings.map((f) => ({ path: f.location.path, line: f.location.startLine }));
}

function target(path: string, text: string, type: TargetType): Target {
  return { path, text, type, sizeBytes: text.length };
}

export function measureIac(corpora: string, only?: (id: string) => boolean): { rows: Map<string, { kics: Tally; trivy: Tally; rules: Set<string> }>; perRule: Map<string, { kics: Tally; trivy: Tally }> } {
  const kicsRoot = join(corpora, 'kics');
  const trivyRoot = join(corpora, 'trivy-checks');
  const kicsIndex = existsSync(join(kicsRoot, '_labels_index.json')) ? (JSON.parse(readFileSync(join(kicsRoot, '_labels_index.json'), 'utf8')) as { platform: string; query_dir: string; query_id: string; file: string; label: string }[]) : [];
  const trivyIndex = existsSync(join(trivyRoot, '_examples_index.json')) ? (JSON.parse(readFileSync(join(trivyRoot, '_examples_index.json'), 'utf8')) as { format: string; label: string; code: string; id: string; index: number; check_file: string }[]) : [];
  const rows = new Map<string, { kics: Tally; trivy: Tally; rules: Set<string> }>();
  const perRule = new Map<string, { kics: Tally; trivy: Tally }>();
  const empty = (): Tally => ({ notes: [], disputed: [], pos: 0, hit: 0, files: 0, fileHit: 0, neg: 0, fp: 0 });
  for (const rule of iacRules) {
    if (only && !only(rule.meta.id)) continue;
    const eq = rule.meta.equivalents ?? [];
    const kicsIds = new Set(eq.filter((e) => e.startsWith('kics:')).map((e) => e.slice(5)));
    const trivyIds = new Set(eq.filter((e) => e.startsWith('trivy:')).map((e) => normaliseTrivy(e.slice(6))));
    const platform = rule.meta.id.split('/')[1]!;
    const row = rows.get(platform) ?? { kics: empty(), trivy: empty(), rules: new Set<string>() };
    rows.set(platform, row);
    const mine = { kics: empty(), trivy: empty() };
    perRule.set(rule.meta.id, mine);
    const expectedCache = new Map<string, { fileName?: string; filename?: string; line: number }[]>();
    for (const entry of kicsIndex) {
      if (!kicsIds.has(entry.query_id)) continue;
      // AWS rules cover Terraform and CloudFormation; other platforms must match the rule's own.
      if (!entry.platform.startsWith('terraform/aws') && !entry.platform.startsWith('cloudFormation/aws') && platform === 'aws') continue;
      const full = join(kicsRoot, entry.file);
      if (!existsSync(full)) continue;
      row.rules.add(rule.meta.id);
      const targets = filesUnder(full).map((f) => target(f.slice(kicsRoot.length + 1), readFileSync(f, 'utf8'), kicsType(entry.platform, f)));
      const found = run(rule, targets);
      const got = found.map((f) => `${f.path.slice(f.path.lastIndexOf('/') + 1)}:${f.line}`).join(', ');
      if (entry.label === 'negative') {
        const d = disputed(rule.meta.id, 'kics', entry.file);
        if (d) {
          mine.kics.disputed.push({ reason: d.reason, where: entry.file, agreed: !found.length, positive: false });
          continue;
        }
        mine.kics.neg++;
        if (found.length) {
          mine.kics.fp++;
          mine.kics.notes.push(`FP   kics ${entry.file} -> ${got}`);
        }
        continue;
      }
      mine.kics.files++;
      if (found.length) mine.kics.fileHit++;
      let expected = expectedCache.get(entry.query_dir);
      if (!expected) {
        const p = join(kicsRoot, entry.query_dir, 'test', 'positive_expected_result.json');
        expected = existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as { fileName?: string; filename?: string; line: number }[]) : [];
        expectedCache.set(entry.query_dir, expected);
      }
      const base = entry.file.slice(entry.file.lastIndexOf('/') + 1);
      // KICS spells the key fileName or filename depending on the query.
      const lines = expected.filter((e) => (e.fileName ?? e.filename ?? base) === base);
      const wholeFile = disputed(rule.meta.id, 'kics', entry.file);
      if (wholeFile && wholeFile.line === undefined) {
        mine.kics.disputed.push({ reason: wholeFile.reason, where: entry.file, agreed: found.length > 0, positive: true });
        continue;
      }
      if (!lines.length || statSync(full).isDirectory()) {
        mine.kics.pos++;
        if (found.length) mine.kics.hit++;
        else mine.kics.notes.push(`MISS kics ${entry.file} (no expected line) -> nothing`);
      } else {
        for (const l of lines) {
          const d = disputed(rule.meta.id, 'kics', entry.file, l.line);
          if (d) {
            const agreed = found.some((f) => f.line === (d.ours ?? l.line));
            // A documented convention that no longer holds is a miss like any other (counted here, not as disputed).
            if (!d.ours || agreed) mine.kics.disputed.push({ reason: d.ours ? `we report line ${d.ours}: ${d.reason}` : d.reason, where: `${entry.file}:${l.line}`, agreed, positive: true, convention: d.ours !== undefined });
            if (d.ours && !agreed) {
              mine.kics.pos++;
              mine.kics.notes.push(`MISS kics ${entry.file}:${l.line} (documented convention: line ${d.ours}) -> ${got || 'nothing'}`);
            }
            continue;
          }
          mine.kics.pos++;
          if (found.some((f) => f.line === l.line)) mine.kics.hit++;
          else mine.kics.notes.push(`MISS kics ${entry.file}:${l.line} -> ${got || 'nothing'}`);
        }
      }
    }
    for (const ex of trivyIndex) {
      if (!trivyIds.has(normaliseTrivy(ex.id))) continue;
      const fmt = ex.format;
      let type: TargetType;
      let name: string;
      if (fmt === 'terraform') [type, name] = [{ kind: 'iac', format: 'terraform' }, 'main.tf'];
      else if (fmt === 'cloudformation') [type, name] = [{ kind: 'iac', format: 'yaml' }, 'template.yaml'];
      else if (fmt === 'kubernetes') [type, name] = [{ kind: 'iac', format: 'yaml' }, 'manifest.yaml'];
      else if (fmt === 'dockerfile') [type, name] = [{ kind: 'iac', format: 'dockerfile' }, 'Dockerfile'];
      else continue;
      row.rules.add(rule.meta.id);
      const found = run(rule, [target(`trivy/${ex.id}/${ex.label}/${ex.index}/${name}`, ex.code, type)]);
      const where = `${ex.check_file} ${ex.format} #${ex.index}`;
      // An entry names the label, so it cannot also take the good (or bad) example of the same index,
      // which the rule may agree with; `checks/x.yaml#terraform#good#0` narrows it to one format.
      const d = disputed(rule.meta.id, 'trivy', `${ex.check_file}#${ex.format}#${ex.label}#${ex.index}`) ?? disputed(rule.meta.id, 'trivy', `${ex.check_file}#${ex.label}#${ex.index}`);
      if (d) {
        mine.trivy.disputed.push({ reason: d.reason, where, agreed: ex.label === 'bad' ? found.length > 0 : !found.length, positive: ex.label === 'bad' });
        continue;
      }
      if (ex.label === 'bad') {
        mine.trivy.pos++;
        if (found.length) mine.trivy.hit++;
        else mine.trivy.notes.push(`MISS trivy ${where}`);
      } else {
        mine.trivy.neg++;
        if (found.length) {
          mine.trivy.fp++;
          mine.trivy.notes.push(`FP   trivy ${where} -> lines ${found.map((f) => f.line).join(', ')}`);
        }
      }
    }
    for (const k of ['kics', 'trivy'] as const) {
      row[k].pos += mine[k].pos;
      row[k].hit += mine[k].hit;
      row[k].files += mine[k].files;
      row[k].fileHit += mine[k].fileHit;
      row[k].neg += mine[k].neg;
      row[k].fp += mine[k].fp;
      row[k].disputed.push(...mine[k].disputed);
    }
  }
  return { rows, perRule };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const ruleFilter = flag('--rule');
  const misses = args.includes('--misses');
  const corpora = args.find((a) => !a.startsWith('--')) ?? '/work/shared/corpora';
  // --rule takes an id or a prefix (iac/kubernetes/rbac-); --misses prints every miss and false positive.
  const { rows, perRule } = measureIac(corpora, ruleFilter ? (id) => id === ruleFilter || id.startsWith(ruleFilter) : undefined);
  const out: string[] = [];
  out.push('| platform | rules measured | KICS expected lines hit | KICS positive files flagged (any line) | KICS negatives flagged | trivy bad flagged | trivy good flagged |');
  out.push('|---|---|---|---|---|---|---|');
  for (const [platform, r] of rows) {
    if (!r.rules.size) continue;
    out.push(`| ${platform} | ${r.rules.size} | ${r.kics.hit}/${r.kics.pos} (${pct(r.kics.hit, r.kics.pos)}) | ${r.kics.fileHit}/${r.kics.files} (${pct(r.kics.fileHit, r.kics.files)}) | ${r.kics.fp}/${r.kics.neg} (${pct(r.kics.fp, r.kics.neg)}) | ${r.trivy.hit}/${r.trivy.pos} (${pct(r.trivy.hit, r.trivy.pos)}) | ${r.trivy.fp}/${r.trivy.neg} (${pct(r.trivy.fp, r.trivy.neg)}) |`);
  }
  // The same table with every documented case counted as the corpus labels it (line conventions as misses).
  out.push('', 'Strictly as labelled (documented disagreements and line conventions counted against the rules):', '');
  out.push('| platform | KICS expected lines hit | KICS negatives flagged | trivy bad flagged | trivy good flagged |');
  out.push('|---|---|---|---|---|');
  for (const [platform, r] of rows) {
    if (!r.rules.size) continue;
    const strict = (t: Tally) => {
      const pos = t.disputed.filter((c) => c.positive);
      const neg = t.disputed.filter((c) => !c.positive);
      return { hit: t.hit + pos.filter((c) => c.agreed && !c.convention).length, pos: t.pos + pos.length, fp: t.fp + neg.filter((c) => !c.agreed).length, neg: t.neg + neg.length };
    };
    const k = strict(r.kics);
    const v = strict(r.trivy);
    out.push(`| ${platform} | ${k.hit}/${k.pos} (${pct(k.hit, k.pos)}) | ${k.fp}/${k.neg} (${pct(k.fp, k.neg)}) | ${v.hit}/${v.pos} (${pct(v.hit, v.pos)}) | ${v.fp}/${v.neg} (${pct(v.fp, v.neg)}) |`);
  }
  out.push('', 'Per rule (rules below 90% recall or above 5% false positives are marked !):');
  let pass = 0;
  let rawPass = 0;
  let conventionPass = 0;
  let measured = 0;
  const disagreements: string[] = [];
  for (const [id, t] of perRule) {
    const cases = [...t.kics.disputed, ...t.trivy.disputed];
    const pos = t.kics.pos + t.trivy.pos;
    const neg = t.kics.neg + t.trivy.neg;
    if (!pos && !neg && !cases.length) continue;
    measured++;
    const recall = pos ? (t.kics.hit + t.trivy.hit) / pos : 1;
    const fpr = neg ? (t.kics.fp + t.trivy.fp) / neg : 0;
    const ok = recall >= 0.9 && fpr <= 0.05;
    if (ok) pass++;
    // The raw verdict counts every disputed case as the corpus labels it.
    const dPos = cases.filter((c) => c.positive);
    const dNeg = cases.filter((c) => !c.positive);
    const rawFpr = neg + dNeg.length ? (t.kics.fp + t.trivy.fp + dNeg.filter((c) => !c.agreed).length) / (neg + dNeg.length) : 0;
    // Strictly as labelled: a finding on another line of the same problem is a miss.
    const rawRecall = pos + dPos.length ? (t.kics.hit + t.trivy.hit + dPos.filter((c) => c.agreed && !c.convention).length) / (pos + dPos.length) : 1;
    if (rawRecall >= 0.9 && rawFpr <= 0.05) rawPass++;
    // Line conventions accepted (the finding is there, on the documented line), disagreements as labelled.
    const convRecall = pos + dPos.length ? (t.kics.hit + t.trivy.hit + dPos.filter((c) => c.agreed).length) / (pos + dPos.length) : 1;
    if (convRecall >= 0.9 && rawFpr <= 0.05) conventionPass++;
    for (const c of cases) disagreements.push(`  ${id} on ${c.where} (corpus: ${c.positive ? 'positive' : 'negative'}; ours: ${c.reason.startsWith('we report line') ? (c.agreed ? 'as documented' : 'NOT AS DOCUMENTED') : c.agreed === c.positive ? 'flagged' : 'not flagged'}): ${c.reason}`);
    const line = `${ok ? ' ' : '!'} ${id}: kics ${t.kics.hit}/${t.kics.pos} lines (${t.kics.fileHit}/${t.kics.files} files), ${t.kics.fp}/${t.kics.neg} neg; trivy ${t.trivy.hit}/${t.trivy.pos} bad, ${t.trivy.fp}/${t.trivy.neg} good`;
    out.push(line);
    if (misses) for (const n of [...t.kics.notes, ...t.trivy.notes]) out.push(`    ${n}`);
  }
  if (disagreements.length) out.push('', `Corpus cases left out of the counts, with the reason (${disagreements.length}):`, ...disagreements);
  const stale = ruleFilter ? [] : staleDisagreements();
  if (stale.length) out.push('', `STALE disagreement entries that matched no corpus case (${stale.length}); remove them:`, ...stale.map((d) => `  ${d.rule} ${d.source} ${d.where}${d.line ? `:${d.line}` : ''}`));
  out.push('', `${pass}/${measured} measured rules meet both targets (≥90% positives, ≤5% negatives) with the ${disagreements.length} documented cases left out;`);
  out.push(`${conventionPass}/${measured} with documented line conventions accepted and every disagreement counted as the corpus labels it;`);
  out.push(`${rawPass}/${measured} strictly as labelled (a finding on another line of the same resource counts as a miss).`);
  process.stdout.write(out.join('\n') + '\n');
}
