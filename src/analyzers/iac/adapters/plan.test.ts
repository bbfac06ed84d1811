import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { configSchema } from '../../../config/schema.js';
import { scan } from '../../../scan/scan.js';
import { parseYaml } from '../parsers/yaml.js';
import { planResources } from './terraform.js';

const queue = (i: number, sse: boolean) => ({
  address: `aws_sqs_queue.q${i}`, mode: 'managed', type: 'aws_sqs_queue', name: `q${i}`, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0,
  values: { name: `queue-${i}`, delay_seconds: 0, fifo_queue: false, sqs_managed_sse_enabled: sse, tags: null, policy: 'x'.repeat(200) }, sensitive_values: {},
});

test('a Terraform plan past the 2 MB default is analysed, not skipped; other JSON keeps the limit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'skeptic-plan-'));
  try {
    const resources = Array.from({ length: 9000 }, (_, i) => queue(i, i !== 4321));
    const plan = JSON.stringify({ format_version: '1.2', terraform_version: '1.9.8', planned_values: { root_module: { resources } } }, null, 2);
    assert.ok(plan.length > 3 * 1024 * 1024);
    writeFileSync(join(dir, 'plan.json'), plan);
    writeFileSync(join(dir, 'big.tfplan.json'), plan);
    writeFileSync(join(dir, 'other.json'), plan);
    const config = configSchema.parse({ rules: { 'iac/*': 'on' }, minConfidence: 'low' });
    const report = await scan({ path: dir, config, analyzers: ['iac'], workers: 0, offline: true });
    const unencrypted = report.findings.filter((f) => f.ruleId === 'iac/aws/sqs-unencrypted').map((f) => `${f.location.path} ${f.resource}`).sort();
    assert.deepEqual(unencrypted, ['big.tfplan.json aws_sqs_queue.q4321', 'plan.json aws_sqs_queue.q4321']);
    assert.equal(report.skipped.find((s) => s.path === 'other.json')?.reason, 'too-large');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const parse = (value: unknown) => parseYaml(JSON.stringify(value, null, 2)).docs[0]!.root!;

test('a setting written as a reference and absent from planned_values is unresolved, in a single nested block too', () => {
  const root = parse({
    format_version: '1.2',
    planned_values: { root_module: { resources: [
      { address: 'aws_sns_topic.t', mode: 'managed', type: 'aws_sns_topic', name: 't', values: { name: 't', kms_master_key_id: null } },
      { address: 'aws_eks_cluster.c', mode: 'managed', type: 'aws_eks_cluster', name: 'c', values: { name: 'c', vpc_config: [{ endpoint_public_access: true }] } },
      { address: 'aws_security_group.g', mode: 'managed', type: 'aws_security_group', name: 'g', values: { ingress: [{ from_port: 22 }, { from_port: 443 }] } },
    ] } },
    configuration: { root_module: { resources: [
      { address: 'aws_sns_topic.t', expressions: { kms_master_key_id: { references: ['aws_kms_key.k.arn', 'aws_kms_key.k'] }, name: { constant_value: 't' } } },
      { address: 'aws_eks_cluster.c', expressions: { vpc_config: [{ public_access_cidrs: { references: ['module.net.cidrs', 'module.net'] } }] } },
      { address: 'aws_security_group.g', expressions: { ingress: [{ cidr_blocks: { references: ['var.a'] } }, { cidr_blocks: { references: ['var.b'] } }] } },
    ] } },
  });
  const [topic, cluster, group] = planResources('plan.json', root);
  const kms = topic!.body.entries!.get('kms_master_key_id')!;
  assert.equal(kms.kind, 'expr');
  assert.equal(kms.raw, 'aws_kms_key.k.arn');
  assert.equal(cluster!.body.entries!.get('vpc_config')!.items![0]!.entries!.get('public_access_cidrs')?.raw, 'module.net.cidrs');
  // Several blocks are not paired with the configuration: a plan orders set elements by value.
  for (const item of group!.body.entries!.get('ingress')!.items!) assert.equal(item.entries!.get('cidr_blocks'), undefined);
});

test('provider blocks come from configuration.provider_config, with aliases and module addresses', () => {
  const root = parse({
    format_version: '1.2',
    planned_values: { root_module: {} },
    configuration: { provider_config: {
      aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-1' }, secret_key: { references: ['var.secret'] } } },
      'module.m:aws': { name: 'aws', module_address: 'module.m', alias: 'west', expressions: { access_key: { constant_value: 'k' } } },
    } },
  });
  const providers = planResources('plan.json', root).filter((r) => r.mode === 'provider');
  assert.deepEqual(providers.map((p) => p.address), ['provider.aws', 'module.m.provider.aws.west']);
  assert.equal(providers[0]!.body.entries!.get('region')?.value, 'eu-west-1');
  assert.equal(providers[0]!.body.entries!.get('secret_key')?.kind, 'expr');
  assert.equal(providers[1]!.body.entries!.get('access_key')?.value, 'k');
});

test('terraform show -json of a state is read like a plan; a file named as a plan that is neither is an issue, not clean', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'skeptic-state-'));
  try {
    const state = { format_version: '1.0', terraform_version: '1.9.8', values: { root_module: { resources: [queue(1, false), queue(2, true)], child_modules: [{ address: 'module.m', resources: [{ ...queue(3, false), address: 'module.m.aws_sqs_queue.q3' }] }] } } };
    writeFileSync(join(dir, 'state.json'), JSON.stringify(state, null, 2));
    writeFileSync(join(dir, 'prod.tfplan.json'), JSON.stringify({ resources: [] }, null, 2));
    const config = configSchema.parse({ rules: { 'iac/*': 'on' }, minConfidence: 'low' });
    const report = await scan({ path: dir, config, analyzers: ['iac'], workers: 0, offline: true });
    const unencrypted = report.findings.filter((f) => f.ruleId === 'iac/aws/sqs-unencrypted').map((f) => f.resource).sort();
    assert.deepEqual(unencrypted, ['aws_sqs_queue.q1', 'module.m.aws_sqs_queue.q3']);
    assert.ok(report.issues.some((i) => i.path === 'prod.tfplan.json' && i.code === 'parse-error' && /terraform show -json/.test(i.message)), JSON.stringify(report.issues));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
