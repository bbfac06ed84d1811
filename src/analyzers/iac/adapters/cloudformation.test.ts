import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Target } from '../../../core/target.js';
import { assertNearLinear } from '../../../testing/complexity.js';
import { parseInputs, runRules } from '../analyzer.js';
import { get } from '../model.js';
import { parseYaml } from '../parsers/yaml.js';
import type { AwsRule } from '../rule.js';
import { iacRules } from '../rules/index.js';
import { describe } from './cfn-variants.js';
import { cfnResources, MAX_CONDITIONS, VARIANT_NODES } from './cloudformation.js';

const template = (text: string): Target => ({ path: 'stack.yaml', text, type: { kind: 'iac', format: 'yaml' }, sizeBytes: text.length });

/** A template with the given Conditions (each on what the template cannot know, and not on one shared input: independent) and one resource. */
function stack(conditions: string[], resource: string, extraConditions = ''): string {
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Conditions:',
    ...conditions.map((c) => `  ${c}: !Equals [!Select [0, !GetAZs ""], ${c.toLowerCase()}]`),
    extraConditions,
    'Resources:',
    resource,
  ].filter((l) => l !== '').join('\n') + '\n';
}

function scan(text: string, ids: string[]) {
  const inputs = parseInputs([template(text)]);
  const result = runRules(inputs, iacRules.filter((r) => ids.includes(r.meta.id)), () => true);
  return { findings: result.findings, issues: [...inputs.issues, ...result.issues] };
}

function resources(text: string) {
  const root = parseYaml(text).docs[0]!.root!;
  return cfnResources('stack.yaml', root);
}

const db = (props: string[]) => ['  Db:', '    Type: AWS::RDS::DBInstance', '    Properties:', '      Engine: postgres', ...props.map((p) => `      ${p}`)].join('\n');

test('a setting insecure under one branch of an undecided condition is reported once, at medium confidence, naming the condition', () => {
  const { findings } = scan(stack(['IsDev'], db(['PubliclyAccessible: !If [IsDev, true, false]', 'StorageEncrypted: true'])), ['iac/aws/rds-public']);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.location.startLine, 9);
  assert.equal(findings[0]!.confidence, 'medium');
  assert.match(findings[0]!.message, /\(when condition IsDev is true\)\.$/);
  // Both branches safe: silent.
  assert.deepEqual(scan(stack(['IsDev'], db(['PubliclyAccessible: !If [IsDev, false, !Ref AWS::NoValue]'])), ['iac/aws/rds-public']).findings, []);
});

test('a finding in every variant stays as it is: one finding, the rule confidence, no condition in the message', () => {
  const text = stack(['IsProd'], db(['StorageEncrypted: false', 'PubliclyAccessible: !If [IsProd, false, true]']));
  const { findings } = scan(text, ['iac/aws/rds-unencrypted', 'iac/aws/rds-public']);
  const unencrypted = findings.filter((f) => f.ruleId === 'iac/aws/rds-unencrypted');
  assert.equal(unencrypted.length, 1);
  assert.equal(unencrypted[0]!.confidence, undefined, 'the rule confidence applies');
  assert.doesNotMatch(unencrypted[0]!.message, /when condition/);
  assert.match(findings.find((f) => f.ruleId === 'iac/aws/rds-public')!.message, /when condition IsProd is false/);
  // `false` in one branch and the property removed in the other are the same finding at the Fn::If: certain.
  const both = scan(stack(['IsProd'], db(['StorageEncrypted: !If [IsProd, false, !Ref AWS::NoValue]'])), ['iac/aws/rds-unencrypted']).findings;
  assert.deepEqual(both.map((f) => [f.location.startLine, f.confidence ?? 'rule']), [[9, 'rule']]);
});

test('a property removed by AWS::NoValue under a condition is reported at the Fn::If, not at Properties', () => {
  const { findings } = scan(stack(['IsProd'], db(['StorageEncrypted: !If [IsProd, true, !Ref AWS::NoValue]'])), ['iac/aws/rds-unencrypted']);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.location.startLine, 9);
  assert.match(findings[0]!.message, /when condition IsProd is false/);
});

test('a nested setting removed under a condition is reported at its Fn::If, not at the block holding it', () => {
  const bucket = ['  Logs:', '    Type: AWS::S3::Bucket', '    Properties:', '      VersioningConfiguration:', '        Status: !If [IsProd, Enabled, !Ref AWS::NoValue]'].join('\n');
  const { findings } = scan(stack(['IsProd'], bucket), ['iac/aws/s3-versioning']);
  assert.deepEqual(findings.map((f) => [f.location.startLine, f.confidence]), [[9, 'medium']]);
  assert.match(findings[0]!.message, /when condition IsProd is false/);
});

test('nested Fn::If: the finding names both conditions of the one path that leads to it', () => {
  const { findings } = scan(stack(['IsDev', 'IsProd'], db(['PubliclyAccessible: !If [IsProd, false, !If [IsDev, true, false]]'])), ['iac/aws/rds-public']);
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /\(when condition IsDev is true and condition IsProd is false\)/);
  assert.equal(findings[0]!.confidence, 'medium');
});

