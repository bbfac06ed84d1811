import type { Analyzer, AnalyzerContext, AnalysisResult } from '../../core/analyzer.js';
import type { RawFinding } from '../../core/finding.js';
import type { ScanIssue } from '../../core/issue.js';
import type { Target, TargetInfo } from '../../core/target.js';
import { buildModel } from './adapters/aws-model.js';
import { conditionWorlds } from './adapters/cfn-variants.js';
import { cfnResources, isCloudFormation, unresolvedRead, type CfnResource } from './adapters/cloudformation.js';
import { isPlan, loadTerraform, planResources, type TfResource } from './adapters/terraform.js';
import type { Span } from './model.js';
import { parseYaml } from './parsers/yaml.js';
import { composeOf, isCompose, type ComposeFile } from './platforms/compose.js';
import { parseDockerfile, type DockerFile } from './platforms/dockerfile.js';
import { workflowOf, type Workflow } from './platforms/github-actions.js';
import { isKubernetes, objectsOf, type K8sObject } from './platforms/kubernetes.js';
import type { Emit, IacRule } from './rule.js';
import { iacRules } from './rules/index.js';

/** Everything parsed from the accepted targets, by platform. */
export interface IacInputs {
  readonly k8s: K8sObject[];
  readonly tf: TfResource[];
  readonly cfn: CfnResource[];
  readonly docker: DockerFile[];
  readonly compose: ComposeFile[];
  readonly workflows: Workflow[];
  readonly issues: ScanIssue[];
}

function isJson(path: string): boolean {
  return path.toLowerCase().endsWith('.json');
}

/** Cheap content sniff before parsing a JSON file that may be CloudFormation or a plan. */
function jsonLooksIac(text: string): boolean {
  return text.includes('"AWSTemplateFormatVersion"') || (text.includes('"Resources"') && text.includes('"AWS::')) || text.includes('"planned_values"') || (text.includes('"root_module"') && text.includes('"format_version"'));
}

const HELM_MARKERS = ['{{', '{%'];

export function parseInputs(targets: readonly Target[]): IacInputs {
  const out: IacInputs = { k8s: [], tf: [], cfn: [], docker: [], compose: [], workflows: [], issues: [] };
  const tfFiles: { path: string; text: string }[] = [];
  const issue = (code: ScanIssue['code'], path: string, message: string, line?: number) => out.issues.push({ code, path, message, line, analyzer: 'iac' });
  for (const t of targets) {
    const type = t.type;
    const format = type.kind === 'iac' ? type.format : isJson(t.path) ? 'json' : undefined;
    if (!format) continue;
    if (format === 'terraform' || format === 'terraform-vars') {
      tfFiles.push({ path: t.path, text: t.text });
      continue;
    }
    if (format === 'dockerfile') {
      try {
        out.docker.push(parseDockerfile(t.path, t.text));
      } catch (error) {
        issue('parse-error', t.path, `Dockerfile parse error: ${error instanceof Error ? error.message : String(error)}`);
      }
      continue;
    }
    if (format === 'json' && !jsonLooksIac(t.text)) continue;
    // Generic YAML (application config, CI files of other systems) is only parsed when it can be one of ours.
    if (format === 'yaml' && !yamlMayBeIac(t.text)) continue;
    const templated = HELM_MARKERS.some((m) => t.text.includes(m));
    if (format === 'helm-template' && templated) {
      issue('render-required', t.path, 'Helm template: render it (helm template) and scan the output; its Go template syntax is not YAML');
      continue;
    }
    const parsed = parseYaml(t.text);
    if (parsed.errors.length) {
      if (templated) issue('render-required', t.path, `templated YAML (${parsed.errors[0]!.message}); render it and scan the output`, parsed.errors[0]!.line);
      else if (format !== 'yaml' || looksLikeIacYaml(t.text)) issue('parse-error', t.path, `${format === 'json' || format === 'terraform-plan' || t.path.endsWith('.json') ? 'JSON (read as YAML, its superset)' : 'YAML'} parse error: ${parsed.errors[0]!.message}`, parsed.errors[0]!.line);
      // Valid documents before the error are still checked.
    }
    for (const doc of parsed.docs) {
      const root = doc.root;
      if (!root) continue;
      if (format === 'github-workflow' || format === 'github-action') {
        if (root.kind === 'map') out.workflows.push(workflowOf(t.path, root, format === 'github-action'));
      } else if (format === 'terraform-plan' || (format === 'json' && isPlan(root))) {
        // A file named as a plan that is not `terraform show -json` output would otherwise pass as clean.
        if (!isPlan(root)) issue('parse-error', t.path, 'named as a Terraform plan but holds no planned_values or state values: write it with `terraform show -json`');
        else out.tf.push(...planResources(t.path, root));
      } else if (isCloudFormation(root)) {
        out.cfn.push(...cfnResources(t.path, root));
      } else if (isKubernetes(root)) {
        out.k8s.push(...objectsOf(root, t.path));
      } else if (format === 'docker-compose' || isCompose(root)) {
        if (root.kind === 'map') out.compose.push(composeOf(t.path, root));
      }
    }
  }
  if (tfFiles.length) {
    const loaded = loadTerraform(tfFiles);
    out.tf.push(...loaded.resources);
    // Every instance of a module re-evaluates its blocks and would repeat the same issue.
    const reported = new Set<string>();
    for (const i of loaded.issues) {
      const key = `${i.code}\u0000${i.path}\u0000${i.line}\u0000${i.message}`;
      if (reported.has(key)) continue;
      reported.add(key);
      issue(i.code, i.path, i.message, i.line);
    }
  }
  return out;
}

