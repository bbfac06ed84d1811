import type { AwsRule } from '../../rule.js';
import { actionMatches, valBool, type AwsModel } from '../../adapters/aws-model.js';
import { get, getCi, items, str, type VNode } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/ecr-scan-on-push",
    "title": "ECR repository does not scan images on push",
    "description": "Without scan on push, images with known-vulnerable packages are stored and deployed without anyone being told.",
    "severity": "low",
    "confidence": "high",
    "cwe": [
      "CWE-1104"
    ],
    "equivalents": [
      "checkov:CKV_AWS_163",
      "trivy:AVD-AWS-0030",
      "kics:9630336b-3fed-4096-8173-b9afdfe346a7",
      "kics:9025b2b3-e554-4842-ba87-db7aeec36d35"
    ],
    "remediation": "Enable `scan_on_push` (or registry-level enhanced scanning)."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    const filters = registryScanFilters(model);
    for (const e of model.of('ecr')) {
      const v = e.field('scanOnPush');
      if (v.unknown) continue;
      if (valBool(v) === true) continue;
      // Registry-level scanning rules replace the repository's own setting for the repositories they match.
      if (filters.length) {
        const name = e.source === 'terraform' ? str(get(model.tf.find((r) => r.address === e.resource)?.body, 'name')) : str(get(model.cfn.find((r) => r.logicalId === e.resource)?.props, 'RepositoryName'));
        if (filters.some((f) => f === '*' || (name !== undefined && actionMatches(f, name)))) continue;
      }
      emit(e, v.span, `${e.resource} does not scan images on push.`);
    }
  },
};

/**
 * Repository filters of registry-level scanning rules that scan on push or continuously
 * (`aws_ecr_registry_scanning_configuration`, `AWS::ECR::RegistryScanningConfiguration`).
 * An unresolved filter counts as `*`: silence rather than a guess.
 */
function registryScanFilters(model: AwsModel): string[] {
  const out: string[] = [];
  const take = (frequency: VNode | undefined, filters: VNode[]) => {
    const f = str(frequency)?.toUpperCase();
    if (frequency?.kind === 'expr' || f === 'SCAN_ON_PUSH' || f === 'CONTINUOUS_SCAN') for (const x of filters) out.push(str(x) ?? '*');
  };
  for (const r of model.tf) {
    if (r.mode !== 'resource' || r.type !== 'aws_ecr_registry_scanning_configuration') continue;
    for (const rule of items(get(r.body, 'rule'))) take(get(rule, 'scan_frequency'), items(get(rule, 'repository_filter')).map((x) => get(x, 'filter') ?? x));
  }
  for (const r of model.cfn) {
    if (r.type !== 'AWS::ECR::RegistryScanningConfiguration') continue;
    for (const rule of items(getCi(r.props, 'Rules'))) take(getCi(rule, 'ScanFrequency'), items(getCi(rule, 'RepositoryFilters')).map((x) => getCi(x, 'Filter') ?? x));
  }
  return out;
}