test('Fn::If in a list: an ingress rule added only under a condition', () => {
  const sg = [
    '  Sg:',
    '    Type: AWS::EC2::SecurityGroup',
    '    Properties:',
    '      GroupDescription: web',
    '      SecurityGroupIngress:',
    '        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }',
    '        - !If',
    '          - IsDev',
    '          - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }',
    '          - !Ref AWS::NoValue',
  ].join('\n');
  const { findings } = scan(stack(['IsDev'], sg), ['iac/aws/sg-open-ssh']);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.location.startLine, 13);
  assert.match(findings[0]!.message, /when condition IsDev is true/);
});

test('composed conditions: each is one boolean by its name, and assignments the definitions rule out are no variant', () => {
  const extra = ['  NotProd: !Not [!Condition IsProd]', '  ProdHere: !And [!Condition IsProd, !Equals [!Ref AWS::Region, eu-west-1]]'].join('\n');
  const r = resources(stack(['IsProd'], db(['PubliclyAccessible: !If [NotProd, true, false]', 'StorageEncrypted: !If [IsProd, true, false]']), extra))[0]!;
  assert.deepEqual(r.conditions, ['IsProd', 'NotProd']);
  // IsProd and NotProd are never both true or both false.
  assert.deepEqual(r.variants!.map((v) => [...v.when].map(([n, b]) => `${n}=${b}`).join(',')).sort(), ['IsProd=false,NotProd=true', 'IsProd=true,NotProd=false']);
  const { findings } = scan(stack(['IsProd'], db(['PubliclyAccessible: !If [ProdHere, false, true]', 'StorageEncrypted: true']), extra), ['iac/aws/rds-public']);
  assert.match(findings[0]!.message, /when condition ProdHere is false/);
});

test('conditions comparing one input with different literals are never both true', () => {
  const text = 'Parameters:\n  Env:\n    Type: String\n' + stack([], db(['PubliclyAccessible: !If [IsDev, true, false]', 'StorageEncrypted: !If [IsProd, true, false]', 'MultiAZ: !If [IsProdToo, true, false]']), '  IsDev: !Equals [!Ref Env, dev]\n  IsProd: !Equals [prod, !Ref Env]\n  IsProdToo: !Equals [!Ref Env, prod]');
  const r = resources(text)[0]!;
  assert.deepEqual(r.conditions, ['IsDev', 'IsProd', 'IsProdToo']);
  // dev / prod / neither, with IsProdToo always equal to IsProd.
  assert.deepEqual(r.variants!.map((v) => [...v.when].filter(([, b]) => b).map(([n]) => n).join('+')).sort(), ['', 'IsDev', 'IsProd+IsProdToo']);
  assert.match(scan(text, ['iac/aws/rds-unencrypted']).findings[0]!.message, /\(when condition IsProd is false\)/);
  // Fn::Not of a comparison is the other side of it: NotProd is true exactly when IsProd is false.
  const negated = resources(text.replace('IsProdToo: !Equals [!Ref Env, prod]', 'IsProdToo: !Not [!Equals [!Ref Env, prod]]'))[0]!;
  assert.deepEqual(negated.variants!.map((v) => [...v.when].filter(([, b]) => b).map(([n]) => n).join('+')).sort(), ['IsDev+IsProdToo', 'IsProd', 'IsProdToo']);
});

test('a resource that exists only under a condition is read with that condition true', () => {
  const text = stack(['IsProd'], db(['PubliclyAccessible: !If [IsProd, false, true]', 'StorageEncrypted: true']).replace('    Type:', '    Condition: IsProd\n    Type:'));
  assert.deepEqual(scan(text, ['iac/aws/rds-public']).findings, []);
  assert.equal(resources(text)[0]!.variants, undefined);
});

test(`bound: past ${MAX_CONDITIONS} undecided conditions in one resource the values stay unknown and an unresolved issue says so`, () => {
  const names = ['A', 'B', 'C', 'D', 'E'];
  const props = names.map((n, i) => `Tag${i}: !If [${n}, x, y]`);
  const at = (count: number) => stack(names.slice(0, count), db([...props.slice(0, count), 'PubliclyAccessible: !If [A, true, false]', 'StorageEncrypted: true']));
  const four = resources(at(4))[0]!;
  assert.equal(four.variants!.length, 16);
  assert.equal(scan(at(4), ['iac/aws/rds-public']).findings.length, 1);
  const five = scan(at(5), ['iac/aws/rds-public']);
  assert.deepEqual(five.findings, [], 'unknown, as before: not guessed');
  assert.equal(five.issues.length, 1);
  assert.equal(five.issues[0]!.code, 'unresolved');
  assert.equal(five.issues[0]!.line, 6 + names.length);
  assert.match(five.issues[0]!.message, /Db .*more than 4 conditions.*A, B, C, D, E/);
  assert.equal(resources(at(5))[0]!.variants, undefined);
  // With every rule on: still one issue for the database, and none for a resource no rule reads.
  const all = iacRules.map((r) => r.meta.id);
  assert.deepEqual(scan(at(5), all).issues.map((i) => i.code), ['unresolved']);
  assert.deepEqual(scan(at(5).replace('AWS::RDS::DBInstance', 'AWS::SSM::Association'), all).issues, []);
});