function yamlMayBeIac(text: string): boolean {
  return (text.includes('apiVersion') && text.includes('kind')) || text.includes('Resources') || text.includes('services');
}

/** Only plain YAML that claims to be IaC earns a parse-error issue; arbitrary broken YAML is not ours. */
function looksLikeIacYaml(text: string): boolean {
  return text.includes('apiVersion') || text.includes('AWSTemplateFormatVersion') || text.includes('Resources:') || text.includes('services:');
}

export function runRules(inputs: IacInputs, rules: readonly IacRule[], enabled: (id: string) => boolean): { findings: RawFinding[]; issues: ScanIssue[] } {
  const findings: RawFinding[] = [];
  const issues: ScanIssue[] = [];
  const model = inputs.tf.length || inputs.cfn.length ? buildModel(inputs.tf, inputs.cfn) : undefined;
  // CloudFormation resources with Fn::Ifs on undecided conditions are checked once per variant.
  const worlds = model && inputs.cfn.length ? conditionWorlds(inputs.tf, inputs.cfn) : undefined;
  for (const rule of rules) {
    if (!enabled(rule.meta.id)) continue;
    // count/for_each instances and dynamic-block elements built from one block share its
    // lines: the same rule, place and identity again is the same report, not a new one.
    const seen = new Set<string>();
    const emit: Emit = (where, span: Span, message, identity, opts) => {
      const id = identity ?? `${where.resource ?? ''}|${message}`;
      const key = `${where.path}\u0000${span.sl}:${span.sc}:${span.el}:${span.ec}\u0000${id}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({
        ruleId: rule.meta.id,
        message,
        location: { path: where.path, startLine: span.sl, startColumn: span.sc, endLine: span.el, endColumn: span.ec },
        resource: where.resource,
        identity: id,
        ...(opts?.confidence ? { confidence: opts.confidence } : {}),
      });
    };
    try {
      switch (rule.platform) {
        case 'kubernetes':
          if (rule.check) for (const o of inputs.k8s) rule.check(o, emit);
          if (rule.checkProject && inputs.k8s.length) rule.checkProject({ objects: inputs.k8s }, emit);
          break;
        case 'aws':
          if (worlds) worlds.check(rule, emit);
          else if (model) rule.check(model, emit);
          break;
        case 'dockerfile':
          for (const d of inputs.docker) rule.check(d, emit);
          break;
        case 'compose':
          for (const c of inputs.compose) rule.check(c, emit);
          break;
        case 'github-actions':
          for (const w of inputs.workflows) rule.check(w, emit);
          break;
      }
    } catch (error) {
      issues.push({ code: 'rule-crashed', ruleId: rule.meta.id, analyzer: 'iac', message: `${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  // Fn::Ifs left unknown past the variant bounds matter only on a resource some rule read;
  // resources past a template's budget share one message.
  const unresolved = new Set<string>();
  for (const r of inputs.cfn) {
    if (!r.unresolved || !unresolvedRead(r) || unresolved.has(`${r.path}\u0000${r.unresolved}`)) continue;
    unresolved.add(`${r.path}\u0000${r.unresolved}`);
    issues.push({ code: 'unresolved', path: r.path, line: r.head.sl, message: r.unresolved, analyzer: 'iac' });
  }
  return { findings, issues };
}

export const analyzer: Analyzer = {
  id: 'iac',
  version: 1,
  rules: iacRules.map((r) => r.meta),
  accepts(target: TargetInfo): boolean {
    if (target.type.kind === 'iac') return true;
    return target.type.kind === 'text' && isJson(target.path);
  },
  analyzeProject(targets: readonly Target[], context: AnalyzerContext): AnalysisResult {
    const inputs = parseInputs(targets);
    const result = runRules(inputs, iacRules, (id) => context.isRuleEnabled(id));
    return { findings: result.findings, issues: [...inputs.issues, ...result.issues] };
  },
};