test(`bound: the variants of one template copy at most ${VARIANT_NODES} values; later conditional resources stay unknown, under one issue`, () => {
  const names = ['A', 'B', 'C', 'D'];
  // 16 variants of 27 values each (a map, a scalar, five Fn::Ifs of five): the budget holds 925.
  const count = Math.ceil(VARIANT_NODES / 300);
  const body = Array.from({ length: count }, (_, i) => db(names.map((c) => `Tag${c}: !If [${c}, x, y]`).concat(['PubliclyAccessible: !If [A, true, false]'])).replace('  Db:', `  Db${i}:`)).join('\n');
  const { findings, issues } = scan(stack(names, body), ['iac/aws/rds-public']);
  assert.equal(findings.length, Math.floor(VARIANT_NODES / (16 * 27)), `${findings.length} of ${count}`);
  assert.equal(issues.length, 1);
  assert.match(issues[0]!.message, new RegExp(`not checked from Db${findings.length} \\(line \\d+\\) on: .*budget`));
});

test('a condition the template does not define, or one the defaults decide, is no variant', () => {
  assert.equal(resources(stack([], db(['PubliclyAccessible: !If [Nowhere, true, false]'])))[0]!.variants, undefined);
  const decided = stack([], db(['PubliclyAccessible: !If [IsDev, true, false]']), '  IsDev: !Equals [!Ref Env, dev]').replace('Conditions:', 'Parameters:\n  Env:\n    Type: String\n    Default: prod\nConditions:');
  const r = resources(decided)[0]!;
  assert.equal(r.variants, undefined);
  assert.equal(r.props.entries!.get('PubliclyAccessible')!.value, false);
});

test('worlds a rule does not need are not run, and its findings there are those of the model as it is', () => {
  const bucket = ['  Logs:', '    Type: AWS::S3::Bucket', '    Properties:', '      VersioningConfiguration: !If [A, { Status: Enabled }, { Status: Suspended }]'].join('\n');
  const text = stack(['A', 'B', 'C'], `${bucket}\n${db(['PubliclyAccessible: !If [B, true, false]', 'StorageEncrypted: !If [C, true, false]'])}`);
  const runs: string[] = [];
  // Reads only the bucket (2 variants), and reports the database (4 variants) by its type alone.
  const rule: AwsRule = {
    platform: 'aws',
    meta: { ...iacRules.find((r) => r.meta.id === 'iac/aws/s3-versioning')!.meta, id: 'iac/aws/test-probe' },
    check(model, emit) {
      runs.push('run');
      for (const r of model.cfn) {
        if (r.type === 'AWS::RDS::DBInstance') emit({ path: r.path, resource: r.logicalId }, r.head, `${r.logicalId} is a database.`);
        else if (get(r.props, 'VersioningConfiguration', 'Status')?.value === 'Suspended') emit({ path: r.path, resource: r.logicalId }, r.head, `${r.logicalId} is suspended.`);
      }
    },
  };
  const { findings } = runRules(parseInputs([template(text)]), [rule], () => true);
  assert.equal(runs.length, 3, 'the model as it is and the two worlds of the bucket');
  assert.deepEqual(findings.map((f) => `${f.message} ${f.confidence ?? 'rule'}`).sort(), ['Db is a database. rule', 'Logs is suspended (when condition A is false). medium']);
});

test('describe: the fewest conjunctions that cover exactly the variants with the finding', () => {
  const when = (a: boolean, b: boolean) => ({ when: new Map([['A', a], ['B', b]]), props: { kind: 'map' as const, span: { sl: 1, sc: 1, el: 1, ec: 1 } }, removed: [] });
  const r = { conditions: ['A', 'B'], variants: [when(true, true), when(false, true), when(true, false), when(false, false)] };
  assert.equal(describe(r, new Set([0, 2])), 'condition A is true');
  assert.equal(describe(r, new Set([0])), 'condition A is true and condition B is true');
  assert.equal(describe(r, new Set([0, 1, 2])), 'condition A is true, or condition B is true');
});

test('hostile: many conditional resources grow linearly (16 variants each, one rule run per world)', async () => {
  const names = ['A', 'B', 'C', 'D'];
  const text = (n: number) => stack(names, Array.from({ length: n }, (_, i) => db(names.map((c) => `Tag${c}: !If [${c}, x, y]`).concat(['PubliclyAccessible: !If [A, true, false]'])).replace('  Db:', `  Db${i}:`)).join('\n'));
  const { findings } = await assertNearLinear('conditional resources', 800, (n) => scan(text(n), ['iac/aws/rds-public']));
  assert.equal(findings.length, 800);
  assert.ok(findings.every((f) => f.confidence === 'medium' && /when condition A is true\)/.test(f.message)));
});
